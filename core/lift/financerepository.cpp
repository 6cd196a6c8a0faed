#include "lift/financerepository.h"

#include "access/accesspolicy.h"
#include "domain/caseevent.h"
#include "lift/liftvalidation.h"
#include "storage/caseeventrepository.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "util/trcontext.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace waymark {

namespace {

const QString kFormColumns = QStringLiteral("id, referral_id, family_id, mentor_id, month, status, "
                                            "submitted_on, processed_on, paid_on, mileage_miles, notes");

FinanceForm readForm(const QSqlQuery& q) {
    FinanceForm f;
    f.id = q.value(0).toLongLong();
    f.referralId = q.value(1).toLongLong();
    f.familyId = q.value(2).toLongLong();
    f.mentorId = q.value(3).toLongLong();
    f.month = dateFromText(q.value(4).toString());
    f.status = q.value(5).toString();
    f.submittedOn = dateFromText(q.value(6).toString());
    f.processedOn = dateFromText(q.value(7).toString());
    f.paidOn = dateFromText(q.value(8).toString());
    f.mileageMiles = q.value(9).toDouble();
    f.notes = q.value(10).toString();
    return f;
}

std::vector<FinanceSession> readSessions(const Database& db, qint64 formId) {
    std::vector<FinanceSession> out;
    auto q =
        db.run(QStringLiteral("SELECT id, session_date, minutes, child_accommodated, note FROM lift_sessions "
                              "WHERE form_id = ? ORDER BY session_date, id"),
               {formId}, "reading finance sessions");
    if (!q)
        return out;
    QSqlQuery query = std::move(q).value();
    while (query.next()) {
        FinanceSession s;
        s.id = query.value(0).toLongLong();
        s.date = dateFromText(query.value(1).toString());
        s.minutes = query.value(2).toInt();
        s.childAccommodated = query.value(3).toBool();
        s.note = query.value(4).toString();
        out.push_back(s);
    }
    return out;
}

} // namespace

Status FinanceRepository::saveForm(FinanceForm& f) {
    if (auto issues = validateFinanceForm(f, m_db.today()); !issues.isEmpty())
        return Status::failure(joinIssues(issues));
    auto ref =
        m_db.run(QStringLiteral("SELECT r.family_id, r.involvement_id FROM lift_referrals r WHERE r.id = ?"),
                 {f.referralId}, "reading a LIFT referral");
    if (!ref)
        return ref.status();
    QSqlQuery rq = std::move(ref).value();
    if (!rq.next())
        return Status::failure(Lift::tr("There is no LIFT referral %1.").arg(f.referralId));
    f.familyId = rq.value(0).toLongLong();
    const qint64 involvementId = rq.value(1).toLongLong();
    if (Status s = access::requireWrite(m_db, f.familyId); !s)
        return s;
    QString previousStatus;
    if (f.id != 0) {
        auto stored = form(f.id);
        if (!stored)
            return stored.status();
        if (stored->status == QLatin1String("paid"))
            return Status::failure(Lift::tr("This form has been paid and can no longer change."));
        previousStatus = stored->status;
    }
    const std::vector<std::pair<QString, QVariant>> columns = {
        {QStringLiteral("referral_id"), f.referralId},
        {QStringLiteral("family_id"), f.familyId},
        {QStringLiteral("mentor_id"), f.mentorId},
        {QStringLiteral("month"), dateToText(f.month)},
        {QStringLiteral("status"), f.status},
        {QStringLiteral("submitted_on"), nullableText(dateToText(f.submittedOn))},
        {QStringLiteral("processed_on"), nullableText(dateToText(f.processedOn))},
        {QStringLiteral("paid_on"), nullableText(dateToText(f.paidOn))},
        {QStringLiteral("mileage_miles"), f.mileageMiles},
        {QStringLiteral("notes"), f.notes},
        {QStringLiteral("updated_at"), m_db.nowText()},
    };
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.beginError());
    qint64 id = f.id;
    if (id == 0) {
        auto cols = columns;
        cols.push_back({QStringLiteral("created_at"), m_db.nowText()});
        auto inserted = m_db.insert(QStringLiteral("lift_finance_forms"), cols, "saving the finance form");
        if (!inserted)
            return Status::failure(inserted.error().contains(QStringLiteral("UNIQUE"))
                                       ? Lift::tr("month: There is already a form for this mentor and month.")
                                       : inserted.error());
        id = *inserted;
    } else {
        if (Status s =
                m_db.update(QStringLiteral("lift_finance_forms"), id, columns, "saving the finance form");
            !s)
            return s;
        for (const FinanceSession& old : readSessions(m_db, id))
            if (Status s = m_db.remove(QStringLiteral("lift_sessions"), old.id, "saving the finance form");
                !s)
                return s;
    }
    std::vector<FinanceSession> sessions = f.sessions;
    for (FinanceSession& s : sessions) {
        auto inserted = m_db.insert(QStringLiteral("lift_sessions"),
                                    {{QStringLiteral("form_id"), id},
                                     {QStringLiteral("family_id"), f.familyId},
                                     {QStringLiteral("session_date"), dateToText(s.date)},
                                     {QStringLiteral("minutes"), s.minutes},
                                     {QStringLiteral("child_accommodated"), s.childAccommodated ? 1 : 0},
                                     {QStringLiteral("note"), s.note}},
                                    "saving the finance form");
        if (!inserted)
            return inserted.status();
        s.id = *inserted;
    }
    // Submitting the form satisfies the monthly finance-form deadline (resources/rules/lift.json).
    if (f.status != QLatin1String("draft") &&
        (previousStatus.isEmpty() || previousStatus == QLatin1String("draft"))) {
        RecordedEvent e;
        e.familyId = f.familyId;
        e.involvementId = involvementId;
        e.kind = QStringLiteral("lift_finance_form");
        e.date = f.submittedOn;
        if (const Account* a = m_db.account())
            e.recordedByWorkerId = a->workerId;
        if (Status s = CaseEventRepository(m_db).save(e); !s)
            return s;
    }
    if (Status s = tx.commit(); !s)
        return s;
    f.id = id;
    f.sessions = std::move(sessions);
    return Status::ok();
}

Result<FinanceForm> FinanceRepository::form(qint64 id) const {
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM lift_finance_forms WHERE id = ?").arg(kFormColumns),
                      {id}, "reading a finance form");
    if (!q)
        return q.status();
    QSqlQuery query = std::move(q).value();
    if (!query.next())
        return Result<FinanceForm>::failure(Lift::tr("There is no finance form %1.").arg(id));
    FinanceForm f = readForm(query);
    if (Status s = access::requireFamily(m_db, f.familyId); !s)
        return s;
    f.sessions = readSessions(m_db, f.id);
    return f;
}

std::vector<FinanceForm> FinanceRepository::formsForReferral(qint64 referralId) const {
    std::vector<FinanceForm> out;
    auto q =
        m_db.run(QStringLiteral("SELECT %1 FROM lift_finance_forms WHERE referral_id = ? ORDER BY month, id")
                     .arg(kFormColumns),
                 {referralId}, "listing finance forms");
    if (!q)
        return out;
    QSqlQuery query = std::move(q).value();
    while (query.next()) {
        FinanceForm f = readForm(query);
        if (!access::canSeeFamily(m_db, f.familyId))
            return {};
        f.sessions = readSessions(m_db, f.id);
        out.push_back(std::move(f));
    }
    return out;
}

Status FinanceRepository::removeForm(qint64 id) {
    auto stored = form(id);
    if (!stored)
        return stored.status();
    if (Status s = access::requireWrite(m_db, stored->familyId); !s)
        return s;
    if (stored->status != QLatin1String("draft"))
        return Status::failure(Lift::tr("Only a form still being filled in can be removed."));
    Transaction tx(m_db);
    for (const FinanceSession& s : stored->sessions)
        if (Status st = m_db.remove(QStringLiteral("lift_sessions"), s.id, "removing the finance form"); !st)
            return st;
    if (Status s = m_db.remove(QStringLiteral("lift_finance_forms"), id, "removing the finance form"); !s)
        return s;
    return tx.commit();
}

std::vector<LiftRate> FinanceRepository::rates(const QString& kind) const {
    std::vector<LiftRate> out;
    auto q = m_db.run(QStringLiteral("SELECT id, kind, effective_from, pence FROM lift_rates %1 "
                                     "ORDER BY kind, effective_from")
                          .arg(kind.isEmpty() ? QString() : QStringLiteral("WHERE kind = ?")),
                      kind.isEmpty() ? QVariantList{} : QVariantList{kind}, "reading LIFT rates");
    if (!q)
        return out;
    QSqlQuery query = std::move(q).value();
    while (query.next())
        out.push_back({query.value(0).toLongLong(), query.value(1).toString(),
                       dateFromText(query.value(2).toString()), query.value(3).toLongLong()});
    return out;
}

Status FinanceRepository::saveRate(LiftRate& rate) {
    if (auto issues = validateLiftRate(rate); !issues.isEmpty())
        return Status::failure(joinIssues(issues));
    if (Status s = access::require(m_db, access::Action::SetLiftRates); !s)
        return s;
    const std::vector<std::pair<QString, QVariant>> columns = {
        {QStringLiteral("kind"), rate.kind},
        {QStringLiteral("effective_from"), dateToText(rate.effectiveFrom)},
        {QStringLiteral("pence"), rate.pence},
    };
    Transaction tx(m_db);
    if (rate.id == 0) {
        auto id = m_db.insert(QStringLiteral("lift_rates"), columns, "saving the rate");
        if (!id)
            return Status::failure(
                id.error().contains(QStringLiteral("UNIQUE"))
                    ? Lift::tr("effectiveFrom: A rate of this kind already starts on that date.")
                    : id.error());
        if (Status s = tx.commit(); !s)
            return s;
        rate.id = *id;
        return Status::ok();
    }
    if (Status s = m_db.update(QStringLiteral("lift_rates"), rate.id, columns, "saving the rate"); !s)
        return s;
    return tx.commit();
}

std::optional<LiftRate> FinanceRepository::rateOn(const QString& kind, const QDate& date) const {
    return rateInForce(rates(kind), kind, date);
}

std::optional<LiftRate> rateInForce(const std::vector<LiftRate>& rates, const QString& kind,
                                    const QDate& date) {
    std::optional<LiftRate> best;
    for (const LiftRate& r : rates)
        if (r.kind == kind && r.effectiveFrom <= date && (!best || r.effectiveFrom > best->effectiveFrom))
            best = r;
    return best;
}

} // namespace waymark
