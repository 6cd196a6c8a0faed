#include "storage/draftrepository.h"

#include "storage/database.h"
#include "storage/transaction.h"

#include <QSqlQuery>

namespace waymark {

Status DraftRepository::save(const Draft& draft) {
    Transaction tx(m_db);
    if (Status s = remove(draft.key); !s)
        return s;
    auto inserted = m_db.run(
        QStringLiteral("INSERT INTO drafts (key, family_id, content, updated_at) VALUES (?, ?, ?, ?)"),
        {draft.key, nullableId(draft.familyId), draft.content, m_db.nowText()}, "keeping a draft");
    if (!inserted)
        return inserted.status();
    return tx.commit();
}

std::optional<Draft> DraftRepository::load(const QString& key) const {
    auto q = m_db.run(QStringLiteral("SELECT key, family_id, content, updated_at FROM drafts WHERE key = ?"),
                      {key}, "reading a draft");
    if (!q)
        return std::nullopt;
    QSqlQuery query = std::move(q).value();
    if (!query.next())
        return std::nullopt;
    return Draft{query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toString(),
                 utcFromText(query.value(3).toString())};
}

Status DraftRepository::remove(const QString& key) {
    return m_db.run(QStringLiteral("DELETE FROM drafts WHERE key = ?"), {key}, "removing a draft").status();
}

} // namespace waymark
