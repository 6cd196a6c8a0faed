#include "audit/auditlog.h"

#include "security/crypto.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "util/trcontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace waymark::audit {

namespace {

constexpr int longTextChars = 200;
const QByteArray genesis = QByteArray(32, '\0');

QByteArray canonical(const Entry& e, const QByteArray& detailsHash, const QByteArray& prevHash) {
    const QJsonArray fields = {QString::fromLatin1(prevHash.toHex()),
                               QString::number(e.seq),
                               utcToText(e.at),
                               QString::number(e.accountId),
                               e.username,
                               e.action,
                               e.entity,
                               QString::number(e.entityId),
                               QString::number(e.familyId),
                               QString::fromLatin1(detailsHash.toHex())};
    return QJsonDocument(fields).toJson(QJsonDocument::Compact);
}

// Columns seq, at, account_id, username, action, entity, entity_id, family_id, details, in order.
Entry readEntry(const QSqlQuery& q) {
    Entry e;
    e.seq = q.value(0).toLongLong();
    e.at = utcFromText(q.value(1).toString());
    e.accountId = q.value(2).toLongLong();
    e.username = q.value(3).toString();
    e.action = q.value(4).toString();
    e.entity = q.value(5).toString();
    e.entityId = q.value(6).toLongLong();
    e.familyId = q.value(7).toLongLong();
    e.details = q.value(8).toString();
    return e;
}

Status append(const Database& db, Entry e) {
    const Account* account = db.account();
    if (!account || !db.auditKey().isValid())
        return Status::failure(Security::tr("Nobody is signed in, so nothing can be recorded or changed."));
    Transaction tx(const_cast<Database&>(db));
    if (!tx.isActive())
        return Status::failure(tx.beginError());
    auto head = db.run(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"), {},
                       "reading the audit trail");
    if (!head)
        return head.status();
    QSqlQuery q = std::move(head).value();
    QByteArray prev = genesis;
    e.seq = 1;
    if (q.next()) {
        e.seq = q.value(0).toLongLong() + 1;
        prev = QByteArray::fromHex(q.value(1).toString().toLatin1());
    }
    q.finish();
    e.accountId = account->id;
    e.username = account->username;
    e.at = db.now().toUTC();
    const QByteArray detailsHash = blake2b(e.details.toUtf8());
    const QByteArray hash = blake2b(canonical(e, detailsHash, prev), db.auditKey());
    auto inserted =
        db.run(QStringLiteral("INSERT INTO audit_log (seq, at, account_id, username, action, entity, "
                              "entity_id, family_id, details, details_hash, prev_hash, hash) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
               {e.seq, utcToText(e.at), e.accountId, e.username, e.action, e.entity, e.entityId, e.familyId,
                e.details, QString::fromLatin1(detailsHash.toHex()), QString::fromLatin1(prev.toHex()),
                QString::fromLatin1(hash.toHex())},
               "writing the audit trail");
    if (!inserted)
        return inserted.status();
    return tx.commit();
}

qint64 familyOf(const QString& table, qint64 id, const QJsonObject& fields) {
    if (table == QLatin1String("families"))
        return id;
    const QJsonValue family = fields.value(QStringLiteral("family_id"));
    return family.isDouble() ? qint64(family.toDouble()) : family.toString().toLongLong();
}

} // namespace

QJsonValue auditValue(const QVariant& value) {
    if (value.isNull())
        return QJsonValue::Null;
    if (value.typeId() == QMetaType::QString) {
        const QString text = value.toString();
        if (text.size() > longTextChars)
            return QJsonObject{
                {QStringLiteral("chars"), int(text.size())},
                {QStringLiteral("blake2b"), QString::fromLatin1(blake2b(text.toUtf8()).toHex().left(16))}};
        return text;
    }
    // A stored file (family folder): its size and a digest, never the bytes.
    if (value.typeId() == QMetaType::QByteArray) {
        const QByteArray bytes = value.toByteArray();
        return QJsonObject{{QStringLiteral("bytes"), double(bytes.size())},
                           {QStringLiteral("blake2b"), QString::fromLatin1(blake2b(bytes).toHex().left(16))}};
    }
    return QJsonValue::fromVariant(value);
}

bool isAudited(const QString& table) {
    return table != QLatin1String("drafts") && table != QLatin1String("meta") &&
           table != QLatin1String("schema_migrations") && table != QLatin1String("audit_log");
}

Status record(const Database& db, const QString& action, const QString& entity, qint64 entityId,
              qint64 familyId, const QJsonObject& details) {
    Entry e;
    e.action = action;
    e.entity = entity;
    e.entityId = entityId;
    e.familyId = familyId;
    e.details = details.isEmpty() ? QString()
                                  : QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    return append(db, e);
}

Status recordCreate(const Database& db, const QString& table, qint64 id, const QJsonObject& fields) {
    if (!isAudited(table) || db.bulkDepth() > 0)
        return Status::ok();
    return record(db, QLatin1String(create), table, id, familyOf(table, id, fields),
                  QJsonObject{{QStringLiteral("fields"), fields}});
}

Status recordChange(const Database& db, const QString& table, qint64 id, const QJsonObject& before,
                    const QJsonObject& after) {
    if (!isAudited(table) || db.bulkDepth() > 0)
        return Status::ok();
    QJsonObject changed;
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (it.key() == QLatin1String("updated_at") || before.value(it.key()) == it.value())
            continue;
        changed.insert(it.key(), QJsonObject{{QStringLiteral("before"), before.value(it.key())},
                                             {QStringLiteral("after"), it.value()}});
    }
    if (changed.isEmpty())
        return Status::ok(); // saved unchanged: nothing to say
    return record(db, QLatin1String(change), table, id, familyOf(table, id, before),
                  QJsonObject{{QStringLiteral("changed"), changed}});
}

Status recordDelete(const Database& db, const QString& table, qint64 id, const QJsonObject& before) {
    if (!isAudited(table) || db.bulkDepth() > 0)
        return Status::ok();
    return record(db, QLatin1String(remove), table, id, familyOf(table, id, before),
                  QJsonObject{{QStringLiteral("before"), before}});
}

BulkOperation::BulkOperation(const Database& db, QString what, QJsonObject details)
    : m_db(db)
    , m_what(std::move(what))
    , m_details(std::move(details)) {
    ++m_db.bulkDepth();
}

BulkOperation::~BulkOperation() {
    if (m_open)
        --m_db.bulkDepth();
}

Status BulkOperation::finish() {
    if (!m_open)
        return Status::ok();
    m_open = false;
    --m_db.bulkDepth();
    QJsonObject details = m_details;
    details.insert(QStringLiteral("operation"), m_what);
    return record(m_db, QLatin1String(bulk), QString(), 0, 0, details);
}

Anchor head(const Database& db) {
    Anchor a;
    auto q = db.run(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"), {},
                    "reading the audit trail");
    if (!q)
        return a;
    QSqlQuery query = std::move(q).value();
    if (query.next()) {
        a.seq = query.value(0).toLongLong();
        a.hash = QByteArray::fromHex(query.value(1).toString().toLatin1());
    }
    return a;
}

Verification verify(const Database& db, const Anchor& anchor) {
    Verification v;
    if (!db.auditKey().isValid()) {
        v.problems << Security::tr("Sign in to verify the audit trail (its key comes from the key file).");
        return v;
    }
    auto rows =
        db.run(QStringLiteral("SELECT seq, at, account_id, username, action, entity, entity_id, family_id, "
                              "details, details_hash, prev_hash, hash FROM audit_log ORDER BY seq"),
               {}, "reading the audit trail");
    if (!rows) {
        v.problems << rows.error();
        return v;
    }
    QSqlQuery q = std::move(rows).value();
    QByteArray prev = genesis;
    qint64 expectedSeq = 1;
    while (q.next()) {
        const Entry e = readEntry(q);
        const QByteArray detailsHash = QByteArray::fromHex(q.value(9).toString().toLatin1());
        const QByteArray storedPrev = QByteArray::fromHex(q.value(10).toString().toLatin1());
        const QByteArray storedHash = QByteArray::fromHex(q.value(11).toString().toLatin1());
        ++v.entries;
        if (e.seq != expectedSeq)
            v.problems << Security::tr("Entry %1: expected entry %2 here; entries are missing.")
                              .arg(e.seq)
                              .arg(expectedSeq);
        if (storedPrev != prev)
            v.problems << Security::tr(
                              "Entry %1: it does not follow the entry before it (removed or reordered).")
                              .arg(e.seq);
        if (blake2b(e.details.toUtf8()) != detailsHash)
            v.problems << Security::tr("Entry %1: its details were changed.").arg(e.seq);
        if (blake2b(canonical(e, detailsHash, storedPrev), db.auditKey()) != storedHash)
            v.problems << Security::tr("Entry %1: it was altered (its seal does not match).").arg(e.seq);
        if (anchor.seq == e.seq && anchor.hash != storedHash)
            v.problems
                << Security::tr("Entry %1: it is not the entry recorded at the last sign-in.").arg(e.seq);
        prev = storedHash;
        expectedSeq = e.seq + 1;
    }
    if (anchor.seq >= expectedSeq)
        v.problems << Security::tr("Entries %1 to %2 are missing from the end of the trail (the last sign-in "
                                   "recorded entry %2).")
                          .arg(expectedSeq)
                          .arg(anchor.seq);
    return v;
}

std::vector<Entry> entries(const Database& db, const Filter& filter) {
    QString sql =
        QStringLiteral("SELECT seq, at, account_id, username, action, entity, entity_id, family_id, details "
                       "FROM audit_log WHERE 1 = 1");
    QVariantList bindings;
    if (filter.familyId != 0) {
        sql += QStringLiteral(" AND family_id = ?");
        bindings << filter.familyId;
    }
    if (!filter.actions.isEmpty()) {
        QStringList marks;
        for (const QString& action : filter.actions) {
            marks << QStringLiteral("?");
            bindings << action;
        }
        sql += QStringLiteral(" AND action IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    sql += QStringLiteral(" ORDER BY seq DESC LIMIT %1").arg(qMax(1, filter.limit));
    std::vector<Entry> out;
    auto rows = db.run(sql, bindings, "reading the audit trail");
    if (!rows)
        return out;
    QSqlQuery q = std::move(rows).value();
    while (q.next()) {
        out.push_back(readEntry(q));
    }
    return out;
}

} // namespace waymark::audit
