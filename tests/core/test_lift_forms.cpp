#include "demo/demodata.h"
#include "lift/payments.h"
#include "print/liftforms.h"
#include "print/liftprint.h"
#include "support/testdatabase.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace waymark;

namespace {

LiftReferral referral() {
    LiftReferral r;
    r.id = 4;
    r.aim = QStringLiteral("respite_breaking_point");
    r.locality = QStringLiteral("Burnley");
    r.supportNeeded = {QStringLiteral("day_respite")};
    return r;
}

LiftMeeting agreement() {
    LiftMeeting m;
    m.kind = QStringLiteral("agreement");
    m.heldOn = QDate(2026, 3, 2);
    m.place = QStringLiteral("Family home, Burnley");
    m.attendees = {QStringLiteral("family"), QStringLiteral("mentor"), QStringLiteral("ssw")};
    m.supportAreas = {QStringLiteral("day_respite"), QStringLiteral("boundaries")};
    m.actionPlan = QStringLiteral("Saturdays 10 till 3 <script>alert(1)</script>");
    m.risksToMentor = QStringLiteral("Dog in the kitchen");
    m.risksToChildren = QStringLiteral("Two foster children at home");
    m.riskActions = QStringLiteral("Ring the buddy after each visit");
    m.mustNotifyCcswIro = true;
    m.notifiedOn = QDate(2026, 3, 4);
    m.boundaries = QStringLiteral("No calls after 7pm");
    m.hoursPerWeek = 10;
    m.hoursReason = QStringLiteral("Mum in hospital for a fortnight");
    m.reviewDue = QDate(2026, 5, 26);
    return m;
}

LiftFormNames names() {
    return {QStringLiteral("Pendleford family"), QStringLiteral("Marjorie O'Dell & Co"),
            QStringLiteral("Ruth Kenyon")};
}

} // namespace

TEST_CASE("LIFT forms: the agreement form has every section, escaped, and the LCS reminder") {
    const QString html = liftAgreementHtml(agreement(), referral(), names());
    for (const char* expected :
         {"LIFT agreement form", "Pendleford family", "Marjorie O'Dell &amp; Co", "Ruth Kenyon",
          "5. Family at breaking point asking for respite", "02/03/2026", "Family home, Burnley",
          "Family, Mentor, Supervising social worker (SSW)", "Day respite, Boundaries", "Dog in the kitchen",
          "Two foster children at home", "Ring the buddy after each visit", "were told on 04/03/2026",
          "No calls after 7pm", "10 hours a week",
          "Above the 8-hour guide because: Mum in hospital for a fortnight", "26/05/2026",
          "add a case note on LCS"}) {
        CAPTURE(expected);
        CHECK(html.contains(QLatin1String(expected)));
    }
    CHECK_FALSE(html.contains(QStringLiteral("<script>")));
    CHECK(html.contains(QStringLiteral("&lt;script&gt;")));

    LiftMeeting review = agreement();
    review.kind = QStringLiteral("review");
    review.progress = QStringLiteral("Bedtimes are calmer");
    review.hoursPerWeek = 6;
    const QString reviewHtml = liftReviewHtml(review, referral(), names());
    CHECK(reviewHtml.contains(QStringLiteral("LIFT review form")));
    CHECK(reviewHtml.contains(QStringLiteral("Bedtimes are calmer")));
    CHECK(reviewHtml.contains(QStringLiteral("6 hours a week")));
    CHECK_FALSE(reviewHtml.contains(QStringLiteral("Above the 8-hour guide")));
}

TEST_CASE("LIFT forms: the closure summary gives the aim, the outcome, the length and the follow-up") {
    LiftClosure c;
    c.closedOn = QDate(2025, 6, 30);
    c.aim = QStringLiteral("cin_prevent_care");
    c.aimAchieved = false;
    c.reason = QStringLiteral("Stepped up to social care");
    c.careFollowUp = QStringLiteral("entered_care");
    c.followUpOn = QDate(2026, 7, 1);
    const QString html = liftClosureHtml(c, referral(), names(), QDate(2025, 3, 3));
    for (const char* expected : {"LIFT closure summary", "4. Child in need plan: prevent admission to care",
                                 "Stepped up to social care", "17 weeks (119 days", "30/06/2026",
                                 "Yes: entered care within the year", "01/07/2026"}) {
        CAPTURE(expected);
        CHECK(html.contains(QLatin1String(expected)));
    }
    CHECK(html.contains(QStringLiteral("<td>No</td>")));
}

TEST_CASE("LIFT forms: the finance form adds up exempt and taxable hours in pence") {
    FinanceForm f;
    f.month = QDate(2026, 4, 1);
    f.status = QStringLiteral("submitted");
    f.submittedOn = QDate(2026, 5, 3);
    f.mileageMiles = 12.5;
    f.sessions = {{1, QDate(2026, 4, 4), 90, true, QStringLiteral("Respite")},
                  {2, QDate(2026, 4, 11), 50, false, QStringLiteral("After return home")},
                  {3, QDate(2026, 4, 18), 25, false, QString()}};
    const std::vector<LiftRate> rates = {{1, QStringLiteral("hourly"), QDate(2018, 1, 1), 1000},
                                         {2, QStringLiteral("mileage"), QDate(2018, 1, 1), 45}};
    const auto pay = calculatePayment(f, rates);
    REQUIRE(pay.isOk());
    CHECK(pay->exemptPence == 1500);
    CHECK(pay->taxablePence == 1250); // 50 min = 833.33p -> 833p, 25 min = 416.67p -> 417p
    CHECK(pay->mileagePence == 563);  // 12.5 x 45p = 562.5p, half up
    CHECK(formatPounds(123456) == QStringLiteral("£1,234.56"));
    const QString html = liftFinanceHtml(f, names(), *pay);
    for (const char* expected :
         {"LIFT finance form", "April 2026", "Submitted to the SSW", "£10.00 an hour", "1:30", "0:50",
          "Exempt", "Taxable", "£15.00", "£12.50", "£27.50", "£5.63", "£33.13", "12.5 miles",
          "no 3-mile deduction", "travel time is not claimable"}) {
        CAPTURE(expected);
        CHECK(html.contains(QString::fromUtf8(expected)));
    }
}

TEST_CASE("LIFT forms: the team brief lists waiting referrals with at most 3 suggested mentors") {
    TeamBriefItem item;
    item.familyName = QStringLiteral("Ashworth <family>");
    item.locality = QStringLiteral("Nelson");
    item.aim = QStringLiteral("foster_placement");
    item.referralDate = QDate(2026, 10, 1);
    item.daysWaiting = 51;
    for (const char* name : {"Ann Ollerton", "Bea Pilling", "Cath Quayle", "Dot Rishton"})
        item.suggestions.push_back({QLatin1String(name), QStringLiteral("Lives nearby; offers day respite")});
    const QString html = liftTeamBriefHtml({item}, QDate(2026, 11, 21));
    for (const char* expected :
         {"LIFT team brief", "Ashworth &lt;family&gt;", "Nelson", "3. Prevent a foster placement breakdown",
          "51 day(s)", "referred 01/10/2026", "Ann Ollerton", "Bea Pilling", "Cath Quayle",
          "Lives nearby; offers day respite"}) {
        CAPTURE(expected);
        CHECK(html.contains(QLatin1String(expected)));
    }
    CHECK_FALSE(html.contains(QStringLiteral("Dot Rishton")));
    CHECK(liftTeamBriefHtml({}, QDate(2026, 11, 21)).contains(QStringLiteral("Every appropriate referral")));
}

TEST_CASE("LIFT forms: printouts read from a demo file never contain a buddy code word") {
    test::TestDatabase t;
    REQUIRE(generateDemoData(t.db(), {6, 200}).isOk());
    QStringList words;
    QSqlQuery q(t.db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT code_word FROM lift_code_words")));
    while (q.next())
        words << q.value(0).toString();
    REQUIRE_FALSE(words.isEmpty());
    const auto first = [&](const char* sql) {
        QSqlQuery f(t.db().connection());
        REQUIRE(f.exec(QLatin1String(sql)));
        REQUIRE(f.next());
        return f.value(0).toLongLong();
    };
    const std::pair<const char*, qint64> forms[] = {
        {"agreement", first("SELECT id FROM lift_meetings WHERE kind = 'agreement' ORDER BY id")},
        {"review", first("SELECT id FROM lift_meetings WHERE kind = 'review' ORDER BY id")},
        {"closure", first("SELECT referral_id FROM lift_closures ORDER BY id")},
        {"finance", first("SELECT id FROM lift_finance_forms ORDER BY id")},
        {"team-brief", 0},
    };
    for (const auto& [form, id] : forms) {
        CAPTURE(form, id);
        auto printout = liftPrintout(t.db(), QLatin1String(form), id, QStringLiteral("Test Manager"));
        INFO(printout.error().toStdString());
        REQUIRE(printout.isOk());
        CHECK(printout->html.size() > 500);
        CHECK(printout->header.lines.last().startsWith(QStringLiteral("Printed by Test Manager")));
        for (const QString& word : words)
            CHECK_FALSE(printout->html.contains(word));
    }
    CHECK_FALSE(liftPrintout(t.db(), QStringLiteral("review"),
                             first("SELECT id FROM lift_meetings WHERE kind = 'agreement' ORDER BY id"),
                             QStringLiteral("x"))
                    .isOk());
}
