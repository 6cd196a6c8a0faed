#include "earlyhelp/intakerepository.h"

#include "access/accesspolicy.h"
#include "domain/caseevent.h"
#include "earlyhelp/prioritisation.h"
#include "storage/caseeventrepository.h"
#include "storage/database.h"
#include "storage/involvementrepository.h"
#include "storage/transaction.h"
#include "util/trcontext.h"
#include "validation/validators.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace waymark {

namespace {

const QString kIntakeColumns = QStringLiteral(
    "id, involvement_id, family_id, outcome, prioritised_on, response_note, proposed_worker_id, "
    "decided_by_worker_id, created_at, updated_at");

EhIntake readIntake(const QSqlQuery& q) {
    EhIntake i;
    i.id = q.value(0).toLongLong();
    i.involvementId = q.value(1).toLongLong();
    i.familyId = q.value(2).toLongLong();
    i.outcome = q.value(3).toString();
    i.prioritisedOn = dateFromText(q.value(4).toString());
    i.responseNote = q.value(5).toString();
    i.proposedWorkerId = q.value(6).toLongLong();
    i.decidedByWorkerId = q.value(7).toLongLong();
    i.createdAt = q.value(8).toString();
    i.updatedAt = q.value(9).toString();
    return i;
}

const QString kEscalationColumns = QStringLiteral("id, involvement_id, family_id, decided_on, from_service, "
                                                  "to_service, manager_worker_id, note, created_at");

EhEscalation readEscalation(const QSqlQuery& q) {
    EhEscalation e;
    e.id = q.value(0).toLongLong();
    e.involvementId = q.value(1).toLongLong();
    e.familyId = q.value(2).toLongLong();
    e.decidedOn = dateFromText(q.value(3).toString());
    e.fromService = q.value(4).toString();
    e.toService = q.value(5).toString();
    e.managerWorkerId = q.value(6).toLongLong();
    e.note = q.value(7).toString();
    e.createdAt = q.value(8).toString();
    return e;
}

qint64 signedInWorker(const Database& db) {
    const Account* a = db.account();
    return a ? a->workerId : 0;
}

// The case event an intake implies, against its involvement. `previous` is the date it had before
// an edit: that event moves instead of a second one being added.
Status recordEvent(Database& db, qint64 familyId, qint64 involvementId, const QString& kind,
                   const QDate& date, const QDate& previous = QDate()) {
    CaseEventRepository events(db);
    if (previous.isValid()) {
        for (RecordedEvent e : events.forFamily(familyId)) {
            if (e.involvementId == involvementId && e.kind == kind && e.date == previous) {
                if (e.date == date)
                    return Status::ok();
                e.date = date;
                return events.save(e);
            }
        }
    }
    RecordedEvent e;
    e.familyId = familyId;
    e.involvementId = involvementId;
    e.kind = kind;
    e.date = date;
    e.recordedByWorkerId = signedInWorker(db);
    return events.save(e);
}

bool hasEvent(Database& db, qint64 involvementId, const QString& kind) {
    auto q = db.run(QStringLiteral("SELECT 1 FROM case_events WHERE involvement_id = ? AND kind = ?"),
                    {involvementId, kind}, "checking the case events");
    if (!q)
        return false;
    QSqlQuery query = std::move(q).value();
    return query.next();
}

} // namespace

Status EhIntakeRepository::saveIntake(EhIntake& intake) {
    auto involvement = InvolvementRepository(m_db).get(intake.involvementId);
    if (!involvement)
        return involvement.status();
    if (auto issues = validateEhIntake(intake, *involvement, m_db.today()); !issues.isEmpty())
        return Status::failure(joinIssues(issues));
    if (Status s = access::requireWrite(m_db, involvement->familyId); !s)
        return s;
    // Section 1: the Team Leader / Senior FOW prioritises and writes the acceptance note.
    if (Status s = access::require(m_db, access::Action::SignOff); !s)
        return s;
    const std::optional<EhIntake> stored = intakeFor(intake.involvementId);
    if (stored && intake.id != 0 && intake.id != stored->id)
        return Status::failure(Storage::tr("This work already has a different prioritisation record."));

    EhIntake saved = intake;
    saved.id = stored ? stored->id : 0;
    saved.familyId = involvement->familyId;
    saved.decidedByWorkerId = signedInWorker(m_db);
    const QString now = m_db.nowText();
    std::vector<std::pair<QString, QVariant>> columns = {
        {QStringLiteral("involvement_id"), saved.involvementId},
        {QStringLiteral("family_id"), saved.familyId},
        {QStringLiteral("outcome"), saved.outcome},
        {QStringLiteral("prioritised_on"), dateToText(saved.prioritisedOn)},
        {QStringLiteral("response_note"), saved.responseNote},
        {QStringLiteral("proposed_worker_id"), nullableId(saved.proposedWorkerId)},
        {QStringLiteral("decided_by_worker_id"), nullableId(saved.decidedByWorkerId)},
        {QStringLiteral("updated_at"), now},
    };
    saved.updatedAt = now;
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.beginError());
    if (saved.id == 0) {
        columns.push_back({QStringLiteral("created_at"), now});
        auto id = m_db.insert(QStringLiteral("eh_intakes"), columns, "saving the prioritisation");
        if (!id)
            return id.status();
        saved.id = *id;
        saved.createdAt = now;
    } else {
        if (Status s =
                m_db.update(QStringLiteral("eh_intakes"), saved.id, columns, "saving the prioritisation");
            !s)
            return s;
        saved.createdAt = stored->createdAt;
    }
    if (Status s = recordEvent(m_db, saved.familyId, saved.involvementId, QStringLiteral("eh_prioritised"),
                               saved.prioritisedOn, stored ? stored->prioritisedOn : QDate());
        !s)
        return s;
    // Nothing else records the allocation to Early Help (the involvement dialog does not): the
    // referrer contact timescale (eh.referrer_contact) starts from it.
    if (involvement->allocatedWorkerId != 0 &&
        !hasEvent(m_db, saved.involvementId, QStringLiteral("eh_allocated"))) {
        QDate allocated = involvement->openedOn.isValid() ? involvement->openedOn : saved.prioritisedOn;
        if (allocated > m_db.today())
            allocated = saved.prioritisedOn;
        if (Status s = recordEvent(m_db, saved.familyId, saved.involvementId, QStringLiteral("eh_allocated"),
                                   allocated);
            !s)
            return s;
    }
    if (Status s = tx.commit(); !s)
        return s;
    intake = saved;
    return Status::ok();
}

std::optional<EhIntake> EhIntakeRepository::intakeFor(qint64 involvementId) const {
    auto q =
        m_db.run(QStringLiteral("SELECT %1 FROM eh_intakes WHERE involvement_id = ?").arg(kIntakeColumns),
                 {involvementId}, "reading the prioritisation");
    if (!q)
        return std::nullopt;
    QSqlQuery query = std::move(q).value();
    if (!query.next())
        return std::nullopt;
    return readIntake(query);
}

Status EhIntakeRepository::escalate(EhEscalation& escalation) {
    auto involvement = InvolvementRepository(m_db).get(escalation.involvementId);
    if (!involvement)
        return involvement.status();
    if (auto issues = validateEhEscalation(escalation, *involvement, m_db.today()); !issues.isEmpty())
        return Status::failure(joinIssues(issues));
    if (Status s = access::requireWrite(m_db, involvement->familyId); !s)
        return s;
    // Section 3: "there must be a case note from the Manager agreeing that this is to be an extended
    // piece of work".
    if (Status s = access::require(m_db, access::Action::SignOff); !s)
        return s;
    EhEscalation saved = escalation;
    saved.familyId = involvement->familyId;
    saved.fromService = involvement->service;
    saved.managerWorkerId = signedInWorker(m_db);
    saved.createdAt = m_db.nowText();
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.beginError());
    Involvement changed = *involvement;
    changed.service = saved.toService;
    if (Status s = InvolvementRepository(m_db).save(changed); !s)
        return s;
    auto id = m_db.insert(QStringLiteral("eh_escalations"),
                          {{QStringLiteral("involvement_id"), saved.involvementId},
                           {QStringLiteral("family_id"), saved.familyId},
                           {QStringLiteral("decided_on"), dateToText(saved.decidedOn)},
                           {QStringLiteral("from_service"), saved.fromService},
                           {QStringLiteral("to_service"), saved.toService},
                           {QStringLiteral("manager_worker_id"), nullableId(saved.managerWorkerId)},
                           {QStringLiteral("note"), saved.note},
                           {QStringLiteral("created_at"), saved.createdAt}},
                          "saving the escalation");
    if (!id)
        return id.status();
    saved.id = *id;
    if (Status s = tx.commit(); !s)
        return s;
    escalation = saved;
    return Status::ok();
}

std::vector<EhEscalation> EhIntakeRepository::escalationsFor(qint64 involvementId) const {
    std::vector<EhEscalation> out;
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM eh_escalations WHERE involvement_id = ? "
                                     "ORDER BY decided_on, id")
                          .arg(kEscalationColumns),
                      {involvementId}, "reading escalations");
    if (!q)
        return out;
    QSqlQuery query = std::move(q).value();
    while (query.next())
        out.push_back(readEscalation(query));
    return out;
}

} // namespace waymark
