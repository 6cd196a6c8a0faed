#include "cli/clirunner.h"
#include "storage/database.h"
#include "storage/familyrepository.h"
#include "support/testdatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace waymark;

namespace {

using Run = test::CliRun;

Run cli(const QStringList& args, const QProcessEnvironment& env = test::cliEnvironment()) {
    return test::runCli(args, env);
}

QByteArray readFile(const QString& path) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QJsonObject withoutExportTime(const QByteArray& json) {
    QJsonObject o = QJsonDocument::fromJson(json).object();
    o.remove(QStringLiteral("exportedAt"));
    return o;
}

} // namespace

TEST_CASE("the version, and clear usage errors with exit code 2") {
    const Run version = cli({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.contains(QStringLiteral(WAYMARK_VERSION)));

    const Run nothing = cli({});
    CHECK(nothing.exitCode == 2);
    CHECK(nothing.err.contains(QStringLiteral("no command")));

    const Run unknown =
        cli({QStringLiteral("frobnicate"), QStringLiteral("--database"), QStringLiteral("/tmp/x.db")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("unknown command")));

    const Run badOption = cli({QStringLiteral("init"), QStringLiteral("--colour")});
    CHECK(badOption.exitCode == 2);

    QTemporaryDir dir;
    const Run badSeed =
        cli({QStringLiteral("demo-data"), QStringLiteral("--database"), dir.filePath(QStringLiteral("d.db")),
             QStringLiteral("--seed"), QStringLiteral("many")});
    CHECK(badSeed.exitCode == 2);
    CHECK(badSeed.err.contains(QStringLiteral("--seed")));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("d.db"))));
}

TEST_CASE("without --database the CLI uses the same default file as the GUI") {
    QTemporaryDir home;
    QProcessEnvironment env = test::cliEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
    const Run init = cli({QStringLiteral("init")}, env);
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    CHECK(QFile::exists(home.filePath(QStringLiteral("Waymark/waymark/waymark.db"))));
}

TEST_CASE("init, check, demo-data, export and import: a lossless round trip between two files") {
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.db"));
    const QString b = dir.filePath(QStringLiteral("b.db"));
    const QString exportA = dir.filePath(QStringLiteral("a.json"));

    const Run init = cli({QStringLiteral("init"), QStringLiteral("--database"), a});
    REQUIRE(init.exitCode == 0);
    CHECK(init.out.contains(QStringLiteral("Created")));

    const Run demo =
        cli({QStringLiteral("demo-data"), QStringLiteral("--database"), a, QStringLiteral("--seed"),
             QStringLiteral("11"), QStringLiteral("--families"), QStringLiteral("25")});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    CHECK(demo.out.contains(QStringLiteral("25 families")));

    const Run check = cli({QStringLiteral("check"), QStringLiteral("--database"), a});
    REQUIRE(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("Integrity: ok")));
    CHECK(check.out.contains(QStringLiteral("Schema version: %1").arg(Database::latestSchemaVersion())));
    CHECK(check.out.contains(QStringLiteral("DEMO")));
    CHECK(check.out.contains(QStringLiteral("Families: 25")));

    REQUIRE(cli({QStringLiteral("export"), QStringLiteral("--database"), a, QStringLiteral("--format"),
                 QStringLiteral("json"), QStringLiteral("--output"), exportA})
                .exitCode == 0);
    const Run import = cli({QStringLiteral("import"), exportA, QStringLiteral("--database"), b});
    INFO(import.err.toStdString());
    REQUIRE(import.exitCode == 0);
    // To standard output this time, as a scheduled job would pipe it.
    const Run exported = cli({QStringLiteral("export"), QStringLiteral("--database"), b,
                              QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(exported.exitCode == 0);
    const QJsonObject first = withoutExportTime(readFile(exportA));
    CHECK(first.value(QStringLiteral("families")).toArray().size() == 25);
    CHECK(first == withoutExportTime(exported.out.toUtf8()));
}

TEST_CASE("a bad import file gives the path of the first bad field and leaves the database unchanged") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("target.db"));
    REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--database"), db}).exitCode == 0);
    REQUIRE(cli({QStringLiteral("check"), QStringLiteral("--database"), db}).exitCode == 0);

    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    QFile f(bad);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(R"({"format":"waymark-export","formatVersion":1,"schemaVersion":3,"demo":false,
               "workers":[],"people":[{"id":1,"familyName":"Ash","dateOfBirth":"2019-02-31"}],
               "families":[],"involvements":[],"caseNotes":[],"drafts":[]})");
    f.close();
    const Run run = cli({QStringLiteral("import"), bad, QStringLiteral("--database"), db});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("$.people[0].dateOfBirth")));
    CHECK(run.err.contains(QStringLiteral("Nothing was imported")));
    {
        auto opened = test::signInOrFail(db);
        QSqlQuery q(opened.db->connection());
        REQUIRE(
            q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM people) + (SELECT COUNT(*) FROM families)")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 0);
    }

    const Run missing = cli({QStringLiteral("import"), dir.filePath(QStringLiteral("nope.json")),
                             QStringLiteral("--database"), db});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("nope.json")));
}

TEST_CASE("demo data is never mixed into real records") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("real.db"));
    REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--database"), path}).exitCode == 0);
    {
        auto session = test::signInOrFail(path);
        session.db->setAccount(test::testManager()); // an administrator cannot write family records
        test::makeFamily(*session.db, QStringLiteral("Realperson"));
    }
    const Run run = cli({QStringLiteral("demo-data"), QStringLiteral("--database"), path});
    CHECK(run.exitCode == 1);
    CHECK_FALSE(run.err.isEmpty());
    auto session = test::signInOrFail(path);
    CHECK(FamilyRepository(*session.db).count() == 1);
    CHECK_FALSE(session.db->isDemo());
}

TEST_CASE("check refuses a file from a newer Waymark and a file that is not a database") {
    QTemporaryDir dir;
    const QString notDb = dir.filePath(QStringLiteral("notes.txt"));
    QFile f(notDb);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("shopping list\n");
    f.close();
    const Run run = cli({QStringLiteral("check"), QStringLiteral("--database"), notDb});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("key file")));

    const Run missing =
        cli({QStringLiteral("check"), QStringLiteral("--database"), dir.filePath(QStringLiteral("none.db"))});
    CHECK(missing.exitCode == 1);
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("none.db"))));
}

TEST_CASE("workdays add and count need no database and follow the contract") {
    QTemporaryDir home; // prove no default database is created or needed, and no sign-in
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("WAYMARK_USER"));
    env.remove(QStringLiteral("WAYMARK_PASSWORD"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
    auto line = [&](const QStringList& args) {
        const Run r = cli(args, env);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return r.out.trimmed();
    };
    const QString w = QStringLiteral("workdays");
    const QString add = QStringLiteral("add");
    const QString count = QStringLiteral("count");
    CHECK(line({w, add, QStringLiteral("2026-12-18"), QStringLiteral("10")}) == QStringLiteral("2027-01-06"));
    CHECK(line({w, add, QStringLiteral("2026-04-07"), QStringLiteral("-3")}) == QStringLiteral("2026-03-31"));
    CHECK(line({w, add, QStringLiteral("2026-11-21"), QStringLiteral("0")}) == QStringLiteral("2026-11-21"));
    CHECK(line({w, count, QStringLiteral("2026-12-18"), QStringLiteral("2027-01-06")}) ==
          QStringLiteral("10"));
    CHECK(line({w, count, QStringLiteral("2027-01-06"), QStringLiteral("2026-12-18")}) ==
          QStringLiteral("-10"));
    CHECK(line({w, add, QStringLiteral("2026-12-18"), QStringLiteral("10"), QStringLiteral("--division"),
                QStringLiteral("scotland")}) == QStringLiteral("2027-01-07"));
    CHECK(QDir(home.path()).isEmpty());

    const Run badDate = cli({w, add, QStringLiteral("2026-02-30"), QStringLiteral("1")}, env);
    CHECK(badDate.exitCode == 2);
    CHECK(badDate.err.contains(QStringLiteral("2026-02-30")));
    const Run badNumber = cli({w, add, QStringLiteral("2026-02-03"), QStringLiteral("ten")}, env);
    CHECK(badNumber.exitCode == 2);
    const Run missing = cli({w, count, QStringLiteral("2026-02-03")}, env);
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(QStringLiteral("usage")));
}
