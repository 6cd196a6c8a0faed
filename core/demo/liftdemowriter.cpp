#include "demo/liftdemowriter.h"

#include "lift/codelist.h"
#include "storage/database.h"
#include "util/trcontext.h"

#include <QCoreApplication>
#include <QSqlError>

namespace waymark::demo {

namespace {

QVariant text(const QString& value) {
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant date(const QDate& d) {
    return nullableText(dateToText(d));
}

void bindAll(QSqlQuery& q, std::initializer_list<QVariant> values) {
    int i = 0;
    for (const QVariant& v : values)
        q.bindValue(i++, v);
}

} // namespace

LiftDemoWriter::LiftDemoWriter(Database& db)
    : m_now(db.nowText())
    , m_mentor(db.connection())
    , m_codeWord(db.connection())
    , m_referral(db.connection())
    , m_link(db.connection())
    , m_meeting(db.connection())
    , m_closure(db.connection())
    , m_form(db.connection())
    , m_session(db.connection()) {}

Status LiftDemoWriter::prepare() {
    const std::pair<QSqlQuery*, QString> statements[] = {
        {&m_mentor,
         QStringLiteral(
             "INSERT INTO lift_mentors (name, phone, email, address_line1, address_line2, town, "
             "postcode, locality, ssw_worker_id, support_offered, hours_per_week, "
             "foster_children_at_home, safer_care_notes, buddy_name, buddy_phone, active, notes, "
             "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")},
        {&m_codeWord,
         QStringLiteral("INSERT INTO lift_code_words (mentor_id, code_word, updated_at) VALUES (?, ?, ?)")},
        {&m_referral,
         QStringLiteral(
             "INSERT INTO lift_referrals (involvement_id, family_id, aim, locality, support_needed, "
             "decision, decision_reason, risk_assessed_on, ccsw_worker_id, family_wishes, "
             "legal_order, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")},
        {&m_link, QStringLiteral("INSERT INTO lift_links (referral_id, family_id, mentor_id, linked_on, "
                                 "unlinked_on, unlink_reason) VALUES (?, ?, ?, ?, ?, ?)")},
        {&m_meeting,
         QStringLiteral(
             "INSERT INTO lift_meetings (referral_id, family_id, kind, held_on, place, "
             "at_family_home, attendees, support_areas, action_plan, risks_to_mentor, "
             "risks_to_children, risk_actions, must_notify, notified_on, boundaries, hours_per_week, "
             "hours_reason, review_due, progress, case_note_added, recorded_by_worker_id, "
             "created_at, updated_at) "
             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")},
        {&m_closure,
         QStringLiteral("INSERT INTO lift_closures (referral_id, family_id, closed_on, aim, aim_achieved, "
                        "reason, care_follow_up, follow_up_on, follow_up_note, created_at, updated_at) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")},
        {&m_form,
         QStringLiteral("INSERT INTO lift_finance_forms (referral_id, family_id, mentor_id, month, status, "
                        "submitted_on, processed_on, paid_on, mileage_miles, notes, created_at, updated_at) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")},
        {&m_session, QStringLiteral("INSERT INTO lift_sessions (form_id, family_id, session_date, minutes, "
                                    "child_accommodated, note) VALUES (?, ?, ?, ?, ?, ?)")},
    };
    for (const auto& [query, sql] : statements) {
        query->setForwardOnly(true);
        if (!query->prepare(sql))
            return Status::failure(Storage::tr("Database error while %1: %2")
                                       .arg(Storage::tr("writing demo data"), query->lastError().text()));
    }
    return Status::ok();
}

Result<qint64> LiftDemoWriter::exec(QSqlQuery& query, const char* what) {
    if (!query.exec())
        return Status::failure(
            Storage::tr("Database error while %1: %2").arg(Storage::tr(what), query.lastError().text()));
    return query.lastInsertId().toLongLong();
}

Result<qint64> LiftDemoWriter::insertMentor(const Mentor& m) {
    bindAll(m_mentor,
            {text(m.name), text(m.phone), text(m.email), text(m.address.line1), text(m.address.line2),
             text(m.address.town), text(m.address.postcode), text(m.locality), nullableId(m.sswWorkerId),
             codesToText(m.supportOffered), m.hoursPerWeek, m.fosterChildrenAtHome, text(m.saferCareNotes),
             text(m.buddyName), text(m.buddyPhone), m.active ? 1 : 0, text(m.notes), m_now, m_now});
    return exec(m_mentor, "saving the mentor");
}

Status LiftDemoWriter::insertCodeWord(qint64 mentorId, const QString& word) {
    bindAll(m_codeWord, {mentorId, word, m_now});
    return exec(m_codeWord, "saving the code word").status();
}

Result<qint64> LiftDemoWriter::insertReferral(const LiftReferral& r) {
    bindAll(m_referral,
            {r.involvementId, r.familyId, r.aim, text(r.locality), codesToText(r.supportNeeded), r.decision,
             text(r.decisionReason), date(r.riskAssessedOn), nullableId(r.ccswWorkerId),
             r.familyWishesToTakePart ? 1 : 0, text(r.legalOrder), m_now, m_now});
    return exec(m_referral, "saving the LIFT referral");
}

Result<qint64> LiftDemoWriter::insertLink(const MentorLink& l) {
    bindAll(m_link, {l.referralId, l.familyId, l.mentorId, dateToText(l.linkedOn), date(l.unlinkedOn),
                     text(l.unlinkReason)});
    return exec(m_link, "linking the mentor");
}

Result<qint64> LiftDemoWriter::insertMeeting(const LiftMeeting& m) {
    bindAll(m_meeting, {m.referralId,
                        m.familyId,
                        m.kind,
                        dateToText(m.heldOn),
                        text(m.place),
                        m.atFamilyHome ? 1 : 0,
                        codesToText(m.attendees),
                        codesToText(m.supportAreas),
                        text(m.actionPlan),
                        text(m.risksToMentor),
                        text(m.risksToChildren),
                        text(m.riskActions),
                        m.mustNotifyCcswIro ? 1 : 0,
                        date(m.notifiedOn),
                        text(m.boundaries),
                        m.hoursPerWeek,
                        text(m.hoursReason),
                        date(m.reviewDue),
                        text(m.progress),
                        m.caseNoteAdded ? 1 : 0,
                        nullableId(m.recordedByWorkerId),
                        m_now,
                        m_now});
    return exec(m_meeting, "saving the LIFT meeting");
}

Result<qint64> LiftDemoWriter::insertClosure(const LiftClosure& c) {
    bindAll(m_closure,
            {c.referralId, c.familyId, dateToText(c.closedOn), c.aim, c.aimAchieved ? 1 : 0, text(c.reason),
             text(c.careFollowUp), date(c.followUpOn), text(c.followUpNote), m_now, m_now});
    return exec(m_closure, "saving the LIFT closure");
}

Result<qint64> LiftDemoWriter::insertForm(const FinanceForm& f) {
    bindAll(m_form, {f.referralId, f.familyId, f.mentorId, dateToText(f.month), f.status, date(f.submittedOn),
                     date(f.processedOn), date(f.paidOn), f.mileageMiles, text(f.notes), m_now, m_now});
    auto id = exec(m_form, "saving the finance form");
    if (!id)
        return id;
    for (const FinanceSession& s : f.sessions) {
        bindAll(m_session,
                {*id, f.familyId, dateToText(s.date), s.minutes, s.childAccommodated ? 1 : 0, text(s.note)});
        if (auto done = exec(m_session, "saving the finance form"); !done)
            return done.status();
    }
    return id;
}

} // namespace waymark::demo
