#include "governance/retention.h"

#include "access/accesspolicy.h"
#include "audit/auditlog.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "util/trcontext.h"

#include <QSqlQuery>

namespace waymark::retention {

namespace {

const QString yearsKey = QStringLiteral("retention_years");

int scalar(const Database& db, const QString& sql, const QVariantList& bindings) {
    auto q = db.run(sql, bindings, "counting records");
    if (!q)
        return 0;
    QSqlQuery query = std::move(q).value();
    return query.next() ? query.value(0).toInt() : 0;
}

} // namespace

int years(const Database& db) {
    bool ok = false;
    const int value = db.meta(yearsKey).toInt(&ok);
    return ok && value > 0 ? value : defaultYears;
}

Status setYears(Database& db, int value) {
    if (Status s = access::require(db, access::Action::RetentionReview); !s)
        return s;
    if (value < 1 || value > 100)
        return Status::failure(
            Security::tr("The retention period is a whole number of years from 1 to 100."));
    Transaction tx(db);
    if (Status s = db.setMeta(yearsKey, QString::number(value)); !s)
        return s;
    if (Status s = audit::record(db, QLatin1String(audit::change), QStringLiteral("meta"), 0, 0,
                                 QJsonObject{{QStringLiteral("retention_years"), value}});
        !s)
        return s;
    return tx.commit();
}

Result<std::vector<Candidate>> due(const Database& db, const QDate& today) {
    if (Status s = access::require(db, access::Action::RetentionReview); !s)
        return s;
    const QDate cutoff = today.addYears(-years(db));
    auto q = db.run(QStringLiteral("SELECT f.id, f.name, MAX(i.closed_on), COUNT(i.id), "
                                   "(SELECT COUNT(*) FROM case_notes n WHERE n.family_id = f.id) "
                                   "FROM families f JOIN involvements i ON i.family_id = f.id "
                                   "GROUP BY f.id, f.name "
                                   "HAVING SUM(CASE WHEN i.status <> 'closed' THEN 1 ELSE 0 END) = 0 "
                                   "AND MAX(i.closed_on) < ? ORDER BY MAX(i.closed_on), f.id"),
                    {dateToText(cutoff)}, "listing records past their retention period");
    if (!q)
        return q.status();
    std::vector<Candidate> out;
    QSqlQuery query = std::move(q).value();
    while (query.next())
        out.push_back({query.value(0).toLongLong(), query.value(1).toString(),
                       dateFromText(query.value(2).toString()), query.value(3).toInt(),
                       query.value(4).toInt()});
    return out;
}

Result<Deleted> deleteFamily(Database& db, qint64 familyId, const QString& reason, const QDate& today) {
    if (Status s = access::require(db, access::Action::RetentionReview); !s)
        return s;
    if (reason.trimmed().isEmpty())
        return Status::failure(
            Security::tr("Give the reason for deleting (e.g. the retention schedule's entry)."));
    auto candidates = due(db, today);
    if (!candidates)
        return candidates.status();
    const Candidate* candidate = nullptr;
    for (const Candidate& c : *candidates)
        if (c.familyId == familyId)
            candidate = &c;
    if (!candidate)
        return Status::failure(
            Security::tr("Family %1 is not past its retention period (or has an open service); "
                         "nothing was deleted.")
                .arg(familyId));

    Transaction tx(db);
    if (!tx.isActive())
        return Status::failure(tx.beginError());
    Deleted gone;
    gone.services = candidate->services;
    gone.notes = candidate->notes;
    gone.events =
        scalar(db, QStringLiteral("SELECT COUNT(*) FROM case_events WHERE family_id = ?"), {familyId});
    // The people of this family who belong to no other family go with it.
    QVariantList alone;
    {
        auto q =
            db.run(QStringLiteral("SELECT person_id FROM family_members m WHERE family_id = ? AND NOT EXISTS "
                                  "(SELECT 1 FROM family_members o WHERE o.person_id = m.person_id "
                                  "AND o.family_id <> m.family_id)"),
                   {familyId}, "finding the family's people");
        if (!q)
            return q.status();
        QSqlQuery query = std::move(q).value();
        while (query.next())
            alone << query.value(0);
    }
    audit::BulkOperation bulk(db, QStringLiteral("retention deletion"));
    // Deleting the family cascades to its members, services, notes, drafts, events and extensions.
    if (auto removed =
            db.run(QStringLiteral("DELETE FROM families WHERE id = ?"), {familyId}, "deleting the family");
        !removed)
        return removed.status();
    for (const QVariant& person : alone) {
        auto removed = db.run(QStringLiteral("DELETE FROM people WHERE id = ? AND NOT EXISTS "
                                             "(SELECT 1 FROM case_note_people WHERE person_id = people.id)"),
                              {person}, "deleting the family's people");
        if (!removed)
            return removed.status();
        gone.people += removed->numRowsAffected();
    }
    bulk.addDetail(QStringLiteral("family_id"), double(familyId));
    bulk.addDetail(QStringLiteral("last_closed"), dateToText(candidate->lastClosed));
    bulk.addDetail(QStringLiteral("retention_years"), years(db));
    bulk.addDetail(QStringLiteral("reason"), reason.trimmed());
    bulk.addDetail(QStringLiteral("people"), gone.people);
    bulk.addDetail(QStringLiteral("services"), gone.services);
    bulk.addDetail(QStringLiteral("notes"), gone.notes);
    bulk.addDetail(QStringLiteral("events"), gone.events);
    if (Status s = bulk.finish(); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    return gone;
}

} // namespace waymark::retention
