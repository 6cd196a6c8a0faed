#include "domain/casenote.h"
#include "domain/involvement.h"
#include "domain/person.h"
#include "support/testdatabase.h"
#include "validation/dateinput.h"
#include "validation/validators.h"

#include <catch2/catch.hpp>

using namespace waymark;

namespace {
bool hasIssue(const ValidationIssues& issues, const QString& field) {
    for (const auto& i : issues)
        if (i.field == field)
            return true;
    return false;
}
} // namespace

TEST_CASE("typed dates are read in British order and impossible dates are refused") {
    CHECK(parseUserDate(QStringLiteral("25/12/2019")).value() == QDate(2019, 12, 25));
    CHECK(parseUserDate(QStringLiteral("5.1.2020")).value() == QDate(2020, 1, 5));
    CHECK(parseUserDate(QStringLiteral("2019-12-25")).value() == QDate(2019, 12, 25));
    CHECK(parseUserDate(QStringLiteral("  ")).value().isNull());
    CHECK_FALSE(parseUserDate(QStringLiteral("31/02/2020")).isOk());
    CHECK_FALSE(parseUserDate(QStringLiteral("29/02/2023")).isOk());
    CHECK(parseUserDate(QStringLiteral("29/02/2024")).isOk());
    CHECK_FALSE(parseUserDate(QStringLiteral("12/25/2019")).isOk());
    CHECK_FALSE(parseUserDate(QStringLiteral("yesterday")).isOk());
    CHECK(parseUserTime(QStringLiteral("9:05")).value() == QTime(9, 5));
    CHECK_FALSE(parseUserTime(QStringLiteral("25:00")).isOk());
}

TEST_CASE("a person needs a surname and a date of birth that is not in the future") {
    const QDate today = test::fixedToday();
    Person p = test::makePerson(QStringLiteral("Rhian"), QStringLiteral("Calder"), QDate(2015, 6, 1));
    CHECK(validatePerson(p, today).isEmpty());

    Person noSurname = p;
    noSurname.familyName = QStringLiteral("  ");
    CHECK(hasIssue(validatePerson(noSurname, today), QStringLiteral("familyName")));

    Person future = p;
    future.dateOfBirth = today.addDays(1);
    CHECK(hasIssue(validatePerson(future, today), QStringLiteral("dateOfBirth")));

    Person unborn = p;
    unborn.givenNames.clear();
    unborn.dateOfBirthIsExpected = true;
    unborn.dateOfBirth = today.addMonths(3);
    CHECK(validatePerson(unborn, today).isEmpty());
    unborn.dateOfBirth = today.addMonths(11);
    CHECK(hasIssue(validatePerson(unborn, today), QStringLiteral("dateOfBirth")));

    Person ancient = p;
    ancient.dateOfBirth = QDate(1850, 1, 1);
    CHECK(hasIssue(validatePerson(ancient, today), QStringLiteral("dateOfBirth")));

    Person badCodes = p;
    badCodes.gender = QStringLiteral("banana");
    badCodes.address.postcode = QStringLiteral("NOT A CODE");
    badCodes.nhsNumber = QStringLiteral("12345");
    badCodes.email = QStringLiteral("nobody");
    const auto issues = validatePerson(badCodes, today);
    CHECK(hasIssue(issues, QStringLiteral("gender")));
    CHECK(hasIssue(issues, QStringLiteral("address.postcode")));
    CHECK(hasIssue(issues, QStringLiteral("nhsNumber")));
    CHECK(hasIssue(issues, QStringLiteral("email")));
}

TEST_CASE("an involvement's dates must run in order and only a closed case has an outcome") {
    const QDate today = test::fixedToday();
    Involvement inv;
    inv.familyId = 1;
    inv.service = QStringLiteral("early_help_targeted");
    inv.referralDate = QDate(2026, 9, 1);
    inv.status = QStringLiteral("open");
    inv.openedOn = QDate(2026, 9, 8);
    CHECK(validateInvolvement(inv, today).isEmpty());

    Involvement openedEarly = inv;
    openedEarly.openedOn = QDate(2026, 8, 1);
    CHECK(hasIssue(validateInvolvement(openedEarly, today), QStringLiteral("openedOn")));

    Involvement closedNoOutcome = inv;
    closedNoOutcome.status = QStringLiteral("closed");
    closedNoOutcome.closedOn = QDate(2026, 10, 1);
    CHECK(hasIssue(validateInvolvement(closedNoOutcome, today), QStringLiteral("closureOutcome")));
    closedNoOutcome.closureOutcome = QStringLiteral("family_met_outcomes");
    CHECK(validateInvolvement(closedNoOutcome, today).isEmpty());
    closedNoOutcome.closedOn = QDate(2026, 9, 2);
    CHECK(hasIssue(validateInvolvement(closedNoOutcome, today), QStringLiteral("closedOn")));

    Involvement outcomeWhileOpen = inv;
    outcomeWhileOpen.closureOutcome = QStringLiteral("family_moved_away");
    CHECK(hasIssue(validateInvolvement(outcomeWhileOpen, today), QStringLiteral("closureOutcome")));
}

TEST_CASE("a case note needs a subject, a type and a contact time that has happened") {
    const QDate today = test::fixedToday();
    CaseNote n;
    n.familyId = 3;
    n.noteType = QStringLiteral("home_visit");
    n.subject = QStringLiteral("Home visit to complete assessment");
    n.contactAt = QDateTime(today, QTime(10, 30));
    CHECK(validateCaseNote(n, today).isEmpty());
    CaseNote blank = n;
    blank.subject = QStringLiteral(" ");
    CHECK(hasIssue(validateCaseNote(blank, today), QStringLiteral("subject")));
    CaseNote future = n;
    future.contactAt = QDateTime(today.addDays(2), QTime(9, 0));
    CHECK(hasIssue(validateCaseNote(future, today), QStringLiteral("contactAt")));
    CaseNote longText = n;
    longText.worries = QString(20001, QLatin1Char('x'));
    CHECK(hasIssue(validateCaseNote(longText, today), QStringLiteral("worries")));
}
