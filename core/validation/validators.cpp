#include "validation/validators.h"

#include "domain/casenote.h"
#include "domain/family.h"
#include "domain/involvement.h"
#include "domain/person.h"
#include "domain/vocabulary.h"
#include "domain/worker.h"
#include "earlyhelp/ufrn.h"
#include "util/trcontext.h"
#include "validation/fieldchecks.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace waymark {

namespace {

const QDate kEarliestBirth(1900, 1, 1);

} // namespace

QString joinIssues(const ValidationIssues& issues) {
    QStringList lines;
    for (const auto& issue : issues)
        lines << QStringLiteral("%1: %2").arg(issue.field, issue.message);
    return lines.join(QLatin1Char('\n'));
}

ValidationIssues validatePerson(const Person& p, const QDate& today) {
    ValidationIssues out;
    requireText(out, QStringLiteral("familyName"), p.familyName, Validation::tr("Enter a surname."));
    if (!p.dateOfBirthIsExpected)
        requireText(out, QStringLiteral("givenNames"), p.givenNames,
                    Validation::tr("Enter a first name (an unborn child may have none: tick \"expected\")."));
    limitLength(out, QStringLiteral("givenNames"), p.givenNames, kMaxShortText);
    limitLength(out, QStringLiteral("familyName"), p.familyName, kMaxShortText);
    limitLength(out, QStringLiteral("knownAs"), p.knownAs, kMaxShortText);

    if (p.dateOfBirthIsExpected) {
        if (!p.dateOfBirth.isValid())
            out << ValidationIssue{QStringLiteral("dateOfBirth"),
                                   Validation::tr("Enter the expected date of birth.")};
        else if (p.dateOfBirth > today.addMonths(10))
            out << ValidationIssue{QStringLiteral("dateOfBirth"),
                                   Validation::tr("An expected date of birth is at most 10 months ahead.")};
    } else if (p.dateOfBirth.isValid()) {
        if (p.dateOfBirth > today)
            out << ValidationIssue{
                QStringLiteral("dateOfBirth"),
                Validation::tr(
                    "The date of birth is in the future. For an unborn child, tick \"expected\".")};
        else if (p.dateOfBirth < kEarliestBirth)
            out << ValidationIssue{QStringLiteral("dateOfBirth"),
                                   Validation::tr("The date of birth is before 1900.")};
    }

    requireCode(out, QStringLiteral("gender"), p.gender, vocab::gender(), true);
    requireCode(out, QStringLiteral("ethnicity"), p.ethnicity, vocab::ethnicity(), true);
    limitLength(out, QStringLiteral("firstLanguage"), p.firstLanguage, 60);
    checkAddress(out, QStringLiteral("address"), p.address);

    static const QRegularExpression phone(QStringLiteral("^[0-9 +()-]*$"));
    if (!phone.match(p.phone).hasMatch() || p.phone.size() > 30)
        out << ValidationIssue{QStringLiteral("phone"),
                               Validation::tr("Use only digits, spaces and + ( ) -.")};
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!p.email.isEmpty() && !email.match(p.email).hasMatch())
        out << ValidationIssue{QStringLiteral("email"),
                               Validation::tr("This does not look like an email address.")};

    checkIdentifier(out, QStringLiteral("socialCareNumber"), p.socialCareNumber);
    checkIdentifier(out, QStringLiteral("caseSystemNumber"), p.caseSystemNumber);
    static const QRegularExpression nhs(QStringLiteral("^(\\d{3} ?\\d{3} ?\\d{4})?$"));
    if (!nhs.match(p.nhsNumber).hasMatch())
        out << ValidationIssue{QStringLiteral("nhsNumber"), Validation::tr("An NHS number has 10 digits.")};
    return out;
}

ValidationIssues validateFamily(const Family& f) {
    ValidationIssues out;
    requireText(out, QStringLiteral("name"), f.name,
                Validation::tr("Enter a name for the family, for example \"Ashworth family\"."));
    limitLength(out, QStringLiteral("name"), f.name, kMaxShortText);
    requireCode(out, QStringLiteral("kinshipStatus"), f.kinshipStatus, vocab::kinshipStatus(), false);
    requireCode(out, QStringLiteral("earlyHelpLocality"), f.earlyHelpLocality, vocab::earlyHelpLocality(),
                true);
    if (!f.ufrn.trimmed().isEmpty()) {
        const auto parts = parseUfrn(f.ufrn);
        if (!parts)
            out << ValidationIssue{QStringLiteral("ufrn"),
                                   Validation::tr("A UFRN is EH, the locality number, the youngest child's "
                                                  "case-system number and F, for example EH03123456F.")};
        else if (!f.earlyHelpLocality.isEmpty() && parts->localityCode != f.earlyHelpLocality)
            out << ValidationIssue{
                QStringLiteral("ufrn"),
                Validation::tr("This UFRN is for locality %1, not the family's locality %2.")
                    .arg(parts->localityCode, f.earlyHelpLocality)};
    }
    checkAddress(out, QStringLiteral("address"), f.address);
    QSet<qint64> seen;
    for (size_t i = 0; i < f.members.size(); ++i) {
        const auto& m = f.members[i];
        const QString at = QStringLiteral("members[%1]").arg(i);
        if (m.personId <= 0)
            out << ValidationIssue{at + QStringLiteral(".personId"),
                                   Validation::tr("A member must be a recorded person.")};
        else if (seen.contains(m.personId))
            out << ValidationIssue{at + QStringLiteral(".personId"),
                                   Validation::tr("This person is already a member.")};
        seen.insert(m.personId);
        requireCode(out, at + QStringLiteral(".relationship"), m.relationship, vocab::relationship(), false);
    }
    return out;
}

ValidationIssues validateWorker(const Worker& w) {
    ValidationIssues out;
    requireText(out, QStringLiteral("name"), w.name, Validation::tr("Enter the worker's name."));
    limitLength(out, QStringLiteral("name"), w.name, kMaxShortText);
    requireCode(out, QStringLiteral("role"), w.role, vocab::workerRole(), false);
    limitLength(out, QStringLiteral("team"), w.team, kMaxShortText);
    return out;
}

ValidationIssues validateInvolvement(const Involvement& inv, const QDate& today) {
    ValidationIssues out;
    if (inv.familyId <= 0)
        out << ValidationIssue{QStringLiteral("familyId"),
                               Validation::tr("The involvement must belong to a family.")};
    requireCode(out, QStringLiteral("service"), inv.service, vocab::service(), false);
    requireCode(out, QStringLiteral("referralSource"), inv.referralSource, vocab::referralSource(), true);
    requireCode(out, QStringLiteral("status"), inv.status, vocab::involvementStatus(), false);
    requireCode(out, QStringLiteral("placementType"), inv.placementType, vocab::placementType(), true);
    limitLength(out, QStringLiteral("referralReason"), inv.referralReason, kMaxLongText);
    limitLength(out, QStringLiteral("closureNote"), inv.closureNote, kMaxLongText);

    if (!inv.referralDate.isValid())
        out << ValidationIssue{QStringLiteral("referralDate"),
                               Validation::tr("Enter the date of the referral.")};
    else if (inv.referralDate > today)
        out << ValidationIssue{QStringLiteral("referralDate"),
                               Validation::tr("The referral date is in the future.")};

    if (inv.openedOn.isValid()) {
        if (inv.openedOn > today)
            out << ValidationIssue{QStringLiteral("openedOn"),
                                   Validation::tr("The open date is in the future.")};
        else if (inv.referralDate.isValid() && inv.openedOn < inv.referralDate)
            out << ValidationIssue{QStringLiteral("openedOn"),
                                   Validation::tr("The case cannot open before the referral.")};
    } else if (inv.status == QLatin1String("open")) {
        out << ValidationIssue{QStringLiteral("openedOn"),
                               Validation::tr("An open case needs the date it opened.")};
    }

    const bool closed = inv.status == QLatin1String("closed");
    if (closed) {
        if (!inv.closedOn.isValid())
            out << ValidationIssue{QStringLiteral("closedOn"),
                                   Validation::tr("Enter the date the case closed.")};
        else if (inv.closedOn > today)
            out << ValidationIssue{QStringLiteral("closedOn"),
                                   Validation::tr("The close date is in the future.")};
        else if ((inv.openedOn.isValid() && inv.closedOn < inv.openedOn) ||
                 (inv.referralDate.isValid() && inv.closedOn < inv.referralDate))
            out << ValidationIssue{QStringLiteral("closedOn"),
                                   Validation::tr("The case cannot close before it opened.")};
        requireCode(out, QStringLiteral("closureOutcome"), inv.closureOutcome, vocab::closureOutcome(),
                    false);
    } else {
        if (inv.closedOn.isValid())
            out << ValidationIssue{QStringLiteral("closedOn"),
                                   Validation::tr("Only a closed case has a close date.")};
        if (!inv.closureOutcome.isEmpty())
            out << ValidationIssue{QStringLiteral("closureOutcome"),
                                   Validation::tr("Only a closed case has a closure outcome.")};
    }
    return out;
}

ValidationIssues validateCaseNote(const CaseNote& n, const QDate& today) {
    ValidationIssues out;
    if (n.familyId <= 0)
        out << ValidationIssue{QStringLiteral("familyId"),
                               Validation::tr("The note must belong to a family.")};
    requireCode(out, QStringLiteral("noteType"), n.noteType, vocab::noteType(), false);
    requireText(out, QStringLiteral("subject"), n.subject,
                Validation::tr("Enter a subject that says what the note is about."));
    limitLength(out, QStringLiteral("subject"), n.subject, kMaxShortText);
    if (!n.contactAt.isValid())
        out << ValidationIssue{QStringLiteral("contactAt"),
                               Validation::tr("Enter the date and time of the contact.")};
    else if (n.contactAt.date() > today)
        out << ValidationIssue{QStringLiteral("contactAt"),
                               Validation::tr("The contact date is in the future.")};
    const std::pair<const char*, const QString*> shortFields[] = {
        {"location", &n.location}, {"present", &n.present}, {"outcomesAddressed", &n.outcomesAddressed}};
    for (const auto& [field, text] : shortFields)
        limitLength(out, QLatin1String(field), *text, kMaxShortText * 5);
    const std::pair<const char*, const QString*> longFields[] = {{"purpose", &n.purpose},
                                                                 {"whatWorkedWell", &n.whatWorkedWell},
                                                                 {"worries", &n.worries},
                                                                 {"voice", &n.voice},
                                                                 {"nextSteps", &n.nextSteps}};
    for (const auto& [field, text] : longFields)
        limitLength(out, QLatin1String(field), *text, kMaxLongText);
    return out;
}

} // namespace waymark
