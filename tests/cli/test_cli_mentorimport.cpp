// waymark-cli import-mentors, run as a separate process. All names are invented.
#include "cli/clirunner.h"
#include "support/testdatabase.h"
#include "support/xlsxfixture.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace waymark;

namespace {

const QString kCoordinatorPassword = QStringLiteral("cora's own passphrase");

// A database with two SSWs and a LIFT coordinator account, "cora.coord".
struct Setup {
    QTemporaryDir dir;
    QString db;

    Setup() {
        db = dir.filePath(QStringLiteral("w.db"));
        REQUIRE(test::runCli({QStringLiteral("init"), QStringLiteral("--database"), db}).exitCode == 0);
        qint64 coordinator = 0;
        {
            auto session = test::signInOrFail(db);
            session.db->setAccount(test::testManager());
            const QString team = QStringLiteral("Fostering North");
            test::makeWorker(*session.db, QStringLiteral("Sam Supervisor"), team,
                             QStringLiteral("supervising_social_worker"));
            test::makeWorker(*session.db, QStringLiteral("Ola Other"), team,
                             QStringLiteral("supervising_social_worker"));
            coordinator = test::makeWorker(*session.db, QStringLiteral("Cora Ordinator"), team,
                                           QStringLiteral("coordinator"))
                              .id;
        }
        QProcessEnvironment adding = test::cliEnvironment();
        adding.insert(QStringLiteral("WAYMARK_NEW_PASSWORD"), kCoordinatorPassword);
        const auto add =
            test::runCli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("cora.coord"),
                          QStringLiteral("--role"), QStringLiteral("coordinator"), QStringLiteral("--team"),
                          QStringLiteral("Fostering North"), QStringLiteral("--worker"),
                          QString::number(coordinator), QStringLiteral("--database"), db},
                         adding);
        INFO(add.err.toStdString());
        REQUIRE(add.exitCode == 0);
    }

    test::CliRun import(const QString& file, const QStringList& extra = {}) {
        return test::runCli(
            QStringList{QStringLiteral("import-mentors"), file, QStringLiteral("--database"), db} + extra,
            test::signedInAs(QStringLiteral("cora.coord"), kCoordinatorPassword));
    }

    QString write(const QString& name, const QByteArray& content) {
        const QString path = dir.filePath(name);
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(content);
        return path;
    }

    qint64 count(const QString& table) {
        auto session = test::signInOrFail(db);
        QSqlQuery q(session.db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }
};

const QByteArray kGood = "Name,SSW,Support offered,Hours per week,Postcode,Code word\n"
                         "Ada Fairweather,Sam Supervisor,day respite,6,LE1 6ZG,Bluebell-Seven\n"
                         "Cal Greenhill,Ola Other,\"boundaries; routines and organisation\",7.5,M1 1AE,\n";

} // namespace

TEST_CASE("import-mentors: a good CSV is imported, with its code words, and names no one") {
    Setup s;
    const auto run = s.import(s.write(QStringLiteral("mentors.csv"), kGood));
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("2 row(s) read: 2 mentor(s) ready to import, 0 error(s).")));
    CHECK(run.out.contains(QStringLiteral("Imported 2 mentor(s) into")));
    CHECK(run.out.contains(QStringLiteral("1 code word(s) set.")));
    for (const QString& secret :
         {QStringLiteral("Ada"), QStringLiteral("Greenhill"), QStringLiteral("Bluebell")})
        CHECK_FALSE((run.out + run.err).contains(secret));
    CHECK(s.count(QStringLiteral("lift_mentors")) == 2);
    CHECK(s.count(QStringLiteral("lift_code_words")) == 1);
}

TEST_CASE("import-mentors: a good XLSX is imported") {
    Setup s;
    const QString path = s.dir.filePath(QStringLiteral("mentors.xlsx"));
    test::writeXlsx(path,
                    {{QStringLiteral("Foster carer"), QStringLiteral("Supervising social worker"),
                      QStringLiteral("Hours"), QStringLiteral("Notes from 2019")},
                     {QStringLiteral("Kit Lane"), QStringLiteral("ola other"), 6, QStringLiteral("old")},
                     {QStringLiteral("Lou Heath"), QVariant(), 4.5}});
    const auto run = s.import(path);
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Columns not imported: D (Notes from 2019)")));
    CHECK(run.out.contains(QStringLiteral("Imported 2 mentor(s)")));
    CHECK(s.count(QStringLiteral("lift_mentors")) == 2);
}

TEST_CASE("import-mentors: a file with errors prints each and writes nothing") {
    Setup s;
    const auto run =
        s.import(s.write(QStringLiteral("bad.csv"), kGood + "Dee Marsh,Nobody Known,,99,NOTAPOSTCODE,\n"));
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(
        run.out.contains(QStringLiteral("error: Row 4, column B (SSW): No worker in Waymark has this name")));
    CHECK(run.out.contains(
        QStringLiteral("error: Row 4, column D (Hours per week): Hours available each week")));
    CHECK(run.out.contains(
        QStringLiteral("error: Row 4, column E (Postcode): This does not look like a UK postcode")));
    CHECK(run.err.contains(QStringLiteral("has errors. Nothing was imported.")));
    CHECK_FALSE(run.out.contains(QStringLiteral("Nobody Known")));
    CHECK(s.count(QStringLiteral("lift_mentors")) == 0);
}

TEST_CASE("import-mentors: a dry run writes nothing") {
    Setup s;
    const auto run = s.import(s.write(QStringLiteral("mentors.csv"), kGood), {QStringLiteral("--dry-run")});
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("2 mentor(s) ready to import")));
    CHECK(run.out.contains(QStringLiteral("Dry run: nothing was written.")));
    CHECK(s.count(QStringLiteral("lift_mentors")) == 0);
    CHECK(s.count(QStringLiteral("lift_code_words")) == 0);
}

TEST_CASE("import-mentors: the command line and the account are checked") {
    Setup s;
    const QString file = s.write(QStringLiteral("mentors.csv"), kGood);
    CHECK(test::runCli({QStringLiteral("import-mentors"), QStringLiteral("--database"), s.db}).exitCode == 2);
    CHECK(s.import(s.dir.filePath(QStringLiteral("missing.csv"))).exitCode == 1);
    // The administrator manages accounts, not mentors.
    const auto admin =
        test::runCli({QStringLiteral("import-mentors"), file, QStringLiteral("--database"), s.db});
    CHECK(admin.exitCode == 1);
    CHECK(admin.out.contains(QStringLiteral("LIFT mentors")));
    CHECK(s.count(QStringLiteral("lift_mentors")) == 0);
}
