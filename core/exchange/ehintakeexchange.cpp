#include "exchange/ehintakeexchange.h"

#include "earlyhelp/prioritisation.h"
#include "exchange/exportcolumns.h"
#include "storage/database.h"
#include "util/trcontext.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace waymark::exchange {

namespace {

Status exportIntakes(Database& db, QJsonArray& out) {
    return eachRow(
        db,
        QStringLiteral("SELECT id, involvement_id, family_id, outcome, prioritised_on, response_note, "
                       "proposed_worker_id, decided_by_worker_id, created_at, updated_at "
                       "FROM eh_intakes ORDER BY id"),
        "exporting Early Help prioritisations", [&](const QSqlQuery& q) {
            out.append(QJsonObject{
                {QStringLiteral("id"), id(q, 0)},
                {QStringLiteral("involvementId"), id(q, 1)},
                {QStringLiteral("familyId"), id(q, 2)},
                {QStringLiteral("outcome"), text(q, 3)},
                {QStringLiteral("prioritisedOn"), dateOrNull(q, 4)},
                {QStringLiteral("responseNote"), text(q, 5)},
                {QStringLiteral("proposedWorkerId"), idOrNull(q, 6)},
                {QStringLiteral("decidedByWorkerId"), idOrNull(q, 7)},
                {QStringLiteral("createdAt"), utc(q, 8)},
                {QStringLiteral("updatedAt"), utc(q, 9)},
            });
        });
}

Status exportEscalations(Database& db, QJsonArray& out) {
    return eachRow(
        db,
        QStringLiteral("SELECT id, involvement_id, family_id, decided_on, from_service, to_service, "
                       "manager_worker_id, note, created_at FROM eh_escalations ORDER BY id"),
        "exporting Early Help escalations", [&](const QSqlQuery& q) {
            out.append(QJsonObject{
                {QStringLiteral("id"), id(q, 0)},
                {QStringLiteral("involvementId"), id(q, 1)},
                {QStringLiteral("familyId"), id(q, 2)},
                {QStringLiteral("decidedOn"), dateOrNull(q, 3)},
                {QStringLiteral("fromService"), text(q, 4)},
                {QStringLiteral("toService"), text(q, 5)},
                {QStringLiteral("managerWorkerId"), idOrNull(q, 6)},
                {QStringLiteral("note"), text(q, 7)},
                {QStringLiteral("createdAt"), utc(q, 8)},
            });
        });
}

const char* const kNoWorker =
    QT_TRANSLATE_NOOP("waymark::Exchange", "there is no worker with id %1 in this file");
const char* const kNoInvolvement =
    QT_TRANSLATE_NOOP("waymark::Exchange", "there is no involvement with id %1 in this file");

class EhIntakeParser {
public:
    EhIntakeParser(Database& db, Document& doc)
        : m_doc(doc)
        , m_now(db.nowText())
        , m_today(db.today()) {
        for (const Worker& w : doc.workers)
            m_workers.insert(w.id);
        for (const auto& [inv, stamps] : doc.involvements)
            m_involvements.insert(inv.id, inv);
    }

    Status intakes(const QJsonArray& items) {
        QSet<qint64> ids, involvementsUsed;
        for (int i = 0; i < items.size(); ++i) {
            const QString path = elementPath(QStringLiteral("$.ehIntakes"), i);
            ObjectReader r(items.at(i), path);
            EhIntake x;
            r.id(QStringLiteral("id"), x.id, ObjectReader::Required);
            r.id(QStringLiteral("involvementId"), x.involvementId, ObjectReader::Required);
            r.id(QStringLiteral("familyId"), x.familyId, ObjectReader::Required);
            r.text(QStringLiteral("outcome"), x.outcome, ObjectReader::Required);
            r.date(QStringLiteral("prioritisedOn"), x.prioritisedOn, ObjectReader::Required);
            r.text(QStringLiteral("responseNote"), x.responseNote);
            r.id(QStringLiteral("proposedWorkerId"), x.proposedWorkerId, ObjectReader::Optional, true);
            r.id(QStringLiteral("decidedByWorkerId"), x.decidedByWorkerId, ObjectReader::Optional, true);
            x.createdAt = x.updatedAt = m_now;
            r.utcTime(QStringLiteral("createdAt"), x.createdAt);
            r.utcTime(QStringLiteral("updatedAt"), x.updatedAt);
            if (Status s = r.finish(); !s)
                return s;
            if (Status s = unique(ids, x.id, r.pathOf(QStringLiteral("id"))); !s)
                return s;
            auto inv = involvementOf(r, x.involvementId, x.familyId);
            if (!inv)
                return inv.status();
            if (auto issues = validateEhIntake(x, *inv, m_today); !issues.isEmpty())
                return fieldError(path + QLatin1Char('.') + issues.first().field, issues.first().message);
            if (involvementsUsed.contains(x.involvementId))
                return fieldError(r.pathOf(QStringLiteral("involvementId")),
                                  Exchange::tr("involvement %1 already has a prioritisation in this file")
                                      .arg(x.involvementId));
            involvementsUsed.insert(x.involvementId);
            for (const auto& [key, worker] :
                 {std::pair{QStringLiteral("proposedWorkerId"), x.proposedWorkerId},
                  std::pair{QStringLiteral("decidedByWorkerId"), x.decidedByWorkerId}})
                if (Status s = ref(m_workers, worker, r.pathOf(key), kNoWorker); !s)
                    return s;
            m_doc.ehIntake.intakes.push_back(x);
        }
        return Status::ok();
    }

    Status escalations(const QJsonArray& items) {
        QSet<qint64> ids;
        for (int i = 0; i < items.size(); ++i) {
            const QString path = elementPath(QStringLiteral("$.ehEscalations"), i);
            ObjectReader r(items.at(i), path);
            EhEscalation x;
            r.id(QStringLiteral("id"), x.id, ObjectReader::Required);
            r.id(QStringLiteral("involvementId"), x.involvementId, ObjectReader::Required);
            r.id(QStringLiteral("familyId"), x.familyId, ObjectReader::Required);
            r.date(QStringLiteral("decidedOn"), x.decidedOn, ObjectReader::Required);
            r.text(QStringLiteral("fromService"), x.fromService, ObjectReader::Required);
            r.text(QStringLiteral("toService"), x.toService, ObjectReader::Required);
            r.id(QStringLiteral("managerWorkerId"), x.managerWorkerId, ObjectReader::Optional, true);
            r.text(QStringLiteral("note"), x.note, ObjectReader::Required);
            x.createdAt = m_now;
            r.utcTime(QStringLiteral("createdAt"), x.createdAt);
            if (Status s = r.finish(); !s)
                return s;
            if (Status s = unique(ids, x.id, r.pathOf(QStringLiteral("id"))); !s)
                return s;
            auto inv = involvementOf(r, x.involvementId, x.familyId);
            if (!inv)
                return inv.status();
            // The involvement now holds the service escalated to, so the escalation is checked on its
            // own: an upward move between Early Help interventions, dated, with the manager's note.
            Involvement before = *inv;
            before.service = x.fromService;
            before.status = QStringLiteral("open");
            EhEscalation check = x;
            check.fromService.clear();
            ValidationIssues issues = validateEhEscalation(check, before, m_today);
            if (interventionRank(x.fromService) == 0)
                issues.prepend({QStringLiteral("fromService"),
                                Exchange::tr("\"%1\" is not an Early Help intervention").arg(x.fromService)});
            if (!issues.isEmpty()) {
                const QString field = issues.first().field == QLatin1String("involvementId")
                                          ? QStringLiteral("fromService")
                                          : issues.first().field;
                return fieldError(path + QLatin1Char('.') + field, issues.first().message);
            }
            if (Status s =
                    ref(m_workers, x.managerWorkerId, r.pathOf(QStringLiteral("managerWorkerId")), kNoWorker);
                !s)
                return s;
            m_doc.ehIntake.escalations.push_back(x);
        }
        return Status::ok();
    }

private:
    // The record's involvement is in the file, belongs to the record's family and is Early Help.
    Result<Involvement> involvementOf(const ObjectReader& r, qint64 involvementId, qint64 familyId) const {
        const QString at = r.pathOf(QStringLiteral("involvementId"));
        if (!m_involvements.contains(involvementId))
            return fieldError(at, Exchange::tr(kNoInvolvement).arg(involvementId));
        const Involvement inv = m_involvements.value(involvementId);
        if (inv.familyId != familyId)
            return fieldError(r.pathOf(QStringLiteral("familyId")),
                              Exchange::tr("involvement %1 belongs to another family than %2")
                                  .arg(involvementId)
                                  .arg(familyId));
        if (interventionRank(inv.service) == 0)
            return fieldError(at, Exchange::tr("involvement %1 is not Early Help work").arg(involvementId));
        return inv;
    }

    Document& m_doc;
    const QString m_now;
    const QDate m_today;
    QSet<qint64> m_workers;
    QHash<qint64, Involvement> m_involvements;
};

using Columns = std::vector<std::pair<QString, QVariant>>;

Status insert(Database& db, const char* table, const Columns& columns, const char* what) {
    auto done = db.insert(QLatin1String(table), columns, what);
    return done ? Status::ok() : done.status();
}

} // namespace

Status exportEhIntake(Database& db, QJsonObject& root) {
    QJsonArray intakes, escalations;
    if (Status s = exportIntakes(db, intakes); !s)
        return s;
    if (Status s = exportEscalations(db, escalations); !s)
        return s;
    root.insert(QStringLiteral("ehIntakes"), intakes);
    root.insert(QStringLiteral("ehEscalations"), escalations);
    return Status::ok();
}

void readEhIntakeArrays(ObjectReader& root, EhIntakeArrays& out) {
    root.array(QStringLiteral("ehIntakes"), out.intakes);
    root.array(QStringLiteral("ehEscalations"), out.escalations);
}

Status parseEhIntake(Database& db, const EhIntakeArrays& arrays, Document& doc) {
    EhIntakeParser parser(db, doc);
    if (Status s = parser.intakes(arrays.intakes); !s)
        return s;
    return parser.escalations(arrays.escalations);
}

Status writeEhIntake(Database& db, const EhIntakeDocument& records) {
    for (const EhIntake& x : records.intakes) {
        if (Status s = insert(db, "eh_intakes",
                              {{QStringLiteral("id"), x.id},
                               {QStringLiteral("involvement_id"), x.involvementId},
                               {QStringLiteral("family_id"), x.familyId},
                               {QStringLiteral("outcome"), x.outcome},
                               {QStringLiteral("prioritised_on"), dateToText(x.prioritisedOn)},
                               {QStringLiteral("response_note"), x.responseNote},
                               {QStringLiteral("proposed_worker_id"), nullableId(x.proposedWorkerId)},
                               {QStringLiteral("decided_by_worker_id"), nullableId(x.decidedByWorkerId)},
                               {QStringLiteral("created_at"), x.createdAt},
                               {QStringLiteral("updated_at"), x.updatedAt}},
                              "importing Early Help prioritisations");
            !s)
            return s;
    }
    for (const EhEscalation& x : records.escalations) {
        if (Status s = insert(db, "eh_escalations",
                              {{QStringLiteral("id"), x.id},
                               {QStringLiteral("involvement_id"), x.involvementId},
                               {QStringLiteral("family_id"), x.familyId},
                               {QStringLiteral("decided_on"), dateToText(x.decidedOn)},
                               {QStringLiteral("from_service"), x.fromService},
                               {QStringLiteral("to_service"), x.toService},
                               {QStringLiteral("manager_worker_id"), nullableId(x.managerWorkerId)},
                               {QStringLiteral("note"), x.note},
                               {QStringLiteral("created_at"), x.createdAt}},
                              "importing Early Help escalations");
            !s)
            return s;
    }
    return Status::ok();
}

} // namespace waymark::exchange
