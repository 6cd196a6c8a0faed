#pragma once

#include "access/account.h"
#include "security/secretkey.h"
#include "util/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

class QSqlQuery;

namespace waymark {

class SqlDialect;

// One open Waymark database: a connection, its dialect, and the schema brought up to date.
// Not copyable; each instance owns a uniquely named Qt Sql connection, so tests and tools can
// open several files side by side.
class Database {
public:
    struct OpenOptions {
        bool migrate = true;         // false: open as found (used by `check`)
        bool createIfMissing = true; // false: a missing file is an error
    };

    // Every Waymark database is encrypted with SQLCipher; `key` is the database key from the
    // key file (security/vault.h). A wrong key, an unencrypted file, a file from a newer Waymark
    // and someone else's file are all refused without writing a byte.
    static Result<std::shared_ptr<Database>> open(const QString& path, const SecretKey& key,
                                                  OpenOptions options);
    static Result<std::shared_ptr<Database>> open(const QString& path, const SecretKey& key) {
        return open(path, key, OpenOptions{});
    }
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const QString& path() const { return m_path; }
    const SqlDialect& dialect() const { return *m_dialect; }
    QSqlDatabase connection() const;

    int schemaVersion() const;
    static int latestSchemaVersion();

    // Key/value facts about the file itself (schema version, demo marker).
    QString meta(const QString& key) const;
    Status setMeta(const QString& key, const QString& value);
    bool isDemo() const { return meta(QStringLiteral("demo")) == QLatin1String("1"); }

    // Prepares and runs one statement with positional bindings. `what` names the action for the
    // error message ("saving the family"); the message never includes bound values.
    Result<QSqlQuery> run(const QString& sql, const QVariantList& bindings, const char* what) const;
    // INSERT with the given columns; returns the new row id.
    Result<qint64> insert(const QString& table, const std::vector<std::pair<QString, QVariant>>& columns,
                          const char* what) const;
    Status update(const QString& table, qint64 id, const std::vector<std::pair<QString, QVariant>>& columns,
                  const char* what) const;
    // DELETE of one row by id, audited with what the row held.
    Status remove(const QString& table, qint64 id, const char* what) const;
    // insert(), update() and remove() write an audit entry in the same transaction (audit/auditlog.h)
    // unless the table is bookkeeping (drafts, meta) or a bulk operation is under way.

    // The clock used for timestamps and "not in the future" rules; tests replace it.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    QDateTime now() const { return m_clock(); }
    QDate today() const { return m_clock().toLocalTime().date(); }
    QString nowText() const; // UTC ISO 8601, the stored form of created_at / updated_at

    // PRAGMA integrity_check (or the faster quick_check, used at every start-up) and
    // foreign_key_check; returns the problems found, empty when sound.
    enum class IntegrityCheck { Full, Quick };
    QStringList integrityProblems(IntegrityCheck depth = IntegrityCheck::Full) const;

    // Re-encrypts the whole file under a new key (SQLCipher's PRAGMA rekey), in one transaction.
    Status rekey(const SecretKey& newKey);
    // A consistent copy of the open database, encrypted with the same key, through SQLite's
    // online backup API (other connections may keep writing). Written to a temporary name and
    // renamed, so `target` is either complete or absent.
    Status backupTo(const QString& target) const;

    // Who is signed in on this connection (access/signin.h). Every access check and audit entry
    // uses it; with nobody signed in, the access policy refuses everything.
    void setAccount(std::optional<Account> account) { m_account = std::move(account); }
    const Account* account() const { return m_account ? &*m_account : nullptr; }

    // The key that seals the audit chain (Vault::auditKey()); without it nothing can be written.
    void setAuditKey(const SecretKey& key) { m_auditKey = key; }
    const SecretKey& auditKey() const { return m_auditKey; }
    int& bulkDepth() const { return m_bulkDepth; } // audit::BulkOperation

    // Used by Transaction.
    int& transactionDepth() { return m_transactionDepth; }
    bool& rollbackOnly() { return m_rollbackOnly; }

private:
    Database(QString path, QString connectionName, std::unique_ptr<SqlDialect> dialect, SecretKey key);
    Status migrateToLatest();

    QString m_path;
    QString m_connectionName;
    std::unique_ptr<SqlDialect> m_dialect;
    SecretKey m_key; // needed again only to write an encrypted backup
    std::optional<Account> m_account;
    SecretKey m_auditKey;
    mutable int m_bulkDepth = 0;
    std::function<QDateTime()> m_clock;
    int m_transactionDepth = 0;
    bool m_rollbackOnly = false;
};

// Stored forms of dates and times, shared by every repository and the JSON exchange format.
QString dateToText(const QDate& date);        // yyyy-MM-dd, or empty
QDate dateFromText(const QString& text);      // invalid on empty / bad text
QString localTimeToText(const QDateTime& dt); // yyyy-MM-ddTHH:mm (wall clock, no zone)
QDateTime localTimeFromText(const QString& text);
QString utcToText(const QDateTime& dt); // yyyy-MM-ddTHH:mm:ssZ
QDateTime utcFromText(const QString& text);
QVariant nullableText(const QString& text); // NULL for empty strings
QVariant nullableId(qint64 id);             // NULL for 0

} // namespace waymark
