#include "storage/extensionrepository.h"

#include "storage/database.h"
#include "storage/transaction.h"
#include "util/trcontext.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace waymark {

namespace {

const QString kColumns =
    QStringLiteral("id, family_id, involvement_id, person_id, rule_id, original_due, new_due, "
                   "new_due_time, reason, granted_by_worker_id, granted_at");

RecordedExtension readExtension(const QSqlQuery& q) {
    RecordedExtension x;
    x.id = q.value(0).toLongLong();
    x.familyId = q.value(1).toLongLong();
    x.involvementId = q.value(2).toLongLong();
    x.personId = q.value(3).toLongLong();
    x.ruleId = q.value(4).toString();
    x.originalDue = dateFromText(q.value(5).toString());
    x.newDue = dateFromText(q.value(6).toString());
    x.newDueTime = QTime::fromString(q.value(7).toString(), Qt::ISODate);
    x.reason = q.value(8).toString();
    x.grantedByWorkerId = q.value(9).toLongLong();
    x.grantedAt = utcFromText(q.value(10).toString());
    return x;
}

} // namespace

Status ExtensionRepository::save(RecordedExtension& x) {
    if (x.familyId == 0 || x.ruleId.isEmpty() || !x.originalDue.isValid() || !x.newDue.isValid() ||
        x.reason.trimmed().isEmpty() || x.grantedByWorkerId == 0)
        return Status::failure(Storage::tr("An extension needs a family, a rule, the original and new due "
                                           "dates, a reason and the manager who granted it."));
    std::vector<std::pair<QString, QVariant>> columns = {
        {QStringLiteral("family_id"), x.familyId},
        {QStringLiteral("involvement_id"), nullableId(x.involvementId)},
        {QStringLiteral("person_id"), nullableId(x.personId)},
        {QStringLiteral("rule_id"), x.ruleId},
        {QStringLiteral("original_due"), dateToText(x.originalDue)},
        {QStringLiteral("new_due"), dateToText(x.newDue)},
        {QStringLiteral("new_due_time"),
         nullableText(x.newDueTime.isValid() ? x.newDueTime.toString(QStringLiteral("HH:mm")) : QString())},
        {QStringLiteral("reason"), x.reason},
        {QStringLiteral("granted_by_worker_id"), x.grantedByWorkerId},
    };
    Transaction tx(m_db);
    if (x.id == 0) {
        const QString now = utcToText(m_db.now().toUTC());
        columns.push_back({QStringLiteral("granted_at"), now});
        auto id = m_db.insert(QStringLiteral("deadline_extensions"), columns, "saving the extension");
        if (!id)
            return id.status();
        if (Status s = tx.commit(); !s)
            return s;
        x.id = *id;
        x.grantedAt = utcFromText(now);
        return Status::ok();
    }
    if (Status s = m_db.update(QStringLiteral("deadline_extensions"), x.id, columns, "saving the extension");
        !s)
        return s;
    return tx.commit();
}

Status ExtensionRepository::remove(qint64 id) {
    auto done = m_db.run(QStringLiteral("DELETE FROM deadline_extensions WHERE id = ?"), {id},
                         "removing the extension");
    if (!done)
        return done.status();
    if (done->numRowsAffected() == 0)
        return Status::failure(Storage::tr("There is no extension %1.").arg(id));
    return Status::ok();
}

std::vector<RecordedExtension> ExtensionRepository::forFamily(qint64 familyId) const {
    auto all = forFamilies(QStringLiteral("SELECT ?"), {familyId});
    return all ? std::move(all).value() : std::vector<RecordedExtension>{};
}

Result<std::vector<RecordedExtension>> ExtensionRepository::forFamilies(const QString& familySubquery,
                                                                        const QVariantList& bindings) const {
    const QString where =
        familySubquery.isEmpty() ? QString() : QStringLiteral(" WHERE family_id IN (%1)").arg(familySubquery);
    auto q = m_db.run(
        QStringLiteral("SELECT %1 FROM deadline_extensions%2 ORDER BY family_id, id").arg(kColumns, where),
        bindings, "reading extensions");
    if (!q)
        return q.status();
    QSqlQuery query = std::move(q).value();
    std::vector<RecordedExtension> out;
    while (query.next())
        out.push_back(readExtension(query));
    return out;
}

} // namespace waymark
