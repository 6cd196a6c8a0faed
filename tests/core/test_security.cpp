#include "access/accountrepository.h"
#include "access/signin.h"
#include "maintenance/backups.h"
#include "security/keyfile.h"
#include "security/vault.h"
#include "storage/familyrepository.h"
#include "support/testdatabase.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace waymark;

namespace {

const QString admin = QStringLiteral("ada.admin");
const QString password = QStringLiteral("seven brown kettles sing");

// A new database in `dir` with one administrator, cheap to make: tests of the format use
// libsodium's minimum Argon2id cost (the real default is checked separately).
NewDatabase makeDatabase(const QTemporaryDir& dir, const QString& name = QStringLiteral("w.db")) {
    auto created =
        createDatabase(dir.filePath(name), admin, QStringLiteral("Ada Admin"), password, KdfCost::minimum());
    INFO(created.error().toStdString());
    REQUIRE(created.isOk());
    return std::move(created).value();
}

// An administrator may not work with family records; tests that need some act as a manager.
Database& asManager(const std::shared_ptr<Database>& db) {
    db->setAccount(test::testManager());
    return *db;
}

QByteArray fileBytes(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    return f.readAll();
}

} // namespace

TEST_CASE("recovery keys print in groups and read back forgivingly") {
    const QByteArray raw = QByteArray::fromHex("00112233445566778899aabbccddeeff01234567");
    const QString text = formatRecoveryKey(raw);
    CHECK(text.size() == 39); // 32 characters in 8 groups of 4
    CHECK(text.count(QLatin1Char('-')) == 7);
    CHECK(parseRecoveryKey(text).value() == raw);
    QString sloppy = text.toLower();
    sloppy.replace(QLatin1Char('-'), QLatin1Char(' '));
    sloppy.replace(QLatin1Char('0'), QLatin1Char('o'));
    sloppy.replace(QLatin1Char('1'), QLatin1Char('l'));
    CHECK(parseRecoveryKey(sloppy).value() == raw);
    CHECK_FALSE(parseRecoveryKey(text.left(30)).isOk());
    CHECK(parseRecoveryKey(text + QStringLiteral("U")).error().contains(QStringLiteral("not in it")));
}

TEST_CASE("a new database is encrypted: no readable header, no readable records, plain sqlite3 refuses it") {
    QTemporaryDir dir;
    auto created = makeDatabase(dir);
    test::makeFamily(asManager(created.session.db), QStringLiteral("Quillfeather"));
    QSqlQuery checkpoint(created.session.db->connection());
    REQUIRE(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    checkpoint.finish();
    const QString path = dir.filePath(QStringLiteral("w.db"));
    for (const QString& file : {path, path + QStringLiteral("-wal"), path + QStringLiteral(".keys")}) {
        const QByteArray bytes = fileBytes(file);
        INFO(file.toStdString());
        CHECK_FALSE(bytes.contains("SQLite format 3"));
        CHECK_FALSE(bytes.contains("Quillfeather"));
        CHECK_FALSE(bytes.contains("CREATE TABLE"));
    }
    CHECK(fileBytes(path).size() > 4096);

    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"), {path, QStringLiteral("SELECT count(*) FROM sqlite_master")});
    REQUIRE(sqlite.waitForFinished(30000));
    CHECK(sqlite.exitCode() != 0);
    CHECK(QString::fromUtf8(sqlite.readAllStandardError()).contains(QStringLiteral("not a database")));
}

TEST_CASE("signing in: the right password opens, a wrong one or an unknown user gets the same answer") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.db"));
    { makeDatabase(dir); }
    auto session = signIn(path, admin, password);
    REQUIRE(session.isOk());
    CHECK(session->account.role == Role::Administrator);
    CHECK(session->db->account()->username == admin);

    const auto wrong = signIn(path, admin, QStringLiteral("seven brown kettles hum"));
    const auto nobody = signIn(path, QStringLiteral("nobody"), password);
    REQUIRE_FALSE(wrong.isOk());
    REQUIRE_FALSE(nobody.isOk());
    CHECK(wrong.error() == nobody.error());
    CHECK(wrong.error().contains(QStringLiteral("not right")));
    // The user name is not case-sensitive; the password is.
    CHECK(signIn(path, admin.toUpper(), password).isOk());
    CHECK_FALSE(signIn(path, admin, password.toUpper()).isOk());
}

TEST_CASE("five wrong passwords lock the account for 15 minutes, even against the right password") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.db"));
    { makeDatabase(dir); }
    const QDateTime t0 = QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
    for (int i = 0; i < Vault::maxFailedAttempts; ++i)
        REQUIRE_FALSE(Vault::unlock(path, admin, QStringLiteral("guess number %1").arg(i), t0).isOk());
    const auto locked = Vault::unlock(path, admin, password, t0.addSecs(60));
    REQUIRE_FALSE(locked.isOk());
    CHECK(locked.error().contains(QStringLiteral("locked")));
    // The lock is kept in the key file, so restarting Waymark does not lift it.
    CHECK(KeyFile::load(KeyFile::pathFor(path)).value().passwordSlot(admin)->lockedUntil.isValid());
    CHECK(Vault::unlock(path, admin, password, t0.addSecs(Vault::lockMinutes * 60 + 1)).isOk());
    // A success clears the count: four more wrong ones do not lock.
    for (int i = 0; i < Vault::maxFailedAttempts - 1; ++i)
        REQUIRE_FALSE(
            Vault::unlock(path, admin, QStringLiteral("guess again %1").arg(i), t0.addSecs(2000)).isOk());
    CHECK(Vault::unlock(path, admin, password, t0.addSecs(2001)).isOk());
}

TEST_CASE("an administrator adds a user and resets a password without re-encrypting the database") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.db"));
    auto created = makeDatabase(dir);
    Account worker;
    worker.username = QStringLiteral("bea.worker");
    worker.displayName = QStringLiteral("Bea Worker");
    worker.role = Role::FamilySupportWorker;
    worker.teams = {QStringLiteral("Blaby Early Help")};
    REQUIRE(AccountRepository(*created.session.db).save(worker).isOk());
    REQUIRE(created.session.vault
                ->setPassword(worker.username, QStringLiteral("first password here"), KdfCost::minimum())
                .isOk());
    created.session.db.reset();

    auto bea = signIn(path, worker.username, QStringLiteral("first password here"));
    REQUIRE(bea.isOk());
    CHECK(bea->account.role == Role::FamilySupportWorker);
    bea = Result<SignedIn>(Status::failure(QStringLiteral("closed")));

    {
        auto adminSession = signIn(path, admin, password);
        REQUIRE(adminSession.isOk());
        QSqlQuery checkpoint(adminSession->db->connection());
        REQUIRE(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        checkpoint.finish();
        const QByteArray before = fileBytes(path);
        REQUIRE(adminSession->vault
                    ->setPassword(worker.username, QStringLiteral("second password here"), KdfCost::minimum())
                    .isOk());
        CHECK(fileBytes(path) == before); // the database file itself is not touched by a reset
    }
    CHECK_FALSE(signIn(path, worker.username, QStringLiteral("first password here")).isOk());
    CHECK(signIn(path, worker.username, QStringLiteral("second password here")).isOk());
    CHECK(Vault::passwordProblem(QStringLiteral("short")).contains(QStringLiteral("10")));
}

TEST_CASE("the recovery key opens the database when every password is forgotten, and a new one retires it") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.db"));
    const QString recovery = makeDatabase(dir).recoveryKey;
    auto rescued = signInWithRecoveryKey(path, recovery, admin);
    REQUIRE(rescued.isOk());
    REQUIRE(rescued->vault->setPassword(admin, QStringLiteral("a brand new password"), KdfCost::minimum())
                .isOk());
    auto fresh = rescued->vault->replaceRecoveryKey();
    REQUIRE(fresh.isOk());
    rescued = Result<SignedIn>(Status::failure(QStringLiteral("closed")));
    CHECK(signIn(path, admin, QStringLiteral("a brand new password")).isOk());
    CHECK_FALSE(signInWithRecoveryKey(path, recovery, admin).isOk());
    CHECK(signInWithRecoveryKey(path, *fresh, admin).isOk());
    // The recovery key is no way into a non-administrator account.
    CHECK_FALSE(signInWithRecoveryKey(path, *fresh, QStringLiteral("nobody")).isOk());
}

TEST_CASE("rekey: the database is re-encrypted, the old key stops working, passwords still do") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.db"));
    SecretKey oldKey;
    {
        auto created = makeDatabase(dir);
        test::makeFamily(asManager(created.session.db), QStringLiteral("Rekeyed"));
        oldKey = created.session.vault->databaseKey();
        auto fresh = created.session.vault->stageNewDatabaseKey();
        REQUIRE(fresh.isOk());
        REQUIRE(created.session.db->rekey(*fresh).isOk());
        REQUIRE(created.session.vault->commitPendingDatabaseKey().isOk());
        CHECK_FALSE(created.session.vault->databaseKey() == oldKey);
    }
    CHECK_FALSE(Database::open(path, oldKey).isOk());
    auto session = signIn(path, admin, password);
    REQUIRE(session.isOk());
    CHECK(FamilyRepository(asManager(session->db)).count() == 1);
}

TEST_CASE("a rekey interrupted after re-encryption but before the key file was rewritten loses nothing") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.db"));
    {
        auto created = makeDatabase(dir);
        test::makeFamily(asManager(created.session.db), QStringLiteral("Interrupted"));
        auto fresh = created.session.vault->stageNewDatabaseKey();
        REQUIRE(fresh.isOk());
        REQUIRE(created.session.db->rekey(*fresh).isOk());
        // ... and here the laptop's battery runs out: commitPendingDatabaseKey() never runs.
    }
    auto session = signIn(path, admin, password);
    REQUIRE(session.isOk());
    CHECK(FamilyRepository(asManager(session->db)).count() == 1);
    CHECK(KeyFile::load(KeyFile::pathFor(path)).value().pendingDatabaseKey.isEmpty()); // adopted
}

TEST_CASE("a database and a key file that do not belong together are refused clearly") {
    QTemporaryDir dir;
    { makeDatabase(dir, QStringLiteral("a.db")); }
    { makeDatabase(dir, QStringLiteral("b.db")); }
    const QString a = dir.filePath(QStringLiteral("a.db"));
    REQUIRE(QFile::remove(a + QStringLiteral(".keys")));
    CHECK(signIn(a, admin, password).error().contains(QStringLiteral("key file")));
    REQUIRE(QFile::copy(dir.filePath(QStringLiteral("b.db.keys")), a + QStringLiteral(".keys")));
    const auto mismatched = signIn(a, admin, password);
    REQUIRE_FALSE(mismatched.isOk());
    CHECK(mismatched.error().contains(QStringLiteral("could not be unlocked")));
}

TEST_CASE("the key file reader names the bad field and refuses what it does not understand") {
    CHECK(KeyFile::parse("{").error().contains(QStringLiteral("not valid JSON")));
    CHECK(KeyFile::parse("[]").error().contains(QStringLiteral("$: expected an object")));
    CHECK(KeyFile::parse(R"({"format":"other"})").error().contains(QStringLiteral("$.format")));
    CHECK(KeyFile::parse(R"({"format":"waymark-keys","version":2})")
              .error()
              .contains(QStringLiteral("$.version")));
    const QByteArray good = R"({"format":"waymark-keys","version":1,"databaseId":"AA==","databaseKey":"AA==",
        "slots":[{"kind":"password","user":"ann","salt":"AA==","opsLimit":2,"memLimit":67108864,
                  "failedAttempts":0,"wrappedMaster":"AA=="}]})";
    auto parsed = KeyFile::parse(good);
    REQUIRE(parsed.isOk());
    CHECK(KeyFile::parse(parsed->toJson()).isOk());
    QByteArray badSalt = good;
    badSalt.replace(R"("salt":"AA==")", R"("salt":"***")");
    CHECK(KeyFile::parse(badSalt).error().contains(QStringLiteral("$.slots[0].salt")));
    QByteArray badCount = good;
    badCount.replace(R"("opsLimit":2)", R"("opsLimit":-2)");
    CHECK(KeyFile::parse(badCount).error().contains(QStringLiteral("$.slots[0].opsLimit")));
    QByteArray upper = good;
    upper.replace(R"("user":"ann")", R"("user":"Ann")");
    CHECK(KeyFile::parse(upper).error().contains(QStringLiteral("$.slots[0].user")));
}

TEST_CASE("the default password cost is memory-hard Argon2id") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.db"));
    REQUIRE(createDatabase(path, admin, QString(), password).isOk());
    const KeyFile file = KeyFile::load(KeyFile::pathFor(path)).value();
    const KeySlot* slot = file.passwordSlot(admin);
    REQUIRE(slot);
    CHECK(slot->cost.memLimitBytes >= 64u * 1024 * 1024);
    CHECK(slot->cost.opsLimit >= 2);
    CHECK(slot->salt.size() == 16);
}

TEST_CASE("createDatabase refuses an existing file and leaves nothing behind when it fails") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.db"));
    CHECK_FALSE(createDatabase(path, admin, QString(), QStringLiteral("short")).isOk());
    CHECK(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    CHECK_FALSE(createDatabase(path, QStringLiteral("Not A Username!"), QString(), password).isOk());
    CHECK(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    { makeDatabase(dir); }
    CHECK(
        createDatabase(path, admin, QString(), password).error().contains(QStringLiteral("already exists")));
}

TEST_CASE("a backup is an encrypted, checked copy that restores the records as they were") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.db"));
    QString backup;
    {
        auto created = makeDatabase(dir);
        test::makeFamily(asManager(created.session.db), QStringLiteral("Beforebackup"));
        auto made = makeBackup(created.session);
        INFO(made.error().toStdString());
        REQUIRE(made.isOk());
        backup = *made;
        CHECK(backup.startsWith(defaultBackupFolder(path)));
        CHECK(QFile::exists(backup + QStringLiteral(".keys")));
        CHECK_FALSE(fileBytes(backup).contains("SQLite format 3"));
        CHECK(listBackups(path) == QStringList{backup});
        test::makeFamily(asManager(created.session.db), QStringLiteral("Afterbackup"));
        CHECK(FamilyRepository(*created.session.db).count() == 2);
    }
    auto restored = restoreBackup(path, backup, admin, password);
    INFO(restored.error().toStdString());
    REQUIRE(restored.isOk());
    CHECK(QFile::exists(restored->keptAs));
    auto session = signIn(path, admin, password);
    REQUIRE(session.isOk());
    CHECK(FamilyRepository(asManager(session->db)).count() == 1);
    CHECK(session->db->integrityProblems().isEmpty());
    // The replaced file is kept, and still opens: a restore can be undone.
    CHECK(signIn(restored->keptAs, admin, password).isOk());
}

TEST_CASE("a restore refuses a damaged backup and changes nothing") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.db"));
    QString backup;
    {
        auto created = makeDatabase(dir);
        for (int i = 0; i < 30; ++i)
            test::makeFamily(asManager(created.session.db), QStringLiteral("Family%1").arg(i));
        backup = makeBackup(created.session).value();
    }
    // Damage a page in the middle of the backup: SQLCipher's per-page MAC detects it.
    {
        QFile f(backup);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.size() > 3 * 4096);
        f.seek(2 * 4096 + 100);
        f.write(QByteArray(64, 'x'));
    }
    const QByteArray before = fileBytes(path);
    const auto restored = restoreBackup(path, backup, admin, password);
    REQUIRE_FALSE(restored.isOk());
    CHECK(fileBytes(path) == before);
    auto session = signIn(path, admin, password);
    REQUIRE(session.isOk());
    CHECK(FamilyRepository(asManager(session->db)).count() == 30);
}
