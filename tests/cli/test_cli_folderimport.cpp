// waymark-cli import-folder, run as a separate process. All names are invented.
#include "cli/clirunner.h"
#include "domain/family.h"
#include "storage/familyrepository.h"
#include "support/testdatabase.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace waymark;

namespace {

const QString kWorkerPassword = QStringLiteral("tia's own passphrase");

struct Setup {
    QTemporaryDir dir;
    QString db;
    qint64 ashworth = 0;

    Setup() {
        db = dir.filePath(QStringLiteral("w.db"));
        REQUIRE(test::runCli({QStringLiteral("init"), QStringLiteral("--database"), db}).exitCode == 0);
        {
            auto session = test::signInOrFail(db);
            session.db->setAccount(test::testManager());
            Database& d = *session.db;
            Family a;
            a.name = QStringLiteral("Ashworth family");
            a.kinshipStatus = QStringLiteral("none");
            REQUIRE(FamilyRepository(d).save(a).isOk());
            Person jane =
                test::makePerson(QStringLiteral("Jane"), QStringLiteral("Ashworth"), QDate(1990, 1, 1));
            jane.socialCareNumber = QStringLiteral("SU123456");
            REQUIRE(
                FamilyRepository(d).addMember(a.id, jane, {0, QStringLiteral("mother"), true, true}).isOk());
            ashworth = a.id;
            test::makeFamily(d, QStringLiteral("Patel"));
            test::makeFamily(d, QStringLiteral("Patel"));
        }
        QProcessEnvironment adding = test::cliEnvironment();
        adding.insert(QStringLiteral("WAYMARK_NEW_PASSWORD"), kWorkerPassword);
        const auto add =
            test::runCli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("tia.manager"),
                          QStringLiteral("--role"), QStringLiteral("team_manager"), QStringLiteral("--team"),
                          QStringLiteral("North"), QStringLiteral("--database"), db},
                         adding);
        INFO(add.err.toStdString());
        REQUIRE(add.exitCode == 0);
    }

    test::CliRun importFolder(const QStringList& args) {
        return test::runCli(QStringList{QStringLiteral("import-folder")} + args +
                                QStringList{QStringLiteral("--database"), db},
                            test::signedInAs(QStringLiteral("tia.manager"), kWorkerPassword));
    }

    void write(const QString& relative, const QByteArray& content) {
        const QString path = dir.filePath(relative);
        REQUIRE(QDir().mkpath(QFileInfo(path).path()));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(content);
    }

    qint64 documents() {
        auto session = test::signInOrFail(db);
        QSqlQuery q(session.db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM documents")));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }
};

} // namespace

TEST_CASE(
    "import-folder: prints the report; exit 1 while folders are ambiguous or unmatched, 0 once all match",
    "[folderimport]") {
    Setup s;
    s.write(QStringLiteral("drive/ASHWORTH, Jane (SU 123456)/Diary sheet.pdf"), "%PDF-1.4\n% diary\n");
    s.write(QStringLiteral("drive/ASHWORTH, Jane (SU 123456)/empty.pdf"), "");
    s.write(QStringLiteral("drive/Patel family/Letter.pdf"), "%PDF-1.4\n% letter\n");
    s.write(QStringLiteral("drive/Nobody Known/Letter.pdf"), "%PDF-1.4\n% nobody\n");
    const QString drive = s.dir.filePath(QStringLiteral("drive"));

    const auto dry = s.importFolder({drive, QStringLiteral("--dry-run")});
    INFO(dry.out.toStdString() << dry.err.toStdString());
    CHECK(dry.exitCode == 1);
    CHECK(dry.out.contains(QStringLiteral("dry run: nothing was written")));
    CHECK(dry.out.contains(
        QStringLiteral("Folders: 3 (1 matched, 1 ambiguous, 1 unmatched, 0 with no files)")));
    CHECK(dry.out.contains(
        QStringLiteral("ASHWORTH, Jane (SU 123456) -> family %1, Ashworth family").arg(s.ashworth)));
    CHECK(dry.out.contains(QStringLiteral("Patel family: could be families")));
    CHECK(dry.out.contains(QStringLiteral("ASHWORTH, Jane (SU 123456)/empty.pdf: empty (0 bytes)")));
    CHECK(s.documents() == 0);

    const auto run = s.importFolder({drive});
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.out.contains(QStringLiteral("Files: 1 imported")));
    CHECK(s.documents() == 1);

    // With the unclear folders sorted out by hand, a second run files nothing twice and succeeds.
    REQUIRE(QDir(s.dir.filePath(QStringLiteral("drive/Patel family"))).removeRecursively());
    REQUIRE(QDir(s.dir.filePath(QStringLiteral("drive/Nobody Known"))).removeRecursively());
    const auto again = s.importFolder({drive});
    INFO(again.out.toStdString() << again.err.toStdString());
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("0 imported, 1 already filed")));
    CHECK(s.documents() == 1);
}

TEST_CASE("import-folder: no folder, or not a folder, is a usage error", "[folderimport]") {
    Setup s;
    CHECK(s.importFolder({}).exitCode == 2);
    const auto missing = s.importFolder({s.dir.filePath(QStringLiteral("no such folder"))});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(QStringLiteral("is not a folder")));
    const auto help = test::runCli({QStringLiteral("--help")});
    CHECK(help.out.contains(QStringLiteral("import-folder PATH [--dry-run]")));
}
