// The LIFT statistics window, offscreen, on the fictional data set of tests/support/liftstatsdata.h
// (figures worked by hand in tests/core/test_liftstatistics.cpp).
#include "lift/liftstatswindow.h"
#include "support/csvparse.h"
#include "support/liftstatsdata.h"
#include "support/testdatabase.h"
#include "widgets/datefield.h"

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace waymark;

namespace {

QString figure(const LiftStatsWindow& w, const char* key) {
    auto* label = w.findChild<QLabel*>(QStringLiteral("stat_") + QLatin1String(key));
    REQUIRE(label);
    return label->text();
}

} // namespace

TEST_CASE("the LIFT statistics window shows the figures, the chart by aim and the table by locality") {
    test::TestDatabase t;
    test::makeLiftStatsData(t.db());
    LiftStatsWindow w(t.db());
    w.show();
    w.setRange(QDate(2026, 1, 1), QDate(2026, 6, 30));
    w.findChild<QPushButton*>(QStringLiteral("statsShow"))->click();
    REQUIRE(w.statistics().has_value());

    CHECK(figure(w, "referrals") == QStringLiteral("7"));
    CHECK(figure(w, "families") == QStringLiteral("6"));
    CHECK(figure(w, "notAppropriate") == QStringLiteral("1"));
    CHECK(figure(w, "achieved") == QStringLiteral("3"));
    CHECK(figure(w, "notAchieved") == QStringLiteral("2"));
    CHECK(figure(w, "care") == QStringLiteral("1 / 1"));
    CHECK(figure(w, "followUpUnknown") == QStringLiteral("1"));
    CHECK(figure(w, "cost") == QStringLiteral("£83.85"));
    CHECK(figure(w, "costSplit") == QStringLiteral("£62.00 / £11.17 / £10.68"));
    CHECK(figure(w, "savings") == QStringLiteral("£41,600.00 (52 weeks of care avoided)"));
    CHECK(
        w.findChild<QLabel*>(QStringLiteral("statsAssumption"))->text().contains(QStringLiteral("52 weeks")));

    // The chart: three bar sets over the 5 aims, aim 1 last so that it is drawn at the top (aim 1:
    // families A and G, both achieved; aim 2: family E, waiting).
    const auto series = w.chartView()->chart()->series();
    REQUIRE(series.size() == 1);
    auto* bars = qobject_cast<QHorizontalBarSeries*>(series.front());
    REQUIRE(bars);
    REQUIRE(bars->count() == 3);
    CHECK(bars->barSets().at(0)->count() == 5);
    CHECK(bars->barSets().at(0)->at(4) == 2);
    CHECK(bars->barSets().at(1)->at(4) == 2);
    CHECK(bars->barSets().at(0)->at(3) == 1);
    CHECK(bars->barSets().at(1)->at(3) == 0);

    QTableWidget* table = w.localityTable();
    REQUIRE(table->rowCount() == 3);
    CHECK(table->item(0, 0)->text() == QStringLiteral("Burnley"));
    CHECK(table->item(0, 1)->text() == QStringLiteral("3"));
    CHECK(table->item(1, 0)->text() == QStringLiteral("Preston"));
    CHECK(table->item(1, 6)->text() == QStringLiteral("£24.00"));
    CHECK(table->item(2, 0)->text() == QStringLiteral("Not recorded"));

    // Filters.
    w.setLocality(QStringLiteral("Preston"));
    w.refresh();
    CHECK(figure(w, "referrals") == QStringLiteral("3"));
    w.setLocality(QString());
    w.setAim(QStringLiteral("cin_prevent_care"));
    w.refresh();
    CHECK(figure(w, "referrals") == QStringLiteral("1"));
    CHECK(figure(w, "care") == QStringLiteral("1 / 0"));
}

TEST_CASE("the LIFT statistics window exports CSV and XLSX, and refuses a wrong range") {
    test::TestDatabase t;
    test::makeLiftStatsData(t.db());
    LiftStatsWindow w(t.db());
    w.setRange(QDate(2026, 1, 1), QDate(2026, 6, 30));
    w.refresh();
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("stats.csv"));
    REQUIRE(w.exportCsv(csv).isOk());
    QFile csvFile(csv);
    REQUIRE(csvFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = csvFile.readAll();
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const auto rows = test::parseCsv(QString::fromUtf8(bytes.mid(3)));
    CHECK(rows.front() == QStringList{QStringLiteral("Summary")});
    const QString xlsx = dir.filePath(QStringLiteral("stats.xlsx"));
    REQUIRE(w.exportXlsx(xlsx).isOk());
    QFile xlsxFile(xlsx);
    REQUIRE(xlsxFile.open(QIODevice::ReadOnly));
    CHECK(xlsxFile.read(4) == QByteArray("PK\x03\x04"));

    w.setRange(QDate(2026, 6, 30), QDate(2026, 1, 1));
    w.refresh();
    CHECK_FALSE(w.statistics().has_value());
    CHECK(w.findChild<QLabel*>(QStringLiteral("statsProblem"))->text().contains(QStringLiteral("before")));
    CHECK_FALSE(w.findChild<QPushButton*>(QStringLiteral("exportCsv"))->isEnabled());
    CHECK_FALSE(w.exportCsv(csv).isOk());
}

// A picture to look at: WAYMARK_SHOTS=/tmp/shots build/bin/waymark_ui_tests "[.screenshots]"
TEST_CASE("screenshot of the LIFT statistics window", "[.screenshots]") {
    const QString shots = qEnvironmentVariable("WAYMARK_SHOTS");
    REQUIRE_FALSE(shots.isEmpty());
    test::TestDatabase t;
    test::makeLiftStatsData(t.db());
    LiftStatsWindow w(t.db());
    w.setRange(QDate(2026, 1, 1), QDate(2026, 6, 30));
    w.refresh();
    w.show();
    QDir().mkpath(shots);
    REQUIRE(w.grab().save(QDir(shots).filePath(QStringLiteral("lift-statistics.png"))));
}
