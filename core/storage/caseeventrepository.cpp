#include "storage/caseeventrepository.h"

#include "access/accesspolicy.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "util/trcontext.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace waymark {

namespace {

const QString kColumns =
    QStringLiteral("id, family_id, involvement_id, person_id, kind, event_date, event_time, "
                   "note, recorded_by_worker_id, created_at");

RecordedEvent readEvent(const QSqlQuery& q) {
    RecordedEvent e;
    e.id = q.value(0).toLongLong();
    e.familyId = q.value(1).toLongLong();
    e.involvementId = q.value(2).toLongLong();
    e.personId = q.value(3).toLongLong();
    e.kind = q.value(4).toString();
    e.date = dateFromText(q.value(5).toString());
    e.time = QTime::fromString(q.value(6).toString(), Qt::ISODate);
    e.note = q.value(7).toString();
    e.recordedByWorkerId = q.value(8).toLongLong();
    e.createdAt = utcFromText(q.value(9).toString());
    return e;
}

QVariant timeText(const QTime& time) {
    return nullableText(time.isValid() ? time.toString(QStringLiteral("HH:mm")) : QString());
}

} // namespace

Status CaseEventRepository::save(RecordedEvent& e) {
    if (e.familyId == 0 || e.kind.isEmpty() || !e.date.isValid())
        return Status::failure(Storage::tr("An event needs a family, a kind and a date."));
    if (Status s = access::requireWrite(m_db, e.familyId); !s)
        return s;
    std::vector<std::pair<QString, QVariant>> columns = {
        {QStringLiteral("family_id"), e.familyId},
        {QStringLiteral("involvement_id"), nullableId(e.involvementId)},
        {QStringLiteral("person_id"), nullableId(e.personId)},
        {QStringLiteral("kind"), e.kind},
        {QStringLiteral("event_date"), dateToText(e.date)},
        {QStringLiteral("event_time"), timeText(e.time)},
        {QStringLiteral("note"), e.note},
        {QStringLiteral("recorded_by_worker_id"), nullableId(e.recordedByWorkerId)},
    };
    Transaction tx(m_db);
    if (e.id == 0) {
        const QDateTime now = m_db.now().toUTC();
        columns.push_back({QStringLiteral("created_at"), utcToText(now)});
        auto id = m_db.insert(QStringLiteral("case_events"), columns, "saving the event");
        if (!id)
            return id.status();
        if (Status s = tx.commit(); !s)
            return s;
        e.id = *id;
        e.createdAt = utcFromText(utcToText(now)); // as stored: whole seconds
        return Status::ok();
    }
    if (Status s = m_db.update(QStringLiteral("case_events"), e.id, columns, "saving the event"); !s)
        return s;
    return tx.commit();
}

Status CaseEventRepository::remove(qint64 id) {
    auto event = get(id);
    if (!event)
        return Status::failure(Storage::tr("There is no event %1.").arg(id));
    if (Status s = access::requireWrite(m_db, event->familyId); !s)
        return s;
    return m_db.remove(QStringLiteral("case_events"), id, "removing the event");
}

Result<RecordedEvent> CaseEventRepository::get(qint64 id) const {
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM case_events WHERE id = ?").arg(kColumns), {id},
                      "reading an event");
    if (!q)
        return q.status();
    QSqlQuery query = std::move(q).value();
    if (!query.next())
        return Result<RecordedEvent>::failure(Storage::tr("There is no event %1.").arg(id));
    return readEvent(query);
}

std::vector<RecordedEvent> CaseEventRepository::forFamily(qint64 familyId) const {
    auto all = forFamilies(QStringLiteral("SELECT ?"), {familyId});
    return all ? std::move(all).value() : std::vector<RecordedEvent>{};
}

Result<std::vector<RecordedEvent>> CaseEventRepository::forFamilies(const QString& familySubquery,
                                                                    const QVariantList& bindings) const {
    const QString where =
        familySubquery.isEmpty() ? QString() : QStringLiteral(" WHERE family_id IN (%1)").arg(familySubquery);
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM case_events%2 ORDER BY family_id, event_date, id")
                          .arg(kColumns, where),
                      bindings, "reading events");
    if (!q)
        return q.status();
    QSqlQuery query = std::move(q).value();
    query.setForwardOnly(true);
    std::vector<RecordedEvent> out;
    while (query.next())
        out.push_back(readEvent(query));
    return out;
}

} // namespace waymark
