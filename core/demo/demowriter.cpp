#include "demo/demowriter.h"

#include "storage/database.h"
#include "util/trcontext.h"

#include <QCoreApplication>
#include <QSqlError>

namespace waymark::demo {

namespace {

// A null QString binds as SQL NULL, which the NOT NULL text columns refuse; the repositories
// store an empty string instead (see Database::run), and so does the demo.
QVariant text(const QString& value) {
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QString failure(const char* what, const QSqlQuery& q) {
    return Storage::tr("Database error while %1: %2").arg(Storage::tr(what), q.lastError().text());
}

} // namespace

DemoWriter::DemoWriter(Database& db)
    : m_now(db.nowText())
    , m_person(db.connection())
    , m_family(db.connection())
    , m_member(db.connection())
    , m_involvement(db.connection())
    , m_note(db.connection())
    , m_notePerson(db.connection())
    , m_event(db.connection()) {}

Status DemoWriter::prepare() {
    const std::pair<QSqlQuery*, QString> statements[] = {
        {&m_person,
         QStringLiteral(
             "INSERT INTO people (given_names, family_name, known_as, date_of_birth, dob_expected, "
             "gender, ethnicity, first_language, address_line1, address_line2, town, postcode, "
             "phone, email, social_care_number, case_system_number, nhs_number, search_text, "
             "created_at, updated_at) "
             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")},
        {&m_family,
         QStringLiteral("INSERT INTO families (name, kinship_status, address_line1, address_line2, town, "
                        "postcode, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")},
        {&m_member,
         QStringLiteral("INSERT INTO family_members (family_id, person_id, relationship, "
                        "parental_responsibility, lives_in_household, position) VALUES (?, ?, ?, ?, ?, ?)")},
        {&m_involvement,
         QStringLiteral(
             "INSERT INTO involvements (family_id, service, referral_date, referral_source, referral_reason, "
             "allocated_worker_id, status, opened_on, closed_on, closure_outcome, closure_note, "
             "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")},
        {&m_note,
         QStringLiteral("INSERT INTO case_notes (family_id, involvement_id, contact_at, note_type, subject, "
                        "location, present, outcomes_addressed, purpose, what_worked_well, worries, voice, "
                        "next_steps, author_worker_id, created_at, updated_at) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")},
        {&m_notePerson, QStringLiteral("INSERT INTO case_note_people (note_id, person_id) VALUES (?, ?)")},
        {&m_event,
         QStringLiteral(
             "INSERT INTO case_events (family_id, involvement_id, person_id, kind, event_date, "
             "event_time, note, recorded_by_worker_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")},
    };
    for (const auto& [query, sql] : statements) {
        query->setForwardOnly(true);
        if (!query->prepare(sql))
            return Status::failure(failure("writing demo data", *query));
    }
    return Status::ok();
}

Result<qint64> DemoWriter::execInsert(QSqlQuery& query, const char* what) {
    if (!query.exec())
        return Status::failure(failure(what, query));
    return query.lastInsertId().toLongLong();
}

Result<qint64> DemoWriter::insertPerson(const Person& p) {
    const QVariant values[] = {
        text(p.givenNames),
        text(p.familyName),
        text(p.knownAs),
        nullableText(dateToText(p.dateOfBirth)),
        p.dateOfBirthIsExpected ? 1 : 0,
        text(p.gender),
        text(p.ethnicity),
        text(p.firstLanguage),
        text(p.address.line1),
        text(p.address.line2),
        text(p.address.town),
        text(p.address.postcode),
        text(p.phone),
        text(p.email),
        text(p.socialCareNumber),
        text(p.caseSystemNumber),
        text(p.nhsNumber),
        text(p.searchText()),
        m_now,
        m_now,
    };
    int i = 0;
    for (const QVariant& v : values)
        m_person.bindValue(i++, v);
    return execInsert(m_person, "saving the person");
}

Result<qint64> DemoWriter::insertFamily(const Family& f) {
    const QVariant values[] = {text(f.name),
                               text(f.kinshipStatus),
                               text(f.address.line1),
                               text(f.address.line2),
                               text(f.address.town),
                               text(f.address.postcode),
                               m_now,
                               m_now};
    int i = 0;
    for (const QVariant& v : values)
        m_family.bindValue(i++, v);
    auto id = execInsert(m_family, "saving the family");
    if (!id)
        return id;
    int position = 0;
    for (const FamilyMember& m : f.members) {
        m_member.bindValue(0, *id);
        m_member.bindValue(1, m.personId);
        m_member.bindValue(2, text(m.relationship));
        m_member.bindValue(3, m.hasParentalResponsibility ? 1 : 0);
        m_member.bindValue(4, m.livesInHousehold ? 1 : 0);
        m_member.bindValue(5, position++);
        if (!m_member.exec())
            return Status::failure(failure("saving the family's members", m_member));
    }
    return id;
}

Result<qint64> DemoWriter::insertInvolvement(const Involvement& inv) {
    const QVariant values[] = {
        inv.familyId,
        text(inv.service),
        dateToText(inv.referralDate),
        text(inv.referralSource),
        text(inv.referralReason),
        nullableId(inv.allocatedWorkerId),
        text(inv.status),
        nullableText(dateToText(inv.openedOn)),
        nullableText(dateToText(inv.closedOn)),
        text(inv.closureOutcome),
        text(inv.closureNote),
        m_now,
        m_now,
    };
    int i = 0;
    for (const QVariant& v : values)
        m_involvement.bindValue(i++, v);
    return execInsert(m_involvement, "saving the involvement");
}

Result<qint64> DemoWriter::insertNote(const CaseNote& n) {
    const QVariant values[] = {
        n.familyId,
        nullableId(n.involvementId),
        localTimeToText(n.contactAt),
        text(n.noteType),
        text(n.subject),
        text(n.location),
        text(n.present),
        text(n.outcomesAddressed),
        text(n.purpose),
        text(n.whatWorkedWell),
        text(n.worries),
        text(n.voice),
        text(n.nextSteps),
        nullableId(n.authorWorkerId),
        m_now,
        m_now,
    };
    int i = 0;
    for (const QVariant& v : values)
        m_note.bindValue(i++, v);
    auto id = execInsert(m_note, "saving the case note");
    if (!id)
        return id;
    for (qint64 personId : n.personIds) {
        m_notePerson.bindValue(0, *id);
        m_notePerson.bindValue(1, personId);
        if (!m_notePerson.exec())
            return Status::failure(failure("saving the case note", m_notePerson));
    }
    return id;
}

Result<qint64> DemoWriter::insertEvent(const RecordedEvent& e) {
    const QVariant values[] = {
        e.familyId,
        nullableId(e.involvementId),
        nullableId(e.personId),
        text(e.kind),
        dateToText(e.date),
        nullableText(e.time.isValid() ? e.time.toString(QStringLiteral("HH:mm")) : QString()),
        text(e.note),
        nullableId(e.recordedByWorkerId),
        m_now,
    };
    int i = 0;
    for (const QVariant& v : values)
        m_event.bindValue(i++, v);
    return execInsert(m_event, "saving the event");
}

} // namespace waymark::demo
