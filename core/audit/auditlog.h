#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace waymark {

class Database;

// The audit trail: who did what, when, to which record. Append-only (the table refuses UPDATE and
// DELETE), and chained: each entry's hash is a keyed BLAKE2b over the previous entry's hash and
// this entry's fields, with a key derived from the master key (Vault::auditKey()), so removing,
// editing or reordering an entry is found by verify(), and someone holding only the database key
// cannot forge a replacement. docs/security.md.
namespace audit {

struct Entry {
    qint64 seq = 0;
    QDateTime at; // UTC
    qint64 accountId = 0;
    QString username;
    QString action; // see the constants below
    QString entity; // table name for record changes
    qint64 entityId = 0;
    qint64 familyId = 0;
    QString details; // JSON: field-level before/after for changes
};

// Actions.
inline const char* const signIn = "sign_in";
inline const char* const signOut = "sign_out";
inline const char* const lock = "lock";
inline const char* const unlock = "unlock";
inline const char* const view = "view";
inline const char* const create = "create";
inline const char* const change = "change";
inline const char* const remove = "delete";
inline const char* const exportData = "export";
inline const char* const print = "print";
inline const char* const backup = "backup";
inline const char* const restore = "restore";
inline const char* const rekey = "rekey";
inline const char* const accounts = "accounts";
inline const char* const bulk = "bulk";

// Appends one entry as the signed-in account, inside a transaction of its own (or the caller's).
Status record(const Database& db, const QString& action, const QString& entity = QString(),
              qint64 entityId = 0, qint64 familyId = 0, const QJsonObject& details = QJsonObject());

// Record changes, called by Database::insert / update / remove.
bool isAudited(const QString& table);
Status recordCreate(const Database& db, const QString& table, qint64 id, const QJsonObject& fields);
Status recordChange(const Database& db, const QString& table, qint64 id, const QJsonObject& before,
                    const QJsonObject& after);
Status recordDelete(const Database& db, const QString& table, qint64 id, const QJsonObject& before);
// How a value appears in the audit: long text (a narrative) as its length and a digest, so the
// trail says that it changed without becoming a second copy of every note.
QJsonValue auditValue(const QVariant& value);

// A bulk operation already authorised as a whole (import, demo data, retention deletion) writes one
// summary entry instead of one per row. Only code that has checked the action may open one.
class BulkOperation {
public:
    BulkOperation(const Database& db, QString what, QJsonObject details = QJsonObject());
    ~BulkOperation();
    BulkOperation(const BulkOperation&) = delete;
    BulkOperation& operator=(const BulkOperation&) = delete;
    void addDetail(const QString& key, const QJsonValue& value) { m_details.insert(key, value); }
    Status finish(); // writes the summary entry (call before committing)

private:
    const Database& m_db;
    QString m_what;
    QJsonObject m_details;
    bool m_open = true;
};

struct Verification {
    qint64 entries = 0;
    QStringList problems; // each names the entry (its sequence number) and what is wrong
    bool ok() const { return problems.isEmpty(); }
};
// Recomputes the whole chain. Needs the audit key (a signed-in session). With an anchor (the head
// remembered in the key file at the last sign-in), also finds entries cut off the end.
struct Anchor {
    qint64 seq = 0;
    QByteArray hash;
};
Verification verify(const Database& db, const Anchor& anchor = Anchor());
// The newest entry's sequence number and hash (0 and empty when there is none).
Anchor head(const Database& db);

struct Filter {
    qint64 familyId = 0; // 0: any
    QStringList actions; // empty: any
    int limit = 1000;
};
std::vector<Entry> entries(const Database& db, const Filter& filter);

} // namespace audit
} // namespace waymark
