#include "storage/database.h"
#include "storage/familyrepository.h"
#include "storage/migrations.h"
#include "support/testdatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace waymark;

namespace {

QByteArray fileHash(const QString& path) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Opens a raw Qt Sql connection to an encrypted test file, bypassing Database (as old Waymarks
// and tampering tools would).
QSqlDatabase rawConnection(const QString& path, const QString& name) {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    REQUIRE(db.open());
    QSqlQuery key(db);
    REQUIRE(key.exec(QStringLiteral("PRAGMA key = \"%1\"").arg(test::testKey().sqlcipherLiteral())));
    REQUIRE(key.exec(QStringLiteral("PRAGMA cipher_page_size = 4096"))); // as Database::open sets it
    return db;
}

// Loads a checked-in `sqlite3 .dump` of an earlier schema into a new encrypted file with a raw
// connection. (Versions 1-6 were unencrypted; their structure is what the migrations start from.)
void loadFixture(const QString& sqlPath, const QString& dbPath) {
    QFile file(sqlPath);
    REQUIRE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QString sql = QString::fromUtf8(file.readAll());
    {
        QSqlDatabase db = rawConnection(dbPath, QStringLiteral("fixture-loader"));
        QSqlQuery q(db);
        for (const QString& statement : sql.split(QStringLiteral(";\n"), Qt::SkipEmptyParts)) {
            if (statement.trimmed().isEmpty())
                continue;
            INFO(statement.toStdString());
            INFO(q.lastError().text().toStdString());
            REQUIRE(q.exec(statement));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fixture-loader"));
}

void setRawSchemaVersion(const QString& path, int version) {
    {
        QSqlDatabase db = rawConnection(path, QStringLiteral("raw"));
        QSqlQuery q(db);
        REQUIRE(
            q.exec(QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'schema_version'").arg(version)));
        REQUIRE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

} // namespace

TEST_CASE("migrations are numbered 1, 2, 3... with no gaps") {
    int expected = 1;
    for (const Migration& m : migrations())
        CHECK(m.version == expected++);
}

TEST_CASE("every earlier schema version upgrades to the latest and keeps its records") {
    for (int version = 1; version < Database::latestSchemaVersion(); ++version) {
        DYNAMIC_SECTION("from version " << version) {
            const QString fixture = QStringLiteral(WAYMARK_FIXTURES_DIR "/schema-v%1.sql").arg(version);
            INFO("a fixture is needed for every released schema version: " << fixture.toStdString());
            REQUIRE(QFile::exists(fixture));
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("old.db"));
            loadFixture(fixture, path);

            auto db = test::openOrFail(path);
            CHECK(db->schemaVersion() == Database::latestSchemaVersion());
            CHECK(db->integrityProblems().isEmpty());
            QSqlQuery applied(db->connection());
            REQUIRE(applied.exec(QStringLiteral("SELECT COUNT(*) FROM schema_migrations")));
            REQUIRE(applied.next());
            CHECK(applied.value(0).toInt() == Database::latestSchemaVersion());

            // The fixture's family is still there, and findable by a member's date of birth,
            // which needs the search column added in version 3 to have been filled.
            CaseListQuery q;
            q.text = QStringLiteral("14/03/2016");
            const auto page = FamilyRepository(*db).search(q);
            REQUIRE(page.rows.size() == 1);
            CHECK(page.rows[0].familyName == QStringLiteral("Fixture family"));
            CHECK(page.rows[0].memberNames.size() == 2);
        }
    }
}

TEST_CASE("a file from a newer Waymark is refused with a clear message and left untouched") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.db"));
    { test::openOrFail(path); }
    setRawSchemaVersion(path, Database::latestSchemaVersion() + 1);
    const QByteArray before = fileHash(path);

    auto opened = Database::open(path, test::testKey());
    REQUIRE_FALSE(opened.isOk());
    CHECK(opened.error().contains(QStringLiteral("newer version of Waymark")));
    CHECK(opened.error().contains(QStringLiteral("Nothing was changed")));
    CHECK(fileHash(path) == before);
}

TEST_CASE("a file that is not a Waymark database is refused and left untouched") {
    QTemporaryDir dir;
    SECTION("not SQLite at all") {
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Dear diary, this is not a database.\n");
        f.close();
        const QByteArray before = fileHash(path);
        auto opened = Database::open(path, test::testKey());
        REQUIRE_FALSE(opened.isOk());
        CHECK(opened.error().contains(QStringLiteral("not a Waymark database")));
        CHECK(fileHash(path) == before);
    }
    SECTION("somebody else's SQLite file") {
        const QString path = dir.filePath(QStringLiteral("other.db"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(path);
            REQUIRE(db.open());
            QSqlQuery q(db);
            REQUIRE(q.exec(QStringLiteral("CREATE TABLE recipes (name TEXT)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const QByteArray before = fileHash(path);
        auto opened = Database::open(path, test::testKey());
        REQUIRE_FALSE(opened.isOk());
        CHECK(opened.error().contains(QStringLiteral("is not encrypted")));
        CHECK(fileHash(path) == before);
    }
    SECTION("a Waymark database encrypted under another key") {
        const QString path = dir.filePath(QStringLiteral("theirs.db"));
        { REQUIRE(Database::open(path, SecretKey::random()).isOk()); }
        const QByteArray before = fileHash(path);
        auto opened = Database::open(path, test::testKey());
        REQUIRE_FALSE(opened.isOk());
        CHECK(opened.error().contains(QStringLiteral("could not be unlocked")));
        CHECK(fileHash(path) == before);
    }
    SECTION("a missing file when creation is not allowed") {
        Database::OpenOptions options;
        options.createIfMissing = false;
        auto opened = Database::open(dir.filePath(QStringLiteral("missing.db")), test::testKey(), options);
        REQUIRE_FALSE(opened.isOk());
        CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("missing.db"))));
    }
}

// Writes tests/fixtures/schema-vN.sql inputs: run with the tag [.fixtures] and WAYMARK_FIXTURE_OUT set, then
// `sqlite3 schema-vN.plain.db .dump` each file (a decrypted copy written beside each encrypted one).
// Kept so the next schema step can add its own fixture the same way.
TEST_CASE("generate schema fixture databases", "[.fixtures]") {
    const QString out = qEnvironmentVariable("WAYMARK_FIXTURE_OUT");
    REQUIRE_FALSE(out.isEmpty());
    for (int version = 1; version < Database::latestSchemaVersion(); ++version) {
        const QString path = QDir(out).filePath(QStringLiteral("schema-v%1.db").arg(version));
        QFile::remove(path);
        Database::OpenOptions options;
        options.migrate = false;
        auto db = Database::open(path, test::testKey(), options).value();
        db->setClock([] { return QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC); });
        REQUIRE(runMigrations(*db, version).isOk());
        const QStringList rows = {
            QStringLiteral("INSERT INTO workers (name, role, team) VALUES ('Fixture Worker', "
                           "'family_support_worker', 'Blaby')"),
            QStringLiteral("INSERT INTO families (name, kinship_status, created_at, updated_at) VALUES "
                           "('Fixture family', 'none', '2026-01-05T09:00:00Z', '2026-01-05T09:00:00Z')"),
            QStringLiteral("INSERT INTO people (given_names, family_name, date_of_birth, gender, created_at, "
                           "updated_at) "
                           "VALUES ('Ada', 'Fixture', '1990-02-01', 'female', '2026-01-05T09:00:00Z', "
                           "'2026-01-05T09:00:00Z')"),
            QStringLiteral("INSERT INTO people (given_names, family_name, date_of_birth, gender, created_at, "
                           "updated_at) "
                           "VALUES ('Bo', 'Fixture', '2016-03-14', 'male', '2026-01-05T09:00:00Z', "
                           "'2026-01-05T09:00:00Z')"),
            QStringLiteral(
                "INSERT INTO family_members (family_id, person_id, relationship, parental_responsibility) "
                "VALUES (1, 1, 'mother', 1), (1, 2, 'child', 0)"),
        };
        QStringList v2rows = {
            QStringLiteral(
                "INSERT INTO involvements (family_id, service, referral_date, status, opened_on, "
                "allocated_worker_id, created_at, updated_at) VALUES (1, 'early_help_targeted', "
                "'2025-12-01', 'open', '2025-12-08', 1, '2026-01-05T09:00:00Z', '2026-01-05T09:00:00Z')"),
            QStringLiteral(
                "INSERT INTO case_notes (family_id, involvement_id, contact_at, note_type, subject, "
                "author_worker_id, created_at, updated_at) VALUES (1, 1, '2025-12-08T10:00', 'home_visit', "
                "'First home visit', 1, '2026-01-05T09:00:00Z', '2026-01-05T09:00:00Z')"),
            QStringLiteral("INSERT INTO case_note_people (note_id, person_id) VALUES (1, 2)"),
        };
        QStringList all = rows;
        if (version >= 2)
            all << v2rows;
        if (version >= 3) // from version 3 Waymark writes each person's search text as it saves them
            all << QStringLiteral(
                "UPDATE people SET search_text = lower(given_names || ' ' || family_name || ' ' || "
                "date_of_birth || ' ' || substr(date_of_birth, 9, 2) || '/' || "
                "substr(date_of_birth, 6, 2) || '/' || substr(date_of_birth, 1, 4))");
        for (const QString& sql : all) {
            QSqlQuery q(db->connection());
            INFO(sql.toStdString());
            REQUIRE(q.exec(sql));
        }
        QSqlQuery checkpoint(db->connection());
        REQUIRE(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        checkpoint.finish();
        const QString plain = QDir(out).filePath(QStringLiteral("schema-v%1.plain.db").arg(version));
        QFile::remove(plain);
        QSqlQuery decrypt(db->connection());
        REQUIRE(decrypt.exec(QStringLiteral("ATTACH DATABASE '%1' AS plain KEY ''").arg(plain)));
        REQUIRE(decrypt.exec(QStringLiteral("SELECT sqlcipher_export('plain')")));
        while (decrypt.next()) {
        }
        decrypt.finish();
        const bool detached = decrypt.exec(QStringLiteral("DETACH DATABASE plain"));
        INFO(decrypt.lastError().text().toStdString());
        REQUIRE(detached);
    }
}
