#include "demo/demodata.h"
#include "earlyhelp/contactrepository.h"
#include "earlyhelp/contactvalidation.h"
#include "earlyhelp/ehformrepository.h"
#include "earlyhelp/ehformvalidation.h"
#include "earlyhelp/familystar.h"
#include "storage/caseeventrepository.h"
#include "storage/involvementrepository.h"
#include "support/testdatabase.h"

#include <QSet>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace waymark;

TEST_CASE("demo data: Early Help cases have contact attempts and Family Star forms that pass the forms' own "
          "rules and agree with the case events",
          "[earlyhelp][demo]") {
    test::TestDatabase t;
    Database& db = t.db();
    auto summary = generateDemoData(db, {7, 150});
    INFO(summary.error().toStdString());
    REQUIRE(summary.isOk());
    CHECK(summary->earlyHelpForms > 0);
    CHECK(summary->contactAttempts > 0);
    const QDate today = db.today();

    std::vector<Involvement> earlyHelp;
    {
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(
            QStringLiteral("SELECT DISTINCT family_id FROM involvements WHERE service LIKE 'early_help_%' OR "
                           "service = 'families_first'")));
        std::vector<qint64> families;
        while (q.next())
            families.push_back(q.value(0).toLongLong());
        for (qint64 f : families)
            for (const Involvement& inv : InvolvementRepository(db).forFamily(f))
                if (inv.service.startsWith(QLatin1String("early_help_")) ||
                    inv.service == QLatin1String("families_first"))
                    earlyHelp.push_back(inv);
    }
    REQUIRE(earlyHelp.size() > 10);

    EhFormRepository forms(db);
    QSet<QString> familiesFirstKinds, kinds;
    int approvedReviews = 0, disagreements = 0, waiting = 0, withAttempts = 0, qualifying = 0;
    for (const Involvement& inv : earlyHelp) {
        INFO("involvement " << inv.id);
        const auto attempts = ContactAttemptRepository(db).forInvolvement(inv.id);
        withAttempts += !attempts.empty();
        for (const ContactAttempt& a : attempts)
            CHECK(validateContactAttempt(a, db.now()).isEmpty());
        if (!attempts.empty())
            CHECK(attempts.back().outcome == QStringLiteral("engaged"));

        QStringList events;
        for (const RecordedEvent& e : CaseEventRepository(db).forFamily(inv.familyId))
            if (e.involvementId == inv.id)
                events << e.kind + QLatin1Char('@') + e.date.toString(Qt::ISODate);
        for (const EhForm& f : forms.forInvolvement(inv.id)) {
            CHECK(f.seriesId == f.id);
            kinds.insert(f.kind);
            waiting += !f.isApproved(); // with the worker or the manager
            if (f.kind.startsWith(QLatin1String("ff_")))
                familiesFirstKinds.insert(f.kind);
            const FormCheck check = f.isDraft() ? FormCheck::Draft : FormCheck::Submit;
            const auto issues = validateEhForm(f, today, check);
            INFO(joinIssues(issues).toStdString());
            CHECK(issues.isEmpty());
            if (f.kind == QLatin1String("star_assessment"))
                CHECK(events.contains(QStringLiteral("eh_assessment_completed@") +
                                      f.completedOn.toString(Qt::ISODate)));
            if (f.kind == QLatin1String("star_review")) {
                CHECK(events.contains(QStringLiteral("eh_review@") + f.completedOn.toString(Qt::ISODate)));
                approvedReviews += f.isApproved();
                disagreements += f.readings.size() == 2;
            }
            if (f.isApproved())
                CHECK(f.decidedByWorkerId != 0);
        }
        const PbrResult pbr = paymentByResults(forms.approved(inv.id));
        qualifying += pbr.qualifies;
    }
    // Cases at every stage: engaged with attempts, reviewed, some waiting on the worker or manager,
    // some disagreements kept, some families qualifying for payment by results.
    CHECK(withAttempts > 10);
    CHECK(approvedReviews > 10);
    CHECK(waiting >= 1);
    CHECK(disagreements >= 1);
    CHECK(qualifying >= 1);
    CHECK(kinds.contains(QStringLiteral("sow_assessment")));
    CHECK(kinds.contains(QStringLiteral("case_summary")));
    CHECK(kinds.contains(QStringLiteral("family_monitoring")));
    CHECK(kinds.contains(QStringLiteral("plan")));
    CHECK((kinds.contains(QStringLiteral("closure")) || kinds.contains(QStringLiteral("brief_closure"))));
    // Families First cases from referral to feedback.
    for (const char* kind :
         {"ff_referral", "ff_family_meeting", "ff_support_plan", "ff_review", "ff_closure", "ff_feedback"})
        CHECK(familiesFirstKinds.contains(QLatin1String(kind)));
}
