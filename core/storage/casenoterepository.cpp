#include "storage/casenoterepository.h"

#include "access/accesspolicy.h"
#include "storage/database.h"
#include "storage/draftrepository.h"
#include "storage/transaction.h"
#include "util/trcontext.h"
#include "validation/validators.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace waymark {

namespace {

const QString kColumns = QStringLiteral(
    "id, family_id, involvement_id, contact_at, note_type, subject, location, present, outcomes_addressed, "
    "purpose, what_worked_well, worries, voice, next_steps, author_worker_id, created_at, updated_at, "
    "restricted");

CaseNote readNote(const QSqlQuery& q) {
    CaseNote n;
    n.id = q.value(0).toLongLong();
    n.familyId = q.value(1).toLongLong();
    n.involvementId = q.value(2).toLongLong();
    n.contactAt = localTimeFromText(q.value(3).toString());
    n.noteType = q.value(4).toString();
    n.subject = q.value(5).toString();
    n.location = q.value(6).toString();
    n.present = q.value(7).toString();
    n.outcomesAddressed = q.value(8).toString();
    n.purpose = q.value(9).toString();
    n.whatWorkedWell = q.value(10).toString();
    n.worries = q.value(11).toString();
    n.voice = q.value(12).toString();
    n.nextSteps = q.value(13).toString();
    n.authorWorkerId = q.value(14).toLongLong();
    n.createdAt = utcFromText(q.value(15).toString());
    n.updatedAt = utcFromText(q.value(16).toString());
    n.restricted = q.value(17).toBool();
    return n;
}

} // namespace

void CaseNoteRepository::withholdIfRestricted(CaseNote& note) const {
    if (!note.restricted)
        return;
    const Account* account = m_db.account();
    const bool author = account && account->workerId != 0 && account->workerId == note.authorWorkerId;
    if (author || (account && access::allowed(*account, access::Action::SeeRestrictedNotes)))
        return;
    note.withheld = true;
    note.subject = Security::tr("Restricted note");
    for (QString* field : {&note.location, &note.present, &note.outcomesAddressed, &note.purpose,
                           &note.whatWorkedWell, &note.worries, &note.voice, &note.nextSteps})
        field->clear();
}

Status CaseNoteRepository::save(CaseNote& note, const QString& draftKey) {
    note.subject = note.subject.trimmed();
    if (auto issues = validateCaseNote(note, m_db.today()); !issues.isEmpty())
        return Status::failure(joinIssues(issues));
    if (Status s = access::requireWrite(m_db, note.familyId); !s)
        return s;
    // A withheld copy has no text: saving it would wipe the note. Only those who may read a
    // restricted note may change it.
    if (note.withheld)
        return Status::failure(
            Security::tr("This note is restricted: only its author and team managers can change it."));
    if (note.id != 0) {
        if (auto stored = get(note.id); stored && stored->withheld)
            return Status::failure(
                Security::tr("This note is restricted: only its author and team managers can change it."));
    }
    std::vector<qint64> people = note.personIds;
    std::sort(people.begin(), people.end());
    people.erase(std::unique(people.begin(), people.end()), people.end());

    Transaction tx(m_db);
    // A note may only concern members of its own family.
    for (qint64 personId : people) {
        auto member =
            m_db.run(QStringLiteral("SELECT 1 FROM family_members WHERE family_id = ? AND person_id = ?"),
                     {note.familyId, personId}, "checking the note's people");
        if (!member)
            return member.status();
        QSqlQuery found = std::move(member).value();
        if (!found.next())
            return Status::failure(
                Storage::tr("personIds: person %1 is not a member of this family.").arg(personId));
    }
    const QString now = m_db.nowText();
    std::vector<std::pair<QString, QVariant>> columns = {
        {QStringLiteral("family_id"), note.familyId},
        {QStringLiteral("involvement_id"), nullableId(note.involvementId)},
        {QStringLiteral("contact_at"), localTimeToText(note.contactAt)},
        {QStringLiteral("note_type"), note.noteType},
        {QStringLiteral("subject"), note.subject},
        {QStringLiteral("location"), note.location},
        {QStringLiteral("present"), note.present},
        {QStringLiteral("outcomes_addressed"), note.outcomesAddressed},
        {QStringLiteral("purpose"), note.purpose},
        {QStringLiteral("what_worked_well"), note.whatWorkedWell},
        {QStringLiteral("worries"), note.worries},
        {QStringLiteral("voice"), note.voice},
        {QStringLiteral("next_steps"), note.nextSteps},
        {QStringLiteral("author_worker_id"), nullableId(note.authorWorkerId)},
        {QStringLiteral("restricted"), note.restricted ? 1 : 0},
        {QStringLiteral("updated_at"), now},
    };
    qint64 id = note.id;
    if (id == 0) {
        columns.push_back({QStringLiteral("created_at"), now});
        auto inserted = m_db.insert(QStringLiteral("case_notes"), columns, "saving the case note");
        if (!inserted)
            return inserted.status();
        id = *inserted;
    } else {
        if (Status s = m_db.update(QStringLiteral("case_notes"), id, columns, "saving the case note"); !s)
            return s;
        if (auto cleared = m_db.run(QStringLiteral("DELETE FROM case_note_people WHERE note_id = ?"), {id},
                                    "saving the case note");
            !cleared)
            return cleared.status();
    }
    for (qint64 personId : people) {
        auto linked =
            m_db.run(QStringLiteral("INSERT INTO case_note_people (note_id, person_id) VALUES (?, ?)"),
                     {id, personId}, "saving the case note");
        if (!linked)
            return linked.status();
    }
    if (!draftKey.isEmpty()) {
        if (Status s = DraftRepository(m_db).remove(draftKey); !s)
            return s;
    }
    if (Status s = tx.commit(); !s)
        return s;
    note.id = id;
    note.personIds = people;
    note.updatedAt = utcFromText(now);
    if (!note.createdAt.isValid())
        note.createdAt = note.updatedAt;
    return Status::ok();
}

Result<CaseNote> CaseNoteRepository::get(qint64 id) const {
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM case_notes WHERE id = ?").arg(kColumns), {id},
                      "reading a note");
    if (!q)
        return q.status();
    QSqlQuery query = std::move(q).value();
    if (!query.next())
        return Result<CaseNote>::failure(Storage::tr("There is no case note %1.").arg(id));
    CaseNote note = readNote(query);
    withholdIfRestricted(note);
    auto people = m_db.run(
        QStringLiteral("SELECT person_id FROM case_note_people WHERE note_id = ? ORDER BY person_id"), {id},
        "reading a note");
    if (!people)
        return people.status();
    QSqlQuery p = std::move(people).value();
    while (p.next())
        note.personIds.push_back(p.value(0).toLongLong());
    return note;
}

std::vector<CaseNote> CaseNoteRepository::forFamily(qint64 familyId) const {
    std::vector<CaseNote> out;
    auto q = m_db.run(
        QStringLiteral("SELECT %1 FROM case_notes WHERE family_id = ? ORDER BY contact_at DESC, id DESC")
            .arg(kColumns),
        {familyId}, "listing notes");
    if (!q)
        return out;
    QSqlQuery query = std::move(q).value();
    QHash<qint64, size_t> index;
    while (query.next()) {
        index.insert(query.value(0).toLongLong(), out.size());
        out.push_back(readNote(query));
        withholdIfRestricted(out.back());
    }
    auto people = m_db.run(QStringLiteral("SELECT cp.note_id, cp.person_id FROM case_note_people cp "
                                          "JOIN case_notes n ON n.id = cp.note_id WHERE n.family_id = ? "
                                          "ORDER BY cp.note_id, cp.person_id"),
                           {familyId}, "listing notes");
    if (people) {
        QSqlQuery p = std::move(people).value();
        while (p.next())
            out[index.value(p.value(0).toLongLong())].personIds.push_back(p.value(1).toLongLong());
    }
    return out;
}

} // namespace waymark
