#include "access/familyrecord.h"
#include "audit/auditlog.h"
#include "cli/clirunner.h"
#include "storage/familyrepository.h"
#include "support/testdatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace waymark;

namespace {

using Run = test::CliRun;

Run cli(const QStringList& args, const QProcessEnvironment& env = test::cliEnvironment()) {
    return test::runCli(args, env);
}

QProcessEnvironment as(const QString& user, const QString& password) {
    return test::signedInAs(user, password);
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content) {
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(content);
    return path;
}

} // namespace

TEST_CASE("init creates the first administrator and prints the recovery key once") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("w.db"));
    const Run init = cli({QStringLiteral("init"), QStringLiteral("--database"), db, QStringLiteral("--name"),
                          QStringLiteral("Test Admin")});
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    static const QRegularExpression key(QStringLiteral("Recovery key \\(shown only now\\): ([0-9A-Z-]{39})"));
    const auto match = key.match(init.out);
    REQUIRE(match.hasMatch());
    CHECK(QFile::exists(db + QStringLiteral(".keys")));
    // A second init signs in and reports, and never prints the key again.
    const Run again = cli({QStringLiteral("init"), QStringLiteral("--database"), db});
    CHECK(again.exitCode == 0);
    CHECK_FALSE(again.out.contains(match.captured(1)));
    CHECK_FALSE(again.out.contains(QStringLiteral("Recovery key")));

    // A too-short password is refused before anything is written.
    const QString other = dir.filePath(QStringLiteral("other.db"));
    const Run weak = cli({QStringLiteral("init"), QStringLiteral("--database"), other},
                         as(QStringLiteral("someone"), QStringLiteral("short")));
    CHECK(weak.exitCode == 1);
    CHECK(weak.err.contains(QStringLiteral("at least 10 characters")));
    CHECK_FALSE(QFile::exists(other));
}

TEST_CASE("the command line signs in like the GUI: no credentials, wrong password, password file") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("w.db"));
    REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--database"), db}).exitCode == 0);

    QProcessEnvironment none = QProcessEnvironment::systemEnvironment();
    none.remove(QStringLiteral("WAYMARK_USER"));
    none.remove(QStringLiteral("WAYMARK_PASSWORD"));
    const Run anonymous = cli({QStringLiteral("check"), QStringLiteral("--database"), db}, none);
    CHECK(anonymous.exitCode == 1);
    CHECK(anonymous.err.contains(QStringLiteral("WAYMARK_USER")));
    CHECK_FALSE(anonymous.out.contains(QStringLiteral("Families")));

    const Run wrong = cli({QStringLiteral("check"), QStringLiteral("--database"), db},
                          as(test::adminUser(), QStringLiteral("not the password")));
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.contains(QStringLiteral("not right")));

    const QString passwordFile = writeFile(dir, QStringLiteral("pw"), test::adminPassword().toUtf8() + "\n");
    const Run fromFile =
        cli({QStringLiteral("check"), QStringLiteral("--database"), db, QStringLiteral("--user"),
             test::adminUser(), QStringLiteral("--password-file"), passwordFile},
            none);
    INFO(fromFile.err.toStdString());
    CHECK(fromFile.exitCode == 0);
    CHECK(fromFile.out.contains(QStringLiteral("Encrypted: yes")));
}

TEST_CASE("users: an administrator adds a worker, the worker cannot manage accounts or export everything") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("w.db"));
    REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--database"), db}).exitCode == 0);
    QProcessEnvironment adding = test::cliEnvironment();
    adding.insert(QStringLiteral("WAYMARK_NEW_PASSWORD"), QStringLiteral("bea's own passphrase"));
    const Run add =
        cli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("bea.worker"),
             QStringLiteral("--role"), QStringLiteral("family_support_worker"), QStringLiteral("--team"),
             QStringLiteral("Blaby Early Help"), QStringLiteral("--name"), QStringLiteral("Bea Worker"),
             QStringLiteral("--database"), db},
            adding);
    INFO(add.err.toStdString());
    REQUIRE(add.exitCode == 0);
    const Run list = cli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--database"), db});
    CHECK(list.out.contains(QStringLiteral("bea.worker\tfamily_support_worker\tBlaby Early Help\tactive")));

    const auto bea = as(QStringLiteral("bea.worker"), QStringLiteral("bea's own passphrase"));
    CHECK(cli({QStringLiteral("check"), QStringLiteral("--database"), db}, bea).exitCode == 0);
    const Run exported = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                              QStringLiteral("--database"), db},
                             bea);
    CHECK(exported.exitCode == 1);
    CHECK(exported.err.contains(QStringLiteral("Only an administrator or a team manager can export")));
    CHECK(exported.out.isEmpty());
    const Run sneaky =
        cli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--database"), db}, bea);
    CHECK(sneaky.exitCode == 1);
    CHECK(sneaky.err.contains(QStringLiteral("Only an administrator can manage accounts")));

    const Run badRole =
        cli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("cy"), QStringLiteral("--role"),
             QStringLiteral("wizard"), QStringLiteral("--database"), db},
            adding);
    CHECK(badRole.exitCode == 2);
    CHECK(badRole.err.contains(QStringLiteral("team_manager")));

    // Disabled: can no longer sign in.
    REQUIRE(cli({QStringLiteral("users"), QStringLiteral("disable"), QStringLiteral("bea.worker"),
                 QStringLiteral("--database"), db})
                .exitCode == 0);
    CHECK(cli({QStringLiteral("check"), QStringLiteral("--database"), db}, bea).exitCode == 1);
}

TEST_CASE("a forgotten administrator password is reset with the recovery key file") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("w.db"));
    const Run init = cli({QStringLiteral("init"), QStringLiteral("--database"), db});
    REQUIRE(init.exitCode == 0);
    static const QRegularExpression key(QStringLiteral("Recovery key \\(shown only now\\): ([0-9A-Z-]{39})"));
    const QString recovery = key.match(init.out).captured(1);
    REQUIRE_FALSE(recovery.isEmpty());
    const QString keyFile = writeFile(dir, QStringLiteral("recovery.txt"), recovery.toUtf8() + "\n");

    QProcessEnvironment forgot = as(test::adminUser(), QStringLiteral("I forgot it entirely"));
    forgot.insert(QStringLiteral("WAYMARK_NEW_PASSWORD"), QStringLiteral("remembered this time"));
    const Run reset = cli({QStringLiteral("users"), QStringLiteral("reset-password"), test::adminUser(),
                           QStringLiteral("--recovery-key-file"), keyFile, QStringLiteral("--database"), db},
                          forgot);
    INFO(reset.err.toStdString());
    REQUIRE(reset.exitCode == 0);
    CHECK(cli({QStringLiteral("check"), QStringLiteral("--database"), db},
              as(test::adminUser(), QStringLiteral("remembered this time")))
              .exitCode == 0);
    CHECK(cli({QStringLiteral("check"), QStringLiteral("--database"), db}).exitCode == 1);

    const QString wrongKey =
        writeFile(dir, QStringLiteral("wrong.txt"), "0000-0000-0000-0000-0000-0000-0000-0000\n");
    const Run bad = cli({QStringLiteral("users"), QStringLiteral("reset-password"), test::adminUser(),
                         QStringLiteral("--recovery-key-file"), wrongKey, QStringLiteral("--database"), db},
                        forgot);
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(QStringLiteral("not this database's recovery key")));
}

TEST_CASE("rekey, backup and restore from the command line") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("w.db"));
    REQUIRE(cli({QStringLiteral("demo-data"), QStringLiteral("--families"), QStringLiteral("6"),
                 QStringLiteral("--database"), db})
                .exitCode == 0);
    const QString backup = dir.filePath(QStringLiteral("copy.db"));
    const Run backedUp =
        cli({QStringLiteral("backup"), QStringLiteral("--output"), backup, QStringLiteral("--database"), db});
    INFO(backedUp.err.toStdString());
    REQUIRE(backedUp.exitCode == 0);
    CHECK(QFile::exists(backup + QStringLiteral(".keys")));

    const Run rekey = cli({QStringLiteral("rekey"), QStringLiteral("--database"), db});
    INFO(rekey.err.toStdString());
    REQUIRE(rekey.exitCode == 0);
    const Run check = cli({QStringLiteral("check"), QStringLiteral("--database"), db});
    CHECK(check.out.contains(QStringLiteral("Families: 6")));

    // A demo account (made with the administrator's password) cannot restore.
    const Run notAllowed = cli({QStringLiteral("restore"), backup, QStringLiteral("--database"), db},
                               as(QStringLiteral("claire.pennington"), test::adminPassword()));
    CHECK(notAllowed.exitCode == 1);
    CHECK(notAllowed.err.contains(QStringLiteral("Only an administrator can restore")));

    const Run restore = cli({QStringLiteral("restore"), backup, QStringLiteral("--database"), db});
    INFO(restore.err.toStdString());
    REQUIRE(restore.exitCode == 0);
    CHECK(restore.out.contains(QStringLiteral("kept as")));
    CHECK(cli({QStringLiteral("check"), QStringLiteral("--database"), db})
              .out.contains(QStringLiteral("Families: 6")));
}

TEST_CASE("check on a damaged database fails and points at the latest backup") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("w.db"));
    REQUIRE(cli({QStringLiteral("demo-data"), QStringLiteral("--families"), QStringLiteral("40"),
                 QStringLiteral("--database"), db})
                .exitCode == 0);
    REQUIRE(cli({QStringLiteral("backup"), QStringLiteral("--database"), db}).exitCode == 0);
    {
        QFile f(db);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.size() > 20 * 4096);
        f.seek(f.size() / 2 + 200);
        f.write(QByteArray(300, 'z'));
    }
    const Run check = cli({QStringLiteral("check"), QStringLiteral("--database"), db});
    CHECK(check.exitCode == 1);
    CHECK(check.err.contains(QStringLiteral("waymark-cli restore")));
    CHECK(check.err.contains(QStringLiteral("backups")));
}

TEST_CASE(
    "audit verify from the command line finds a removed entry, and a manager sees who viewed a family") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("w.db"));
    REQUIRE(cli({QStringLiteral("demo-data"), QStringLiteral("--families"), QStringLiteral("8"),
                 QStringLiteral("--database"), db})
                .exitCode == 0);
    const Run clean =
        cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--database"), db});
    INFO(clean.err.toStdString());
    REQUIRE(clean.exitCode == 0);
    CHECK(clean.out.contains(QStringLiteral("chain intact")));

    // Helen, a demo team manager, opens one of her team's families; the record shows it.
    const auto helen = as(QStringLiteral("helen.rowbotham"), test::adminPassword());
    qint64 familyId = 0;
    {
        auto session = test::signInOrFail(db, QStringLiteral("helen.rowbotham"), test::adminPassword());
        CaseListQuery query;
        const auto page = FamilyRepository(*session.db).search(query);
        REQUIRE_FALSE(page.rows.empty());
        familyId = page.rows.front().familyId;
        REQUIRE(viewFamily(*session.db, familyId).isOk());
    }
    const Run viewed = cli({QStringLiteral("audit"), QStringLiteral("family"), QString::number(familyId),
                            QStringLiteral("--database"), db},
                           helen);
    INFO(viewed.err.toStdString());
    REQUIRE(viewed.exitCode == 0);
    CHECK(viewed.out.contains(QStringLiteral("helen.rowbotham\tview\tfamilies")));
    // A family support worker may not see that history.
    const Run refused = cli({QStringLiteral("audit"), QStringLiteral("family"), QString::number(familyId),
                             QStringLiteral("--database"), db},
                            as(QStringLiteral("claire.pennington"), test::adminPassword()));
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("Only a team manager")));

    // Tampering: someone with the database key removes the protection and deletes an entry.
    {
        auto session = test::signInOrFail(db);
        QSqlQuery q(session.db->connection());
        REQUIRE(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")));
        REQUIRE(q.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 2")));
    }
    const Run tampered =
        cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--database"), db});
    CHECK(tampered.exitCode == 1);
    CHECK(tampered.err.contains(QStringLiteral("tampered")));
    CHECK(tampered.err.contains(QStringLiteral("Entry 3")));
}

TEST_CASE("a subject access request gives JSON and a paginated PDF with third parties flagged, for an "
          "administrator only") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("w.db"));
    REQUIRE(cli({QStringLiteral("demo-data"), QStringLiteral("--families"), QStringLiteral("10"),
                 QStringLiteral("--database"), db})
                .exitCode == 0);
    // Person 2 is a child in the first demo family, which has other members.
    const QString out = dir.filePath(QStringLiteral("sar"));
    const Run refused = cli({QStringLiteral("sar"), QStringLiteral("2"), QStringLiteral("--output-dir"), out,
                             QStringLiteral("--database"), db},
                            as(QStringLiteral("helen.rowbotham"), test::adminPassword()));
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("Only an administrator can answer a subject access request")));

    const Run sar = cli({QStringLiteral("sar"), QStringLiteral("2"), QStringLiteral("--output-dir"), out,
                         QStringLiteral("--database"), db});
    INFO(sar.err.toStdString());
    REQUIRE(sar.exitCode == 0);
    const QStringList files = QDir(out).entryList(QDir::Files, QDir::Name);
    REQUIRE(files.size() == 2);
    QFile json(QDir(out).filePath(files.at(0)));
    REQUIRE(json.open(QIODevice::ReadOnly));
    const QJsonObject report = QJsonDocument::fromJson(json.readAll()).object();
    CHECK(report.value(QStringLiteral("person")).toObject().value(QStringLiteral("id")).toInt() == 2);
    CHECK_FALSE(report.value(QStringLiteral("families")).toArray().isEmpty());
    CHECK_FALSE(report.value(QStringLiteral("thirdParties")).toArray().isEmpty());
    QFile pdf(QDir(out).filePath(files.at(1)));
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    CHECK(bytes.startsWith("%PDF"));
    CHECK(bytes.count("/Type /Page\n") + bytes.count("/Type /Page\r") + bytes.count("/Type /Page ") >= 1);

    // The request is in the audit trail.
    auto session = test::signInOrFail(db);
    audit::Filter filter;
    filter.actions = {QStringLiteral("export")};
    const auto entries = audit::entries(*session.db, filter);
    REQUIRE_FALSE(entries.empty());
    CHECK(entries.front().entity == QStringLiteral("people"));
    CHECK(entries.front().entityId == 2);
}

TEST_CASE("retention from the command line: an administrator lists, a worker may not") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("w.db"));
    REQUIRE(cli({QStringLiteral("demo-data"), QStringLiteral("--families"), QStringLiteral("30"),
                 QStringLiteral("--database"), db})
                .exitCode == 0);
    const Run list = cli({QStringLiteral("retention"), QStringLiteral("--database"), db});
    INFO(list.err.toStdString());
    REQUIRE(list.exitCode == 0);
    CHECK(list.out.contains(QStringLiteral("Retention period: 6 years")));
    const Run years = cli({QStringLiteral("retention"), QStringLiteral("set-years"), QStringLiteral("1"),
                           QStringLiteral("--database"), db});
    CHECK(years.exitCode == 0);
    const Run noReason = cli({QStringLiteral("retention"), QStringLiteral("delete"), QStringLiteral("1"),
                              QStringLiteral("--database"), db});
    CHECK(noReason.exitCode == 2);
    const Run worker = cli({QStringLiteral("retention"), QStringLiteral("--database"), db},
                           as(QStringLiteral("claire.pennington"), test::adminPassword()));
    CHECK(worker.exitCode == 1);
    CHECK(worker.err.contains(QStringLiteral("Only an administrator")));
}
