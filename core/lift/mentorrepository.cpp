#include "lift/mentorrepository.h"

#include "access/accesspolicy.h"
#include "audit/auditlog.h"
#include "lift/codelist.h"
#include "lift/liftvalidation.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "util/trcontext.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>

namespace waymark {

namespace {

const QString kColumns = QStringLiteral(
    "id, name, phone, email, address_line1, address_line2, town, postcode, locality, ssw_worker_id, "
    "support_offered, hours_per_week, foster_children_at_home, safer_care_notes, buddy_name, buddy_phone, "
    "active, notes");

Mentor readMentor(const QSqlQuery& q) {
    Mentor m;
    m.id = q.value(0).toLongLong();
    m.name = q.value(1).toString();
    m.phone = q.value(2).toString();
    m.email = q.value(3).toString();
    m.address = {q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString()};
    m.locality = q.value(8).toString();
    m.sswWorkerId = q.value(9).toLongLong();
    m.supportOffered = codesFromText(q.value(10).toString());
    m.hoursPerWeek = q.value(11).toDouble();
    m.fosterChildrenAtHome = q.value(12).toInt();
    m.saferCareNotes = q.value(13).toString();
    m.buddyName = q.value(14).toString();
    m.buddyPhone = q.value(15).toString();
    m.active = q.value(16).toBool();
    m.notes = q.value(17).toString();
    return m;
}

Result<qint64> sswOf(const Database& db, qint64 mentorId) {
    auto q = db.run(QStringLiteral("SELECT ssw_worker_id FROM lift_mentors WHERE id = ?"), {mentorId},
                    "reading a mentor");
    if (!q)
        return q.status();
    QSqlQuery query = std::move(q).value();
    if (!query.next())
        return Result<qint64>::failure(Lift::tr("There is no mentor %1.").arg(mentorId));
    return query.value(0).toLongLong();
}

Status requireCodeWordAccess(const Database& db, qint64 mentorId) {
    auto ssw = sswOf(db, mentorId);
    if (!ssw)
        return ssw.status();
    if (access::canSeeCodeWord(db, *ssw))
        return Status::ok();
    return Status::failure(Lift::tr(
        "Only the mentor's supervising social worker or a LIFT coordinator can see or set the code word."));
}

} // namespace

Status MentorRepository::save(Mentor& m) {
    if (auto issues = validateMentor(m); !issues.isEmpty())
        return Status::failure(joinIssues(issues));
    if (Status s = access::require(m_db, access::Action::ManageMentors); !s)
        return s;
    const QString now = m_db.nowText();
    std::vector<std::pair<QString, QVariant>> columns = {
        {QStringLiteral("name"), m.name.trimmed()},
        {QStringLiteral("phone"), m.phone.trimmed()},
        {QStringLiteral("email"), m.email.trimmed()},
        {QStringLiteral("address_line1"), m.address.line1.trimmed()},
        {QStringLiteral("address_line2"), m.address.line2.trimmed()},
        {QStringLiteral("town"), m.address.town.trimmed()},
        {QStringLiteral("postcode"), m.address.postcode.trimmed().toUpper()},
        {QStringLiteral("locality"), m.locality.trimmed()},
        {QStringLiteral("ssw_worker_id"), nullableId(m.sswWorkerId)},
        {QStringLiteral("support_offered"), codesToText(m.supportOffered)},
        {QStringLiteral("hours_per_week"), m.hoursPerWeek},
        {QStringLiteral("foster_children_at_home"), m.fosterChildrenAtHome},
        {QStringLiteral("safer_care_notes"), m.saferCareNotes},
        {QStringLiteral("buddy_name"), m.buddyName.trimmed()},
        {QStringLiteral("buddy_phone"), m.buddyPhone.trimmed()},
        {QStringLiteral("active"), m.active ? 1 : 0},
        {QStringLiteral("notes"), m.notes},
        {QStringLiteral("updated_at"), now},
    };
    Transaction tx(m_db);
    if (m.id == 0) {
        columns.push_back({QStringLiteral("created_at"), now});
        auto id = m_db.insert(QStringLiteral("lift_mentors"), columns, "saving the mentor");
        if (!id)
            return id.status();
        if (Status s = tx.commit(); !s)
            return s;
        m.id = *id;
        return Status::ok();
    }
    if (Status s = m_db.update(QStringLiteral("lift_mentors"), m.id, columns, "saving the mentor"); !s)
        return s;
    return tx.commit();
}

Status MentorRepository::save(Mentor& mentor, const QString& newCodeWord) {
    const qint64 oldId = mentor.id;
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.beginError());
    Status s = save(mentor);
    if (s)
        s = setCodeWord(mentor.id, newCodeWord);
    if (s)
        s = tx.commit();
    if (!s)
        mentor.id = oldId;
    return s;
}

Result<Mentor> MentorRepository::get(qint64 id) const {
    if (Status s = access::require(m_db, access::Action::WorkWithCases); !s)
        return s;
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM lift_mentors WHERE id = ?").arg(kColumns), {id},
                      "reading a mentor");
    if (!q)
        return q.status();
    QSqlQuery query = std::move(q).value();
    if (!query.next())
        return Result<Mentor>::failure(Lift::tr("There is no mentor %1.").arg(id));
    return readMentor(query);
}

std::vector<Mentor> MentorRepository::all(bool activeOnly) const {
    std::vector<Mentor> out;
    if (!access::require(m_db, access::Action::WorkWithCases))
        return out;
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM lift_mentors %2 ORDER BY name, id")
                          .arg(kColumns, activeOnly ? QStringLiteral("WHERE active = 1") : QString()),
                      {}, "listing mentors");
    if (!q)
        return out;
    QSqlQuery query = std::move(q).value();
    while (query.next())
        out.push_back(readMentor(query));
    return out;
}

Result<QString> MentorRepository::codeWord(qint64 mentorId) const {
    if (Status s = requireCodeWordAccess(m_db, mentorId); !s)
        return s;
    auto q = m_db.run(QStringLiteral("SELECT code_word FROM lift_code_words WHERE mentor_id = ?"), {mentorId},
                      "reading a code word");
    if (!q)
        return q.status();
    QSqlQuery query = std::move(q).value();
    const QString word = query.next() ? query.value(0).toString() : QString();
    if (Status s =
            audit::record(m_db, QStringLiteral("view_code_word"), QStringLiteral("lift_mentors"), mentorId);
        !s)
        return s;
    return word;
}

bool MentorRepository::hasCodeWord(qint64 mentorId) const {
    auto q = m_db.run(QStringLiteral("SELECT COUNT(*) FROM lift_code_words WHERE mentor_id = ?"), {mentorId},
                      "reading a code word");
    if (!q)
        return false;
    QSqlQuery query = std::move(q).value();
    return query.next() && query.value(0).toInt() > 0;
}

Status MentorRepository::setCodeWord(qint64 mentorId, const QString& word) {
    if (Status s = requireCodeWordAccess(m_db, mentorId); !s)
        return s;
    const QString trimmed = word.trimmed();
    if (trimmed.size() > 60)
        return Status::failure(Lift::tr("codeWord: This is too long (at most 60 characters)."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.beginError());
    // Written with plain statements, not Database::insert/update, whose audit entries carry the
    // values: the audit records that the word changed, never the word.
    auto removed = m_db.run(QStringLiteral("DELETE FROM lift_code_words WHERE mentor_id = ?"), {mentorId},
                            "saving the code word");
    if (!removed)
        return removed.status();
    if (!trimmed.isEmpty()) {
        auto added = m_db.run(
            QStringLiteral("INSERT INTO lift_code_words (mentor_id, code_word, updated_at) VALUES (?, ?, ?)"),
            {mentorId, trimmed, m_db.nowText()}, "saving the code word");
        if (!added)
            return added.status();
    }
    if (Status s = audit::record(
            m_db, trimmed.isEmpty() ? QStringLiteral("remove_code_word") : QStringLiteral("set_code_word"),
            QStringLiteral("lift_mentors"), mentorId);
        !s)
        return s;
    return tx.commit();
}

} // namespace waymark
