// LIFT payments and statistics on the fictional data set of tests/support/liftstatsdata.h. Every
// expected figure is worked out by hand in the comments.
#include "lift/liftstatistics.h"
#include "lift/liftstatsexport.h"
#include "lift/payments.h"
#include "support/csvparse.h"
#include "support/liftstatsdata.h"
#include "support/testdatabase.h"
#include "support/zipentry.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace waymark;

namespace {

std::vector<LiftRate> testRates() {
    return {{1, QStringLiteral("hourly"), QDate(2018, 1, 1), 1000},
            {2, QStringLiteral("hourly"), QDate(2026, 3, 15), 1200},
            {3, QStringLiteral("mileage"), QDate(2018, 1, 1), 45},
            {4, QStringLiteral("mileage"), QDate(2026, 4, 1), 50}};
}

const LiftGroupStats& group(const std::vector<LiftGroupStats>& groups, const QString& key) {
    for (const LiftGroupStats& g : groups)
        if (g.key == key)
            return g;
    FAIL("no group " << key.toStdString());
    return groups.front();
}

LiftStatistics statsFor(Database& db, const QString& aim = QString(), const QString& locality = QString()) {
    auto stats = liftStatistics(db, {QDate(2026, 1, 1), QDate(2026, 6, 30), aim, locality});
    INFO(stats.error().toStdString());
    REQUIRE(stats.isOk());
    return *stats;
}

} // namespace

TEST_CASE("LIFT session pay is minutes times the rate over 60, to the nearest penny", "[lift]") {
    CHECK(sessionPayPence(60, 1000) == 1000);
    CHECK(sessionPayPence(90, 1000) == 1500);
    CHECK(sessionPayPence(7, 1000) == 117); // 116.67
    CHECK(sessionPayPence(1, 1000) == 17);  // 16.67
    CHECK(sessionPayPence(3, 1010) == 51);  // 50.5: a half rounds up
    CHECK(sessionPayPence(0, 1000) == 0);
    CHECK(mileagePayPence(10.1, 45) == 455); // 454.5, not 454.4999 from binary fractions
    CHECK(mileagePayPence(12.5, 45) == 563); // 562.5
    CHECK(mileagePayPence(0, 45) == 0);
}

TEST_CASE("LIFT pay follows a rate change mid-month and splits exempt from taxable", "[lift]") {
    FinanceForm form;
    form.month = QDate(2026, 3, 1);
    form.mileageMiles = 12.5;
    form.sessions = {test::liftSession(QDate(2026, 3, 1), 7, false),
                     test::liftSession(QDate(2026, 3, 10), 90, true),
                     test::liftSession(QDate(2026, 3, 20), 90, true)};
    auto pay = calculatePayment(form, testRates());
    REQUIRE(pay.isOk());
    REQUIRE(pay->sessions.size() == 3);
    CHECK(pay->sessions[0].hourlyRatePence == 1000); // 1 March: the old rate
    CHECK(pay->sessions[0].payPence == 117);         // 7 min x 1000 / 60 = 116.67
    CHECK_FALSE(pay->sessions[0].exempt);            // before admission: taxable
    CHECK(pay->sessions[1].hourlyRatePence == 1000); // 10 March: still the old rate
    CHECK(pay->sessions[1].payPence == 1500);
    CHECK(pay->sessions[2].hourlyRatePence == 1200); // 20 March: the new rate from 15 March
    CHECK(pay->sessions[2].payPence == 1800);
    CHECK(pay->minutes == 187);
    CHECK(pay->exemptPence == 3300);
    CHECK(pay->taxablePence == 117);
    // Mileage at the rate in force on 31 March (45p; 50p starts 1 April), every mile paid.
    CHECK(pay->mileageRatePence == 45);
    CHECK(pay->mileagePence == 563);
    CHECK(pay->totalPence() == 3300 + 117 + 563);

    form.month = QDate(2026, 4, 1);
    form.sessions = {test::liftSession(QDate(2026, 4, 5), 50, false)};
    form.mileageMiles = 10.1;
    pay = calculatePayment(form, testRates());
    REQUIRE(pay.isOk());
    CHECK(pay->taxablePence == 1000); // 50 min x 1200 / 60
    CHECK(pay->mileagePence == 505);  // 10.1 x 50
}

TEST_CASE("LIFT pay with no rate in force says which date needs one", "[lift]") {
    FinanceForm form;
    form.month = QDate(2026, 3, 1);
    form.sessions = {test::liftSession(QDate(2026, 3, 10), 60, true)};
    const std::vector<LiftRate> lateRates = {{1, QStringLiteral("hourly"), QDate(2026, 3, 15), 1200}};
    auto pay = calculatePayment(form, lateRates);
    REQUIRE_FALSE(pay.isOk());
    CHECK(pay.error().contains(QStringLiteral("hourly rate")));
    CHECK(pay.error().contains(QStringLiteral("10/03/2026")));

    form.sessions = {test::liftSession(QDate(2026, 3, 20), 60, true)};
    form.mileageMiles = 4;
    pay = calculatePayment(form, lateRates);
    REQUIRE_FALSE(pay.isOk());
    CHECK(pay.error().contains(QStringLiteral("mileage rate")));
    CHECK(pay.error().contains(QStringLiteral("31/03/2026")));
}

TEST_CASE("LIFT finance months without a submitted form are overdue", "[lift]") {
    test::TestDatabase t;
    const test::LiftStatsData d = test::makeLiftStatsData(t.db());
    // Today is 20 November 2026, so October is the last complete month.
    // R1: agreed January, closed April: Jan-Apr; March submitted, April paid -> Jan, Feb overdue
    //     (the May draft is after the closure and a draft anyway).
    // R3: agreed March, closed June: Mar-Jun; June submitted -> Mar, Apr, May overdue.
    // R5: agreed June, open: Jun-Oct, no forms -> 5 months overdue.
    // R2 and R8 never had an agreement meeting; R4, R6, R7 never had a mentor.
    auto overdue = overdueFinanceMonths(t.db(), t.db().today());
    REQUIRE(overdue.isOk());
    std::vector<std::pair<qint64, QDate>> got;
    for (const OverdueFinanceMonth& o : *overdue)
        got.push_back({o.referralId, o.month});
    const std::vector<std::pair<qint64, QDate>> expected = {
        {d.r1, QDate(2026, 1, 1)}, {d.r1, QDate(2026, 2, 1)}, {d.r3, QDate(2026, 3, 1)},
        {d.r3, QDate(2026, 4, 1)}, {d.r3, QDate(2026, 5, 1)}, {d.r5, QDate(2026, 6, 1)},
        {d.r5, QDate(2026, 7, 1)}, {d.r5, QDate(2026, 8, 1)}, {d.r5, QDate(2026, 9, 1)},
        {d.r5, QDate(2026, 10, 1)}};
    CHECK(got == expected);
    CHECK(overdue->front().familyId == d.familyA);
}

TEST_CASE("LIFT statistics of the known data set, worked by hand", "[lift]") {
    test::TestDatabase t;
    const test::LiftStatsData d = test::makeLiftStatsData(t.db());
    const LiftStatistics s = statsFor(t.db());

    // In range (1 Jan - 30 Jun 2026): R1 R2 R3 R4 R5 R6 R8 (R7 was referred 1 July).
    // Families A (R1, R5), B, C, D, E, G.
    const LiftGroupStats& all = s.total;
    CHECK(all.referrals == 7);
    CHECK(all.families == 6);
    CHECK(all.appropriate == 5);     // R1 R2 R3 R5 R8
    CHECK(all.notAppropriate == 1);  // R4
    CHECK(all.pendingDecision == 1); // R6
    CHECK(all.closed == 4);          // R1 R2 R3 R8
    // Achieved: A (R1), C (R3), G (R8). Not: B (R2 closed not achieved), D (R4 NFA). In progress: E.
    // A's second referral R5 is still open, but A has already achieved an aim.
    CHECK(all.familiesAchieved == 3);
    CHECK(all.familiesNotAchieved == 2);
    CHECK(all.familiesInProgress == 1);
    // One year on: R1 not in care, R2 entered care, R8 returned, R3 not yet recorded.
    CHECK(all.notInCare == 1);
    CHECK(all.enteredCare == 1);
    CHECK(all.returnedToCare == 1);
    CHECK(all.followUpUnknown == 1);
    // Length from the first link to the closure: R1 20 Jan-20 Apr = 90 days, R2 10 Feb-12 May = 91,
    // R3 9 Mar-30 Jun = 113, R8 6 May-15 Jun = 40. 334 days over 4 = 11.93 weeks.
    CHECK(all.involvementsMeasured == 4);
    CHECK(all.involvementDays == 334);
    CHECK(all.averageWeeks() == Approx(334.0 / 7.0 / 4.0));
    // Cost (drafts left out): R1 March 117 taxable + 1500 + 1800 exempt + 563 mileage; April 1000
    // taxable + 500 exempt + 505 mileage; R3 June 120 min x 1200 / 60 = 2400 exempt.
    CHECK(all.sessionMinutes == 7 + 90 + 90 + 50 + 25 + 120);
    CHECK(all.exemptPence == 1500 + 1800 + 500 + 2400);
    CHECK(all.taxablePence == 117 + 1000);
    CHECK(all.mileagePence == 563 + 505);
    CHECK(all.costPence() == 8385);
    // Savings: only R1 is achieved with a recorded "no" follow-up: 52 weeks x 80000p (the
    // placement week in force on 20 April 2026) = 4,160,000p.
    CHECK(all.weeksAvoided == 52);
    CHECK(all.savingsPence == 4160000);
    CHECK(s.warnings.isEmpty());

    // Every aim is listed, in the procedure's order, even at zero.
    REQUIRE(s.byAim.size() == 5);
    CHECK(s.byAim[0].key == QStringLiteral("rehabilitation_home"));
    CHECK(s.byAim[4].key == QStringLiteral("respite_breaking_point"));
    const LiftGroupStats& rehab = group(s.byAim, QStringLiteral("rehabilitation_home")); // R1 R5 R8
    CHECK(rehab.referrals == 3);
    CHECK(rehab.families == 2); // A, G
    CHECK(rehab.familiesAchieved == 2);
    CHECK(rehab.familiesNotAchieved == 0);
    CHECK(rehab.familiesInProgress == 0);
    CHECK(rehab.involvementDays == 130); // 90 + 40
    CHECK(rehab.costPence() == 5985);    // R1: 3800 + 1117 + 1068
    CHECK(rehab.savingsPence == 4160000);
    const LiftGroupStats& adoption = group(s.byAim, QStringLiteral("post_adoption")); // R6
    CHECK(adoption.referrals == 1);
    CHECK(adoption.pendingDecision == 1);
    CHECK(adoption.familiesInProgress == 1);
    const LiftGroupStats& foster = group(s.byAim, QStringLiteral("foster_placement")); // R3
    CHECK(foster.familiesAchieved == 1);
    CHECK(foster.followUpUnknown == 1);
    CHECK(foster.exemptPence == 2400);
    CHECK(foster.weeksAvoided == 0);
    const LiftGroupStats& cin = group(s.byAim, QStringLiteral("cin_prevent_care")); // R2 (R7 out)
    CHECK(cin.referrals == 1);
    CHECK(cin.familiesNotAchieved == 1);
    CHECK(cin.enteredCare == 1);
    const LiftGroupStats& respite = group(s.byAim, QStringLiteral("respite_breaking_point")); // R4
    CHECK(respite.notAppropriate == 1);
    CHECK(respite.familiesNotAchieved == 1);

    // Localities by name, the unrecorded one last.
    REQUIRE(s.byLocality.size() == 3);
    CHECK(s.byLocality[0].key == QStringLiteral("Burnley")); // R1 R2 R5: families A, B
    CHECK(s.byLocality[0].referrals == 3);
    CHECK(s.byLocality[0].families == 2);
    CHECK(s.byLocality[0].familiesAchieved == 1);
    CHECK(s.byLocality[0].familiesNotAchieved == 1);
    CHECK(s.byLocality[0].costPence() == 5985);
    CHECK(s.byLocality[1].key == QStringLiteral("Preston")); // R3 R4 R8: C, D, G
    CHECK(s.byLocality[1].families == 3);
    CHECK(s.byLocality[1].familiesAchieved == 2);
    CHECK(s.byLocality[1].familiesNotAchieved == 1);
    CHECK(s.byLocality[1].costPence() == 2400);
    CHECK(s.byLocality[2].key.isEmpty()); // R6
    CHECK(s.byLocality[2].label == QStringLiteral("Not recorded"));
    CHECK(s.byLocality[2].referrals == 1);

    // Mentors used successfully: Gwen (R1, R8 achieved; R2 was not), Rosa (R3). Pip: none.
    REQUIRE(s.mentors.size() == 2);
    CHECK(s.mentors[0].name == QStringLiteral("Gwen Halloway"));
    CHECK(s.mentors[0].referralsAchieved == 2);
    CHECK(s.mentors[1].name == QStringLiteral("Rosa Quayle"));
    CHECK(s.mentors[1].referralsAchieved == 1);

    // Per referral, by referral date: R1 R2 R3 R4 R8 R5 R6.
    REQUIRE(s.referrals.size() == 7);
    std::vector<qint64> order;
    for (const LiftReferralStats& r : s.referrals)
        order.push_back(r.referralId);
    CHECK(order == std::vector<qint64>{d.r1, d.r2, d.r3, d.r4, d.r8, d.r5, d.r6});
    CHECK(s.referrals[0].daysInvolved == 90);
    CHECK(s.referrals[0].outcome == QStringLiteral("achieved"));
    CHECK(s.referrals[1].mentors ==
          QStringList{QStringLiteral("Pip Arkwright"), QStringLiteral("Gwen Halloway")});
    CHECK(s.referrals[1].outcome == QStringLiteral("not_achieved"));
    CHECK(s.referrals[3].outcome == QStringLiteral("not_appropriate"));
    CHECK(s.referrals[3].daysInvolved == -1);
    CHECK(s.referrals[5].outcome == QStringLiteral("in_progress"));
    CHECK(s.referrals[6].outcome == QStringLiteral("waiting"));
}

TEST_CASE("LIFT statistics filtered by aim and by locality", "[lift]") {
    test::TestDatabase t;
    test::makeLiftStatsData(t.db());
    const LiftStatistics rehab = statsFor(t.db(), QStringLiteral("rehabilitation_home"));
    CHECK(rehab.total.referrals == 3);
    CHECK(rehab.byAim.size() == 5);
    CHECK(group(rehab.byAim, QStringLiteral("cin_prevent_care")).referrals == 0);
    const LiftStatistics preston = statsFor(t.db(), QString(), QStringLiteral("Preston"));
    CHECK(preston.total.referrals == 3);
    CHECK(preston.total.costPence() == 2400);
    REQUIRE(preston.byLocality.size() == 1);

    CHECK_FALSE(liftStatistics(t.db(), {QDate(2026, 6, 30), QDate(2026, 1, 1), {}, {}}).isOk());
    CHECK_FALSE(
        liftStatistics(t.db(), {QDate(2026, 1, 1), QDate(2026, 6, 30), QStringLiteral("x"), {}}).isOk());
}

TEST_CASE("LIFT statistics cover only the families the user may see", "[lift]") {
    test::TestDatabase t;
    const test::LiftStatsData d = test::makeLiftStatsData(t.db());
    // Family C (R3) is allocated to a worker in another team: a Burnley worker does not see it.
    auto r3 = LiftRepository(t.db()).referral(d.r3);
    REQUIRE(r3.isOk());
    const Worker preston =
        test::makeWorker(t.db(), QStringLiteral("Orla Penrose"), QStringLiteral("Preston EH"));
    test::allocate(t.db(), r3->familyId, preston.id);
    const Worker burnley =
        test::makeWorker(t.db(), QStringLiteral("Ned Sowerby"), QStringLiteral("Burnley EH"));
    t.signInAs(burnley);
    CHECK(statsFor(t.db()).total.referrals == 6);

    t.db().setAccount(std::nullopt);
    CHECK_FALSE(liftStatistics(t.db(), {QDate(2026, 1, 1), QDate(2026, 6, 30), {}, {}}).isOk());
}

TEST_CASE("LIFT statistics warn, and leave the form out, when a rate is missing", "[lift]") {
    test::TestDatabase t;
    const test::LiftStatsData d = test::makeLiftStatsData(t.db());
    // The 2018 hourly rate moved to 15 June 2026: only the 1200p rate from 15 March covers March.
    QSqlQuery q(t.db().connection());
    REQUIRE(q.exec(QStringLiteral("UPDATE lift_rates SET effective_from = '2026-06-15' WHERE kind = 'hourly' "
                                  "AND effective_from = '2018-01-01'")));
    const LiftStatistics s = statsFor(t.db());
    // R1's March form has sessions on 1 and 10 March with no rate: left out, with a warning. April
    // (500 exempt at 1200p) and R3's June (2400 exempt at 1200p, before 15 June) still count.
    CHECK(s.warnings.size() == 1);
    CHECK(s.total.exemptPence == 500 + 2400);
    (void)d;
}

TEST_CASE("LIFT statistics as JSON and as CSV that parses back", "[lift]") {
    test::TestDatabase t;
    test::makeLiftStatsData(t.db());
    const LiftStatistics s = statsFor(t.db());
    const QJsonObject json = liftStatisticsToJson(s);
    CHECK(json.value(QStringLiteral("summary")).toObject().value(QStringLiteral("costPence")).toInteger() ==
          8385);
    CHECK(json.value(QStringLiteral("byAim")).toArray().size() == 5);
    CHECK(json.value(QStringLiteral("savingsAssumption")).toString().contains(QStringLiteral("52 weeks")));

    const QByteArray csv = liftStatisticsToCsv(s);
    REQUIRE(csv.startsWith("\xEF\xBB\xBF"));
    const auto rows = test::parseCsv(QString::fromUtf8(csv.mid(3)));
    REQUIRE(rows.size() > 10);
    CHECK(rows[0] == QStringList{QStringLiteral("Summary")});
    CHECK(rows[1] == QStringList{QStringLiteral("Measure"), QStringLiteral("Value")});
    auto summaryValue = [&rows](const QString& measure) {
        for (const QStringList& r : rows)
            if (r.size() == 2 && r[0] == measure)
                return r[1];
        return QString();
    };
    CHECK(summaryValue(QStringLiteral("Referrals")) == QStringLiteral("7"));
    CHECK(summaryValue(QStringLiteral("Total cost (£)")) == QStringLiteral("83.85"));
    CHECK(summaryValue(QStringLiteral("Possible savings (£)")) == QStringLiteral("41600.00"));
    // The aim labels contain commas? No, but the savings note does: quoted and read back whole.
    bool noteFound = false;
    for (const QStringList& r : rows)
        noteFound = noteFound || (r.size() == 1 && r[0] == liftSavingsAssumption());
    CHECK(noteFound);
    int aimRows = -1;
    for (size_t i = 0; i < rows.size(); ++i)
        if (rows[i] == QStringList{QStringLiteral("By aim")})
            aimRows = int(i);
    REQUIRE(aimRows > 0);
    CHECK(rows[size_t(aimRows) + 2].size() == rows[size_t(aimRows) + 1].size());
    CHECK(rows[size_t(aimRows) + 2][1] == QStringLiteral("3")); // aim 1: three referrals

    CHECK(csvField(QStringLiteral("a,b"), true) == QStringLiteral("\"a,b\""));
    CHECK(csvField(QStringLiteral("say \"hi\""), true) == QStringLiteral("\"say \"\"hi\"\"\""));
    CHECK(csvField(QStringLiteral("=SUM(A1)"), true) == QStringLiteral("'=SUM(A1)"));
    CHECK(csvField(QStringLiteral("-12.5"), false) == QStringLiteral("-12.5"));
}

TEST_CASE("LIFT statistics as XLSX: a valid zip with a sheet per section, money as pound-formatted numbers",
          "[lift]") {
    test::TestDatabase t;
    test::makeLiftStatsData(t.db());
    const LiftStatistics s = statsFor(t.db());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lift.xlsx"));
    REQUIRE(writeLiftStatisticsXlsx(s, path).isOk());
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".partial")));

    const auto workbook = test::zipEntry(path, "xl/workbook.xml");
    for (const char* sheet : {"Summary", "By aim", "By locality", "Referrals", "Mentors", "Notes"})
        CHECK(workbook.contains(QByteArray("name=\"") + sheet + "\""));
    CHECK(test::zipEntry(path, "xl/styles.xml").contains("\xC2\xA3#,##0.00"));
    const QByteArray strings = test::zipEntry(path, "xl/sharedStrings.xml");
    CHECK(strings.contains("Gwen Halloway"));
    CHECK(strings.contains("Total cost (\xC2\xA3)"));
    // Numbers are numbers: the total cost 83.85 and the savings 41600 as cell values.
    const QByteArray summary = test::zipEntry(path, "xl/worksheets/sheet1.xml");
    // libxlsxwriter writes 16 significant digits: 83.85 is stored as 83.84999999999999, which is
    // the same double.
    auto hasValue = [&summary](double expected) {
        static const QRegularExpression value(QStringLiteral("<v>([^<]*)</v>"));
        for (const auto& m : value.globalMatch(QString::fromUtf8(summary)))
            if (qAbs(m.captured(1).toDouble() - expected) < 1e-9)
                return true;
        return false;
    };
    CHECK(hasValue(83.85));
    CHECK(hasValue(11.17));
    CHECK(summary.contains("<v>41600</v>"));
    CHECK(summary.contains("<v>7</v>"));
    // The By aim sheet has a header and the 5 aims.
    const QByteArray aims = test::zipEntry(path, "xl/worksheets/sheet2.xml");
    CHECK(aims.count("<row ") == 6);
}
