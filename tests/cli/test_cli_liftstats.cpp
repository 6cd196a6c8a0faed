// waymark-cli lift-stats, run as a process on the fictional data set of tests/support/liftstatsdata.h
// (figures worked by hand in tests/core/test_liftstatistics.cpp).
#include "cli/clirunner.h"
#include "support/csvparse.h"
#include "support/liftstatsdata.h"
#include "support/testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace waymark;

namespace {

const QString kCoordinator = QStringLiteral("lift.coordinator");
const QString kCoordinatorPassword = QStringLiteral("a coordinator's passphrase");

// An encrypted database holding the data set, with a LIFT coordinator account.
QString makeDatabase(const QTemporaryDir& dir) {
    const QString path = dir.filePath(QStringLiteral("lift.db"));
    const test::CliRun init = test::runCli({QStringLiteral("init"), QStringLiteral("--database"), path});
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    {
        auto session = test::signInOrFail(path);
        session.db->setClock([] { return QDateTime(test::fixedToday(), QTime(12, 0), Qt::UTC); });
        session.db->setAccount(test::testManager()); // an administrator cannot write family records
        test::makeLiftStatsData(*session.db);
    }
    QProcessEnvironment adding = test::cliEnvironment();
    adding.insert(QStringLiteral("WAYMARK_NEW_PASSWORD"), kCoordinatorPassword);
    const test::CliRun add =
        test::runCli({QStringLiteral("users"), QStringLiteral("add"), kCoordinator, QStringLiteral("--role"),
                      QStringLiteral("coordinator"), QStringLiteral("--team"), QStringLiteral("LIFT"),
                      QStringLiteral("--database"), path},
                     adding);
    INFO(add.err.toStdString());
    REQUIRE(add.exitCode == 0);
    return path;
}

test::CliRun liftStats(const QString& path, QStringList args) {
    args.prepend(QStringLiteral("lift-stats"));
    args << QStringLiteral("--database") << path;
    return test::runCli(args, test::signedInAs(kCoordinator, kCoordinatorPassword));
}

QByteArray readAll(const QString& path) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

} // namespace

TEST_CASE("lift-stats writes the statistics as JSON, CSV and XLSX") {
    QTemporaryDir dir;
    const QString path = makeDatabase(dir);
    const QStringList range = {QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"),
                               QStringLiteral("2026-06-30")};

    const test::CliRun json =
        liftStats(path, range + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    INFO(json.err.toStdString());
    REQUIRE(json.exitCode == 0);
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    const QJsonObject summary = root.value(QStringLiteral("summary")).toObject();
    CHECK(summary.value(QStringLiteral("referrals")).toInt() == 7);
    CHECK(summary.value(QStringLiteral("familiesAchieved")).toInt() == 3);
    CHECK(summary.value(QStringLiteral("costPence")).toInteger() == 8385);
    CHECK(summary.value(QStringLiteral("savingsPence")).toInteger() == 4160000);
    CHECK(root.value(QStringLiteral("byAim")).toArray().size() == 5);
    CHECK(root.value(QStringLiteral("from")).toString() == QStringLiteral("2026-01-01"));
    // Families appear by record number only: no family name in the report.
    CHECK_FALSE(json.out.contains(QStringLiteral("Amberley")));

    const test::CliRun rehab =
        liftStats(path, range + QStringList{QStringLiteral("--format"), QStringLiteral("json"),
                                            QStringLiteral("--aim"), QStringLiteral("rehabilitation_home")});
    REQUIRE(rehab.exitCode == 0);
    CHECK(QJsonDocument::fromJson(rehab.out.toUtf8())
              .object()
              .value(QStringLiteral("summary"))
              .toObject()
              .value(QStringLiteral("referrals"))
              .toInt() == 3);

    const QString csvPath = dir.filePath(QStringLiteral("lift.csv"));
    const test::CliRun csv =
        liftStats(path, range + QStringList{QStringLiteral("--format"), QStringLiteral("csv"),
                                            QStringLiteral("--output"), csvPath});
    INFO(csv.err.toStdString());
    REQUIRE(csv.exitCode == 0);
    const QByteArray bytes = readAll(csvPath);
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const auto rows = test::parseCsv(QString::fromUtf8(bytes.mid(3)));
    bool found = false;
    for (const QStringList& r : rows)
        found = found || r == QStringList{QStringLiteral("Total cost (£)"), QStringLiteral("83.85")};
    CHECK(found);

    const test::CliRun csvOut =
        liftStats(path, range + QStringList{QStringLiteral("--format"), QStringLiteral("csv")});
    REQUIRE(csvOut.exitCode == 0);
    CHECK(csvOut.out.contains(QStringLiteral("Total cost (£),83.85")));

    const QString xlsxPath = dir.filePath(QStringLiteral("lift.xlsx"));
    const test::CliRun xlsx =
        liftStats(path, range + QStringList{QStringLiteral("--format"), QStringLiteral("xlsx"),
                                            QStringLiteral("--output"), xlsxPath});
    INFO(xlsx.err.toStdString());
    REQUIRE(xlsx.exitCode == 0);
    CHECK(readAll(xlsxPath).startsWith("PK\x03\x04")); // a zip; its sheets are checked in the core tests
}

TEST_CASE("lift-stats refuses a wrong command line with exit code 2 and says why") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("none.db"));
    auto run = [&](const QStringList& args) {
        return liftStats(path, args);
    };
    const QString from = QStringLiteral("--from"), to = QStringLiteral("--to"),
                  format = QStringLiteral("--format");

    test::CliRun r = run({to, QStringLiteral("2026-06-30"), format, QStringLiteral("json")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("--from")));
    r = run({from, QStringLiteral("31/01/2026"), to, QStringLiteral("2026-06-30"), format,
             QStringLiteral("json")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("--from: expected a date as YYYY-MM-DD")));
    r = run({from, QStringLiteral("2026-01-01"), to, QStringLiteral("2026-02-30"), format,
             QStringLiteral("json")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("--to")));
    r = run({from, QStringLiteral("2026-06-01"), to, QStringLiteral("2026-01-01"), format,
             QStringLiteral("json")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("before")));
    r = run({from, QStringLiteral("2026-01-01"), to, QStringLiteral("2026-06-30"), format,
             QStringLiteral("pdf")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("json, csv or xlsx")));
    r = run({from, QStringLiteral("2026-01-01"), to, QStringLiteral("2026-06-30"), format,
             QStringLiteral("xlsx")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("--output")));
    r = run({from, QStringLiteral("2026-01-01"), to, QStringLiteral("2026-06-30"), format,
             QStringLiteral("json"), QStringLiteral("--aim"), QStringLiteral("world_peace")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("rehabilitation_home")));
    // None of these got as far as the database.
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("lift-stats needs an account that works with cases") {
    QTemporaryDir dir;
    const QString path = makeDatabase(dir);
    const test::CliRun r =
        test::runCli({QStringLiteral("lift-stats"), QStringLiteral("--from"), QStringLiteral("2026-01-01"),
                      QStringLiteral("--to"), QStringLiteral("2026-06-30"), QStringLiteral("--format"),
                      QStringLiteral("json"), QStringLiteral("--database"), path});
    CHECK(r.exitCode == 1); // the administrator sees no family records
    CHECK(r.out.isEmpty());
    CHECK_FALSE(r.err.isEmpty());
}
