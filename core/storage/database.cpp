#include "storage/database.h"

#include "audit/auditlog.h"
#include "storage/migrations.h"
#include "storage/sqldialect.h"
#include "storage/transaction.h"
#include "util/trcontext.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

// SQLCipher's own header: its sqlite3_key() and the online backup API. Linking libsqlcipher
// (never libsqlite3) also makes Qt's SQLite plugin use SQLCipher; see docs/security.md.
#define SQLITE_HAS_CODEC 1
#include <sqlcipher/sqlite3.h>

namespace waymark {

namespace {

QString newConnectionName() {
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("waymark-%1").arg(counter.fetchAndAddRelaxed(1));
}

// SQLCipher needs the key before any other statement on a connection.
const char* const cipherPageSizePragma = "PRAGMA cipher_page_size = 4096";

Status applyKey(QSqlDatabase& db, const SecretKey& key) {
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA key = \"%1\"").arg(key.sqlcipherLiteral())))
        return Status::failure(Storage::tr("Could not set the database key: %1").arg(q.lastError().text()));
    // 4 KiB pages, as plain SQLite uses, instead of SQLCipher 3's 1 KiB: a quarter of the page
    // decryptions and MAC checks, and smaller files. SQLCipher does not record it in the file, so
    // it is set on every connection, backups included.
    if (!q.exec(QString::fromLatin1(cipherPageSizePragma)))
        return Status::failure(Storage::tr("Could not set the page size: %1").arg(q.lastError().text()));
    return Status::ok();
}

// Refuses to go on when the SQLite underneath is not SQLCipher (a build that lost its link to
// libsqlcipher would otherwise write children's records in the clear).
Status requireSqlCipher(QSqlDatabase& db) {
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA cipher_version")) || !q.next() || q.value(0).toString().isEmpty())
        return Status::failure(
            Storage::tr("This Waymark was built without SQLCipher, so it cannot encrypt the "
                        "database. Nothing was opened."));
    return Status::ok();
}

QString keyDoesNotFit(const QString& path) {
    return Storage::tr("%1 could not be unlocked: it is not a Waymark database, or the key file beside it "
                       "belongs to another database. Nothing was changed.")
        .arg(path);
}

// Reads the schema version without writing anything to the file, so that a file we must refuse
// (from a newer Waymark, or not ours at all) is left exactly as it was.
Result<int> peekSchemaVersion(const QString& path, const SecretKey& key, const SqlDialect& dialect) {
    const QString name = newConnectionName();
    Result<int> result = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(dialect.driverName(), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            result =
                Result<int>::failure(Storage::tr("Could not open %1: %2").arg(path, db.lastError().text()));
        } else if (Status keyed = applyKey(db, key); !keyed) {
            result = keyed;
        } else {
            QSqlQuery probe(db);
            if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
                result = Result<int>::failure(keyDoesNotFit(path));
            } else {
                probe.finish();
                const QStringList tables = db.tables();
                if (tables.contains(QStringLiteral("meta"))) {
                    QSqlQuery q(db);
                    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")) &&
                        q.next())
                        result = q.value(0).toInt();
                    else
                        result = Result<int>::failure(
                            Storage::tr("%1 is not a Waymark database (it has no schema version).")
                                .arg(path));
                } else if (!tables.isEmpty()) {
                    result = Result<int>::failure(
                        Storage::tr("%1 is an SQLite file but not a Waymark database. Nothing was changed.")
                            .arg(path));
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Status checkNotPlainSqlite(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(Storage::tr("Could not read %1: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(16);
    if (header == QByteArray("SQLite format 3\0", 16))
        return Status::failure(
            Storage::tr("%1 is not encrypted. Waymark only keeps records in encrypted files: if it came from "
                        "an earlier Waymark, export it there and import the export into a new database. "
                        "Nothing was changed.")
                .arg(path));
    return Status::ok();
}

} // namespace

Database::Database(QString path, QString connectionName, std::unique_ptr<SqlDialect> dialect, SecretKey key)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_dialect(std::move(dialect))
    , m_key(std::move(key))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); }) {}

Database::~Database() {
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::shared_ptr<Database>> Database::open(const QString& path, const SecretKey& key,
                                                 OpenOptions options) {
    if (!key.isValid())
        return Status::failure(Storage::tr("No database key was given for %1.").arg(path));
    auto dialect = SqlDialect::sqlite();
    const QFileInfo info(path);
    bool existing = info.exists();
    if (existing && info.isDir())
        return Status::failure(Storage::tr("%1 is a folder, not a database file.").arg(path));
    if (!existing) {
        if (!options.createIfMissing)
            return Status::failure(Storage::tr("There is no database at %1.").arg(path));
        // ":memory:" (the fuzz targets) has no folder; QFileInfo would take it for a Qt resource
        // path and make a folder called ":".
        if (path != QLatin1String(":memory:") && !QDir().mkpath(info.absolutePath()))
            return Status::failure(Storage::tr("Could not create the folder %1.").arg(info.absolutePath()));
    } else {
        if (Status s = checkNotPlainSqlite(path); !s)
            return s;
        if (info.size() > 0) {
            auto version = peekSchemaVersion(path, key, *dialect);
            if (!version)
                return version.status();
            if (*version > latestSchemaVersion())
                return Status::failure(
                    Storage::tr("%1 was written by a newer version of Waymark (database version %2; "
                                "this Waymark understands up to version %3). Install the newer Waymark "
                                "to open it. Nothing was changed.")
                        .arg(path)
                        .arg(*version)
                        .arg(latestSchemaVersion()));
        }
    }

    const QString name = newConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(dialect->driverName(), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            const QString error = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return Status::failure(Storage::tr("Could not open %1: %2").arg(path, error));
        }
        Status keyed = applyKey(db, key);
        if (keyed)
            keyed = requireSqlCipher(db);
        if (!keyed) {
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return keyed;
        }
    }
    std::shared_ptr<Database> database(new Database(path, name, std::move(dialect), key));
    for (const QString& statement : database->dialect().sessionSetup()) {
        auto done = database->run(statement, {}, "preparing the database connection");
        if (!done)
            return done.status();
    }
    if (options.migrate) {
        if (Status s = database->migrateToLatest(); !s)
            return s;
    }
    return database;
}

QSqlDatabase Database::connection() const {
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::latestSchemaVersion() {
    return migrations().back().version;
}

int Database::schemaVersion() const {
    if (!connection().tables().contains(QStringLiteral("meta")))
        return 0;
    return meta(QStringLiteral("schema_version")).toInt();
}

Status Database::migrateToLatest() {
    return runMigrations(*this);
}

QString Database::meta(const QString& key) const {
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return QString();
}

Status Database::setMeta(const QString& key, const QString& value) {
    // DELETE + INSERT rather than an upsert: the same SQL works on SQLite 3.15 and PostgreSQL.
    auto removed =
        run(QStringLiteral("DELETE FROM meta WHERE key = ?"), {key}, "updating the database settings");
    if (!removed)
        return removed.status();
    return run(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"), {key, value},
               "updating the database settings")
        .status();
}

Result<QSqlQuery> Database::run(const QString& sql, const QVariantList& bindings, const char* what) const {
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return Status::failure(
            Storage::tr("Database error while %1: %2").arg(Storage::tr(what), q.lastError().text()));
    for (const QVariant& value : bindings) {
        // A null QString is an empty text field, not SQL NULL (nullableText() asks for NULL).
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            q.addBindValue(QStringLiteral(""));
        else
            q.addBindValue(value);
    }
    if (!q.exec())
        return Status::failure(
            Storage::tr("Database error while %1: %2").arg(Storage::tr(what), q.lastError().text()));
    return q;
}

namespace {

QJsonObject auditFields(const std::vector<std::pair<QString, QVariant>>& columns) {
    QJsonObject fields;
    for (const auto& [name, value] : columns)
        fields.insert(name, audit::auditValue(value));
    return fields;
}

// The row as it is now, for the audit of a change or a deletion; `columns` empty means all.
QJsonObject currentRow(const Database& db, const QString& table, qint64 id, const QStringList& columns) {
    auto q =
        db.run(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                   .arg(columns.isEmpty() ? QStringLiteral("*") : columns.join(QStringLiteral(", ")), table),
               {id}, "reading a record before changing it");
    QJsonObject row;
    if (!q)
        return row;
    QSqlQuery query = std::move(q).value();
    if (!query.next())
        return row;
    const QSqlRecord record = query.record();
    for (int i = 0; i < record.count(); ++i)
        row.insert(record.fieldName(i), audit::auditValue(query.value(i)));
    return row;
}

} // namespace

Result<qint64> Database::insert(const QString& table,
                                const std::vector<std::pair<QString, QVariant>>& columns,
                                const char* what) const {
    // One transaction for the row and its audit entry: both or neither.
    Transaction tx(const_cast<Database&>(*this));
    if (!tx.isActive())
        return Status::failure(tx.beginError());
    QStringList names, marks;
    QVariantList values;
    for (const auto& [name, value] : columns) {
        names << name;
        marks << QStringLiteral("?");
        values << value;
    }
    const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)%4")
                            .arg(table, names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")),
                                 m_dialect->returningIdClause());
    auto q = run(sql, values, what);
    if (!q)
        return q.status();
    QSqlQuery query = std::move(q).value();
    const qint64 id = (!m_dialect->returningIdClause().isEmpty() && query.next())
                          ? query.value(0).toLongLong()
                          : query.lastInsertId().toLongLong();
    query.finish();
    if (Status s = audit::recordCreate(*this, table, id, auditFields(columns)); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    return id;
}

Status Database::update(const QString& table, qint64 id,
                        const std::vector<std::pair<QString, QVariant>>& columns, const char* what) const {
    Transaction tx(const_cast<Database&>(*this));
    if (!tx.isActive())
        return Status::failure(tx.beginError());
    QStringList sets;
    QVariantList values;
    for (const auto& [name, value] : columns) {
        sets << name + QStringLiteral(" = ?");
        values << value;
    }
    values << id;
    const bool audited = audit::isAudited(table) && m_bulkDepth == 0;
    // The whole row, read once before the change: the changed fields' old values and, for the
    // audit's family link, family_id even when it is not among the columns being set.
    const QJsonObject before = audited ? currentRow(*this, table, id, {}) : QJsonObject();
    auto q = run(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets.join(QStringLiteral(", "))),
                 values, what);
    if (!q)
        return q.status();
    if (q->numRowsAffected() != 1)
        return Status::failure(Storage::tr("Nothing was saved: record %1 no longer exists.").arg(id));
    if (audited) {
        if (Status s = audit::recordChange(*this, table, id, before, auditFields(columns)); !s)
            return s;
    }
    return tx.commit();
}

Status Database::remove(const QString& table, qint64 id, const char* what) const {
    Transaction tx(const_cast<Database&>(*this));
    if (!tx.isActive())
        return Status::failure(tx.beginError());
    const QJsonObject before = currentRow(*this, table, id, {});
    auto q = run(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table), {id}, what);
    if (!q)
        return q.status();
    if (q->numRowsAffected() != 1)
        return Status::failure(Storage::tr("Nothing was removed: record %1 no longer exists.").arg(id));
    if (Status s = audit::recordDelete(*this, table, id, before); !s)
        return s;
    return tx.commit();
}

QString Database::nowText() const {
    return utcToText(now());
}

QStringList Database::integrityProblems(IntegrityCheck depth) const {
    QStringList problems;
    auto integrity = run(depth == IntegrityCheck::Quick ? QStringLiteral("PRAGMA quick_check")
                                                        : QStringLiteral("PRAGMA integrity_check"),
                         {}, "checking the database");
    if (!integrity)
        return {integrity.error()};
    QSqlQuery q = std::move(integrity).value();
    while (q.next())
        if (q.value(0).toString() != QLatin1String("ok"))
            problems << q.value(0).toString();
    auto foreignKeys = run(QStringLiteral("PRAGMA foreign_key_check"), {}, "checking the database");
    if (!foreignKeys)
        return problems << foreignKeys.error();
    QSqlQuery fk = std::move(foreignKeys).value();
    while (fk.next())
        problems << Storage::tr("Broken link from table %1 row %2 to table %3")
                        .arg(fk.value(0).toString(), fk.value(1).toString(), fk.value(2).toString());
    return problems;
}

QString dateToText(const QDate& date) {
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}
QDate dateFromText(const QString& text) {
    return QDate::fromString(text, Qt::ISODate);
}

QString localTimeToText(const QDateTime& dt) {
    return dt.isValid() ? dt.toString(QStringLiteral("yyyy-MM-ddTHH:mm")) : QString();
}
QDateTime localTimeFromText(const QString& text) {
    return QDateTime::fromString(text, QStringLiteral("yyyy-MM-ddTHH:mm"));
}

QString utcToText(const QDateTime& dt) {
    return dt.isValid() ? dt.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'")) : QString();
}
QDateTime utcFromText(const QString& text) {
    // The stored form has a fixed width, so read it directly: QDateTime::fromString takes the text
    // as local time first (a time-zone file lookup per call), which dominated bulk reads such as
    // the deadline service's loading of every event.
    if (text.size() == 20 && text.at(10) == QLatin1Char('T') && text.at(19) == QLatin1Char('Z')) {
        const QDate date = QDate::fromString(QStringView(text).left(10), Qt::ISODate);
        const QTime time = QTime::fromString(QStringView(text).mid(11, 8), Qt::ISODate);
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    QDateTime dt = QDateTime::fromString(text, QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
    dt.setTimeSpec(Qt::UTC);
    return dt;
}

QVariant nullableText(const QString& text) {
    return text.isEmpty() ? QVariant() : QVariant(text);
}
QVariant nullableId(qint64 id) {
    return id == 0 ? QVariant() : QVariant(id);
}

Status Database::rekey(const SecretKey& newKey) {
    if (!newKey.isValid())
        return Status::failure(Storage::tr("No new key was given."));
    auto done = run(QStringLiteral("PRAGMA rekey = \"%1\"").arg(newKey.sqlcipherLiteral()), {},
                    "re-encrypting the database");
    if (!done)
        return done.status();
    m_key = newKey;
    return Status::ok();
}

Status Database::backupTo(const QString& target) const {
    const QVariant handle = connection().driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return Status::failure(Storage::tr("Backups need an SQLite database."));
    sqlite3* source = *static_cast<sqlite3* const*>(handle.data());
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    sqlite3* destination = nullptr;
    const QByteArray partialName = QFile::encodeName(partial);
    int rc = sqlite3_open_v2(partialName.constData(), &destination,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    QString error;
    if (rc == SQLITE_OK) {
        // The backup is encrypted with the same key: it is as safe to carry as the database.
        const QByteArray literal = m_key.sqlcipherLiteral().toLatin1();
        rc = sqlite3_key(destination, literal.constData(), int(literal.size()));
        if (rc == SQLITE_OK)
            rc = sqlite3_exec(destination, cipherPageSizePragma, nullptr, nullptr, nullptr);
    }
    if (rc == SQLITE_OK) {
        sqlite3_backup* backup = sqlite3_backup_init(destination, "main", source, "main");
        if (!backup) {
            rc = sqlite3_errcode(destination);
        } else {
            do {
                rc = sqlite3_backup_step(backup, 256);
                if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                    sqlite3_sleep(20);
            } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
            const int finished = sqlite3_backup_finish(backup);
            if (rc == SQLITE_DONE)
                rc = finished;
        }
    }
    if (rc != SQLITE_OK)
        error = QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_close(destination);
    if (!error.isEmpty()) {
        QFile::remove(partial);
        return Status::failure(Storage::tr("The backup to %1 failed: %2").arg(target, error));
    }
    QFile::remove(target);
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return Status::failure(Storage::tr("Could not put the backup in place at %1.").arg(target));
    }
    return Status::ok();
}

} // namespace waymark
