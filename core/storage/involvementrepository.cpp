#include "storage/involvementrepository.h"

#include "access/accesspolicy.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "util/trcontext.h"
#include "validation/validators.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace waymark {

namespace {

const QString kColumns = QStringLiteral(
    "id, family_id, service, referral_date, referral_source, referral_reason, allocated_worker_id, status, "
    "opened_on, closed_on, closure_outcome, closure_note, placement_type");

Involvement readInvolvement(const QSqlQuery& q) {
    Involvement i;
    i.id = q.value(0).toLongLong();
    i.familyId = q.value(1).toLongLong();
    i.service = q.value(2).toString();
    i.referralDate = dateFromText(q.value(3).toString());
    i.referralSource = q.value(4).toString();
    i.referralReason = q.value(5).toString();
    i.allocatedWorkerId = q.value(6).toLongLong();
    i.status = q.value(7).toString();
    i.openedOn = dateFromText(q.value(8).toString());
    i.closedOn = dateFromText(q.value(9).toString());
    i.closureOutcome = q.value(10).toString();
    i.closureNote = q.value(11).toString();
    i.placementType = q.value(12).toString();
    return i;
}

} // namespace

Status InvolvementRepository::save(Involvement& inv) {
    if (auto issues = validateInvolvement(inv, m_db.today()); !issues.isEmpty())
        return Status::failure(joinIssues(issues));
    if (Status s = access::requireWrite(m_db, inv.familyId); !s)
        return s;
    // Closing a case is a manager's decision (the guidance's sign-off).
    const auto stored =
        inv.id != 0 ? get(inv.id) : Result<Involvement>(Status::failure(QStringLiteral("new")));
    const bool wasClosed = stored && !stored->isOpen();
    if (!inv.isOpen() && !wasClosed) {
        if (Status s = access::require(m_db, access::Action::CloseCase); !s)
            return s;
    }
    const QString now = m_db.nowText();
    std::vector<std::pair<QString, QVariant>> columns = {
        {QStringLiteral("family_id"), inv.familyId},
        {QStringLiteral("service"), inv.service},
        {QStringLiteral("referral_date"), dateToText(inv.referralDate)},
        {QStringLiteral("referral_source"), inv.referralSource},
        {QStringLiteral("referral_reason"), inv.referralReason},
        {QStringLiteral("allocated_worker_id"), nullableId(inv.allocatedWorkerId)},
        {QStringLiteral("status"), inv.status},
        {QStringLiteral("opened_on"), nullableText(dateToText(inv.openedOn))},
        {QStringLiteral("closed_on"), nullableText(dateToText(inv.closedOn))},
        {QStringLiteral("closure_outcome"), inv.closureOutcome},
        {QStringLiteral("closure_note"), inv.closureNote},
        {QStringLiteral("placement_type"), inv.placementType},
        {QStringLiteral("updated_at"), now},
    };
    Transaction tx(m_db);
    if (inv.id == 0) {
        columns.push_back({QStringLiteral("created_at"), now});
        auto id = m_db.insert(QStringLiteral("involvements"), columns, "saving the involvement");
        if (!id)
            return id.status();
        if (Status s = tx.commit(); !s)
            return s;
        inv.id = *id;
        return Status::ok();
    }
    if (Status s = m_db.update(QStringLiteral("involvements"), inv.id, columns, "saving the involvement"); !s)
        return s;
    return tx.commit();
}

Result<Involvement> InvolvementRepository::get(qint64 id) const {
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM involvements WHERE id = ?").arg(kColumns), {id},
                      "reading an involvement");
    if (!q)
        return q.status();
    QSqlQuery query = std::move(q).value();
    if (!query.next())
        return Result<Involvement>::failure(Storage::tr("There is no involvement %1.").arg(id));
    return readInvolvement(query);
}

std::vector<Involvement> InvolvementRepository::forFamily(qint64 familyId) const {
    std::vector<Involvement> out;
    auto q = m_db.run(
        QStringLiteral("SELECT %1 FROM involvements WHERE family_id = ? ORDER BY referral_date DESC, id DESC")
            .arg(kColumns),
        {familyId}, "listing involvements");
    if (!q)
        return out;
    QSqlQuery query = std::move(q).value();
    while (query.next())
        out.push_back(readInvolvement(query));
    return out;
}

} // namespace waymark
