#include "earlyhelp/ehformrepository.h"
#include "earlyhelp/ehformvalidation.h"
#include "earlyhelp/monitoring.h"
#include "support/testdatabase.h"

#include <catch2/catch.hpp>

using namespace waymark;

namespace {

EhForm familyForm(qint64 involvementId) {
    EhForm f;
    f.kind = QStringLiteral("family_monitoring");
    f.involvementId = involvementId;
    f.completedOn = QDate(2026, 10, 1);
    for (const MonitoringQuestion& q : familyMonitoringQuestions())
        f.texts[answerKey(q.key)] = QStringLiteral("no");
    return f;
}

} // namespace

TEST_CASE("monitoring forms ask the section 23 questions", "[earlyhelp]") {
    QStringList individual, family;
    for (const MonitoringQuestion& q : individualMonitoringQuestions())
        individual << QLatin1String(q.key);
    for (const MonitoringQuestion& q : familyMonitoringQuestions())
        family << QLatin1String(q.key);
    CHECK(individual == QStringList{QStringLiteral("domestic_abuse_victim"),
                                    QStringLiteral("negative_lifestyle"), QStringLiteral("general_health"),
                                    QStringLiteral("smokes"), QStringLiteral("where_smoke")});
    CHECK(family == QStringList{QStringLiteral("financial_difficulties"), QStringLiteral("rent_arrears"),
                                QStringLiteral("all_registered_gp"),
                                QStringLiteral("all_registered_dentist")});
}

TEST_CASE("monitoring forms: every question answered, and unknown only with a reason", "[earlyhelp]") {
    const QDate today(2026, 11, 20);
    EhForm f = familyForm(1);
    CHECK(validateEhForm(f, today, FormCheck::Submit).isEmpty());

    SECTION("an unanswered question stops a submission, not a draft") {
        f.texts.erase(answerKey("rent_arrears"));
        CHECK(validateEhForm(f, today, FormCheck::Draft).isEmpty());
        const auto issues = validateEhForm(f, today, FormCheck::Submit);
        REQUIRE(issues.size() == 1);
        CHECK(issues[0].field == QStringLiteral("q.rent_arrears"));
        CHECK(issues[0].message.contains(QStringLiteral("Family is in rent arrears")));
    }
    SECTION("unknown needs a note saying why") {
        f.texts[answerKey("all_registered_dentist")] = QStringLiteral("unknown");
        const auto issues = validateEhForm(f, today, FormCheck::Submit);
        REQUIRE(issues.size() == 1);
        CHECK(issues[0].message.contains(QStringLiteral("answer \"no\" if nothing has been disclosed")));
        f.texts[noteKey("all_registered_dentist")] = QStringLiteral("Two children live with their father");
        CHECK(validateEhForm(f, today, FormCheck::Submit).isEmpty());
    }
    SECTION("an answer that is not one of the choices is refused even in a draft") {
        f.texts[answerKey("rent_arrears")] = QStringLiteral("maybe");
        CHECK_FALSE(validateEhForm(f, today, FormCheck::Draft).isEmpty());
    }
    SECTION("an individual form names its member; where they smoke follows a yes to smoking") {
        EhForm i;
        i.kind = QStringLiteral("individual_monitoring");
        i.completedOn = QDate(2026, 10, 1);
        for (const MonitoringQuestion& q : individualMonitoringQuestions())
            i.texts[answerKey(q.key)] = QStringLiteral("no");
        i.texts[answerKey("general_health")] = QStringLiteral("good");
        i.texts.erase(answerKey("where_smoke"));
        auto issues = validateEhForm(i, today, FormCheck::Submit);
        REQUIRE(issues.size() == 1);
        CHECK(issues[0].field == QStringLiteral("person_id"));
        i.personId = 7;
        CHECK(validateEhForm(i, today, FormCheck::Submit).isEmpty());
        i.texts[answerKey("smokes")] = QStringLiteral("yes");
        issues = validateEhForm(i, today, FormCheck::Submit);
        REQUIRE(issues.size() == 1);
        CHECK(issues[0].field == QStringLiteral("q.where_smoke"));
    }
}
