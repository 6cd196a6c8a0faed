#include "lift/liftrepository.h"

#include "access/accesspolicy.h"
#include "domain/caseevent.h"
#include "domain/involvement.h"
#include "lift/codelist.h"
#include "lift/liftvalidation.h"
#include "storage/caseeventrepository.h"
#include "storage/database.h"
#include "storage/involvementrepository.h"
#include "storage/transaction.h"
#include "util/trcontext.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace waymark {

namespace {

const QString kService = QStringLiteral("lift_mentoring");

const QString kReferralColumns =
    QStringLiteral("id, involvement_id, family_id, aim, locality, support_needed, decision, decision_reason, "
                   "risk_assessed_on, "
                   "ccsw_worker_id, family_wishes, legal_order");

LiftReferral readReferral(const QSqlQuery& q) {
    LiftReferral r;
    r.id = q.value(0).toLongLong();
    r.involvementId = q.value(1).toLongLong();
    r.familyId = q.value(2).toLongLong();
    r.aim = q.value(3).toString();
    r.locality = q.value(4).toString();
    r.supportNeeded = codesFromText(q.value(5).toString());
    r.decision = q.value(6).toString();
    r.decisionReason = q.value(7).toString();
    r.riskAssessedOn = dateFromText(q.value(8).toString());
    r.ccswWorkerId = q.value(9).toLongLong();
    r.familyWishesToTakePart = q.value(10).toBool();
    r.legalOrder = q.value(11).toString();
    return r;
}

const QString kLinkColumns =
    QStringLiteral("id, referral_id, family_id, mentor_id, linked_on, unlinked_on, unlink_reason");

MentorLink readLink(const QSqlQuery& q) {
    MentorLink l;
    l.id = q.value(0).toLongLong();
    l.referralId = q.value(1).toLongLong();
    l.familyId = q.value(2).toLongLong();
    l.mentorId = q.value(3).toLongLong();
    l.linkedOn = dateFromText(q.value(4).toString());
    l.unlinkedOn = dateFromText(q.value(5).toString());
    l.unlinkReason = q.value(6).toString();
    return l;
}

const QString kMeetingColumns = QStringLiteral(
    "id, referral_id, family_id, kind, held_on, place, at_family_home, attendees, support_areas, "
    "action_plan, "
    "risks_to_mentor, risks_to_children, risk_actions, must_notify, notified_on, boundaries, hours_per_week, "
    "hours_reason, review_due, progress, case_note_added, recorded_by_worker_id");

LiftMeeting readMeeting(const QSqlQuery& q) {
    LiftMeeting m;
    m.id = q.value(0).toLongLong();
    m.referralId = q.value(1).toLongLong();
    m.familyId = q.value(2).toLongLong();
    m.kind = q.value(3).toString();
    m.heldOn = dateFromText(q.value(4).toString());
    m.place = q.value(5).toString();
    m.atFamilyHome = q.value(6).toBool();
    m.attendees = codesFromText(q.value(7).toString());
    m.supportAreas = codesFromText(q.value(8).toString());
    m.actionPlan = q.value(9).toString();
    m.risksToMentor = q.value(10).toString();
    m.risksToChildren = q.value(11).toString();
    m.riskActions = q.value(12).toString();
    m.mustNotifyCcswIro = q.value(13).toBool();
    m.notifiedOn = dateFromText(q.value(14).toString());
    m.boundaries = q.value(15).toString();
    m.hoursPerWeek = q.value(16).toDouble();
    m.hoursReason = q.value(17).toString();
    m.reviewDue = dateFromText(q.value(18).toString());
    m.progress = q.value(19).toString();
    m.caseNoteAdded = q.value(20).toBool();
    m.recordedByWorkerId = q.value(21).toLongLong();
    return m;
}

const QString kClosureColumns = QStringLiteral(
    "id, referral_id, family_id, closed_on, aim, aim_achieved, reason, care_follow_up, follow_up_on, "
    "follow_up_note");

LiftClosure readClosure(const QSqlQuery& q) {
    LiftClosure c;
    c.id = q.value(0).toLongLong();
    c.referralId = q.value(1).toLongLong();
    c.familyId = q.value(2).toLongLong();
    c.closedOn = dateFromText(q.value(3).toString());
    c.aim = q.value(4).toString();
    c.aimAchieved = q.value(5).toBool();
    c.reason = q.value(6).toString();
    c.careFollowUp = q.value(7).toString();
    c.followUpOn = dateFromText(q.value(8).toString());
    c.followUpNote = q.value(9).toString();
    return c;
}

using Columns = std::vector<std::pair<QString, QVariant>>;

// Insert (id 0, then set) or update, with created_at/updated_at, inside the caller's transaction.
Status write(Database& db, const QString& table, qint64& id, Columns columns, const char* what,
             bool stamped = true) {
    const QString now = db.nowText();
    if (stamped)
        columns.push_back({QStringLiteral("updated_at"), now});
    if (id == 0) {
        if (stamped)
            columns.push_back({QStringLiteral("created_at"), now});
        auto inserted = db.insert(table, columns, what);
        if (!inserted)
            return inserted.status();
        id = *inserted;
        return Status::ok();
    }
    return db.update(table, id, columns, what);
}

// The case event a LIFT record implies (the deadline engine's input), against the referral's
// involvement. `previous` is the date it had before an edit: that event moves instead of a second
// one being added.
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
    if (const Account* a = db.account())
        e.recordedByWorkerId = a->workerId;
    return events.save(e);
}

} // namespace

Status LiftRepository::startReferral(Involvement& involvement, LiftReferral& referral) {
    involvement.service = kService;
    if (auto issues = validateLiftReferral(referral, m_db.today()); !issues.isEmpty())
        return Status::failure(joinIssues(issues));
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.beginError());
    const qint64 oldInvolvementId = involvement.id;
    if (Status s = InvolvementRepository(m_db).save(involvement); !s)
        return s;
    referral.involvementId = involvement.id;
    referral.familyId = involvement.familyId;
    const qint64 oldReferralId = referral.id;
    if (Status s = saveReferral(referral); !s) {
        involvement.id = oldInvolvementId;
        referral.id = oldReferralId;
        return s;
    }
    if (Status s = tx.commit(); !s) {
        involvement.id = oldInvolvementId;
        referral.id = oldReferralId;
        return s;
    }
    return Status::ok();
}

Status LiftRepository::saveReferral(LiftReferral& r) {
    if (auto issues = validateLiftReferral(r, m_db.today()); !issues.isEmpty())
        return Status::failure(joinIssues(issues));
    auto involvement = InvolvementRepository(m_db).get(r.involvementId);
    if (!involvement)
        return involvement.status();
    if (involvement->service != kService)
        return Status::failure(Lift::tr("A LIFT referral belongs to a LIFT mentoring involvement."));
    r.familyId = involvement->familyId;
    if (Status s = access::requireWrite(m_db, r.familyId); !s)
        return s;
    const Columns columns = {
        {QStringLiteral("involvement_id"), r.involvementId},
        {QStringLiteral("family_id"), r.familyId},
        {QStringLiteral("aim"), r.aim},
        {QStringLiteral("locality"), r.locality.trimmed()},
        {QStringLiteral("support_needed"), codesToText(r.supportNeeded)},
        {QStringLiteral("decision"), r.decision},
        {QStringLiteral("decision_reason"), r.decisionReason.trimmed()},
        {QStringLiteral("risk_assessed_on"), nullableText(dateToText(r.riskAssessedOn))},
        {QStringLiteral("ccsw_worker_id"), nullableId(r.ccswWorkerId)},
        {QStringLiteral("family_wishes"), r.familyWishesToTakePart ? 1 : 0},
        {QStringLiteral("legal_order"), r.legalOrder},
    };
    Transaction tx(m_db);
    qint64 id = r.id;
    if (Status s = write(m_db, QStringLiteral("lift_referrals"), id, columns, "saving the LIFT referral"); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    r.id = id;
    return Status::ok();
}

Result<LiftReferral> LiftRepository::referral(qint64 id) const {
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM lift_referrals WHERE id = ?").arg(kReferralColumns),
                      {id}, "reading a LIFT referral");
    if (!q)
        return q.status();
    QSqlQuery query = std::move(q).value();
    if (!query.next())
        return Result<LiftReferral>::failure(Lift::tr("There is no LIFT referral %1.").arg(id));
    LiftReferral r = readReferral(query);
    if (Status s = access::requireFamily(m_db, r.familyId); !s)
        return s;
    return r;
}

Result<LiftReferral> LiftRepository::referralForInvolvement(qint64 involvementId) const {
    auto q = m_db.run(QStringLiteral("SELECT id FROM lift_referrals WHERE involvement_id = ?"),
                      {involvementId}, "reading a LIFT referral");
    if (!q)
        return q.status();
    QSqlQuery query = std::move(q).value();
    if (!query.next())
        return Result<LiftReferral>::failure(Lift::tr("This involvement has no LIFT referral."));
    return referral(query.value(0).toLongLong());
}

std::vector<LiftReferral> LiftRepository::referralsForFamily(qint64 familyId) const {
    std::vector<LiftReferral> out;
    if (!access::requireFamily(m_db, familyId))
        return out;
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM lift_referrals WHERE family_id = ? ORDER BY id DESC")
                          .arg(kReferralColumns),
                      {familyId}, "listing LIFT referrals");
    if (!q)
        return out;
    QSqlQuery query = std::move(q).value();
    while (query.next())
        out.push_back(readReferral(query));
    return out;
}

std::vector<WaitingReferral> LiftRepository::waitingForMentor() const {
    std::vector<WaitingReferral> out;
    QVariantList bindings;
    const QString visible = access::visibleFamiliesCondition(m_db, QStringLiteral("r.family_id"), bindings);
    QStringList columns;
    for (const QString& c : kReferralColumns.split(QStringLiteral(", ")))
        columns << QStringLiteral("r.") + c;
    auto q = m_db.run(
        QStringLiteral("SELECT %1, f.name, i.referral_date FROM lift_referrals r "
                       "JOIN involvements i ON i.id = r.involvement_id JOIN families f ON f.id = r.family_id "
                       "WHERE r.decision <> 'not_appropriate' AND i.status <> 'closed' "
                       "AND NOT EXISTS (SELECT 1 FROM lift_closures c WHERE c.referral_id = r.id) "
                       "AND NOT EXISTS (SELECT 1 FROM lift_links l WHERE l.referral_id = r.id "
                       "AND l.unlinked_on IS NULL) AND %2 ORDER BY i.referral_date, r.id")
            .arg(columns.join(QStringLiteral(", ")), visible),
        bindings, "listing referrals waiting for a mentor");
    if (!q)
        return out;
    QSqlQuery query = std::move(q).value();
    const QDate today = m_db.today();
    while (query.next()) {
        WaitingReferral w;
        w.referral = readReferral(query);
        w.familyName = query.value(12).toString();
        w.referralDate = dateFromText(query.value(13).toString());
        w.daysWaiting = w.referralDate.isValid() ? int(w.referralDate.daysTo(today)) : 0;
        out.push_back(std::move(w));
    }
    return out;
}

Status LiftRepository::linkMentor(qint64 referralId, qint64 mentorId, const QDate& on) {
    auto r = referral(referralId);
    if (!r)
        return r.status();
    if (Status s = access::requireWrite(m_db, r->familyId); !s)
        return s;
    if (r->decision != QLatin1String("appropriate"))
        return Status::failure(Lift::tr("Record the referral as appropriate (risk assessed, family willing) "
                                        "before linking a mentor."));
    if (closureFor(referralId))
        return Status::failure(Lift::tr("This LIFT referral is closed."));
    if (!on.isValid() || on > m_db.today())
        return Status::failure(Lift::tr("linkedOn: Enter the date of the link (not in the future)."));
    auto mentor = m_db.run(QStringLiteral("SELECT active FROM lift_mentors WHERE id = ?"), {mentorId},
                           "reading a mentor");
    if (!mentor)
        return mentor.status();
    QSqlQuery mq = std::move(mentor).value();
    if (!mq.next())
        return Status::failure(Lift::tr("There is no mentor %1.").arg(mentorId));
    if (!mq.value(0).toBool())
        return Status::failure(Lift::tr("This mentor is no longer active."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.beginError());
    if (auto current = currentLink(referralId)) {
        if (current->mentorId == mentorId)
            return Status::failure(Lift::tr("This mentor is already linked to the family."));
        if (on < current->linkedOn)
            return Status::failure(Lift::tr("linkedOn: The new link cannot start before the current one."));
        if (Status s = m_db.update(QStringLiteral("lift_links"), current->id,
                                   {{QStringLiteral("unlinked_on"), dateToText(on)},
                                    {QStringLiteral("unlink_reason"), Lift::tr("Another mentor linked")}},
                                   "unlinking the mentor");
            !s)
            return s;
    }
    qint64 id = 0;
    if (Status s = write(m_db, QStringLiteral("lift_links"), id,
                         {{QStringLiteral("referral_id"), referralId},
                          {QStringLiteral("family_id"), r->familyId},
                          {QStringLiteral("mentor_id"), mentorId},
                          {QStringLiteral("linked_on"), dateToText(on)}},
                         "linking the mentor", false);
        !s)
        return s;
    InvolvementRepository involvements(m_db);
    auto inv = involvements.get(r->involvementId);
    if (!inv)
        return inv.status();
    if (inv->status == QLatin1String("referred")) {
        Involvement opened = *inv;
        opened.status = QStringLiteral("open");
        if (!opened.openedOn.isValid())
            opened.openedOn = on;
        if (Status s = involvements.save(opened); !s)
            return s;
    }
    return tx.commit();
}

Status LiftRepository::unlinkMentor(qint64 referralId, const QDate& on, const QString& reason) {
    auto r = referral(referralId);
    if (!r)
        return r.status();
    if (Status s = access::requireWrite(m_db, r->familyId); !s)
        return s;
    auto current = currentLink(referralId);
    if (!current)
        return Status::failure(Lift::tr("No mentor is linked to this referral."));
    if (!on.isValid() || on < current->linkedOn || on > m_db.today())
        return Status::failure(Lift::tr("unlinkedOn: Enter a date between the link and today."));
    if (reason.trimmed().isEmpty())
        return Status::failure(Lift::tr("unlinkReason: Say why the mentor is unlinked."));
    return m_db.update(QStringLiteral("lift_links"), current->id,
                       {{QStringLiteral("unlinked_on"), dateToText(on)},
                        {QStringLiteral("unlink_reason"), reason.trimmed()}},
                       "unlinking the mentor");
}

std::vector<MentorLink> LiftRepository::linksForReferral(qint64 referralId) const {
    std::vector<MentorLink> out;
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM lift_links WHERE referral_id = ? ORDER BY linked_on, id")
                          .arg(kLinkColumns),
                      {referralId}, "listing mentor links");
    if (!q)
        return out;
    QSqlQuery query = std::move(q).value();
    while (query.next())
        out.push_back(readLink(query));
    return out;
}

std::vector<MentorLink> LiftRepository::linksForMentor(qint64 mentorId) const {
    std::vector<MentorLink> out;
    auto q = m_db.run(
        QStringLiteral("SELECT %1 FROM lift_links WHERE mentor_id = ? ORDER BY linked_on DESC, id DESC")
            .arg(kLinkColumns),
        {mentorId}, "listing mentor links");
    if (!q)
        return out;
    QSqlQuery query = std::move(q).value();
    while (query.next())
        out.push_back(readLink(query));
    return out;
}

std::optional<MentorLink> LiftRepository::currentLink(qint64 referralId) const {
    for (const MentorLink& link : linksForReferral(referralId))
        if (link.isCurrent())
            return link;
    return std::nullopt;
}

std::vector<LinkedFamily> LiftRepository::linkedNow() const {
    std::vector<LinkedFamily> out;
    QVariantList bindings;
    const QString visible = access::visibleFamiliesCondition(m_db, QStringLiteral("l.family_id"), bindings);
    QStringList columns;
    for (const QString& c : kLinkColumns.split(QStringLiteral(", ")))
        columns << QStringLiteral("l.") + c;
    // The latest meeting of each referral gives the hours and the review date.
    auto q = m_db.run(
        QStringLiteral(
            "SELECT %1, f.name, mt.name, "
            "(SELECT MIN(a.held_on) FROM lift_meetings a WHERE a.referral_id = l.referral_id "
            "AND a.kind = 'agreement'), lm.hours_per_week, lm.review_due "
            "FROM lift_links l JOIN families f ON f.id = l.family_id "
            "JOIN lift_mentors mt ON mt.id = l.mentor_id "
            "LEFT JOIN lift_meetings lm ON lm.id = (SELECT m.id FROM lift_meetings m WHERE m.referral_id "
            "= l.referral_id ORDER BY m.held_on DESC, m.id DESC LIMIT 1) "
            "WHERE l.unlinked_on IS NULL AND %2 ORDER BY mt.name, f.name, l.id")
            .arg(columns.join(QStringLiteral(", ")), visible),
        bindings, "listing linked families");
    if (!q)
        return out;
    QSqlQuery query = std::move(q).value();
    while (query.next()) {
        LinkedFamily f;
        f.link = readLink(query);
        f.familyName = query.value(7).toString();
        f.mentorName = query.value(8).toString();
        f.agreementOn = dateFromText(query.value(9).toString());
        if (!query.value(10).isNull())
            f.hours = query.value(10).toDouble();
        f.reviewDue = dateFromText(query.value(11).toString());
        out.push_back(std::move(f));
    }
    return out;
}

Status LiftRepository::saveMeeting(LiftMeeting& m) {
    if (auto issues = validateLiftMeeting(m, m_db.today()); !issues.isEmpty())
        return Status::failure(joinIssues(issues));
    auto r = referral(m.referralId);
    if (!r)
        return r.status();
    m.familyId = r->familyId;
    if (Status s = access::requireWrite(m_db, m.familyId); !s)
        return s;
    std::optional<LiftMeeting> before;
    if (m.id != 0) {
        auto stored = meeting(m.id);
        if (!stored)
            return stored.status();
        if (stored->referralId != m.referralId || stored->kind != m.kind)
            return Status::failure(Lift::tr("A meeting cannot move to another referral or change its kind."));
        before = *stored;
    }
    if (m.recordedByWorkerId == 0 && m_db.account())
        m.recordedByWorkerId = m_db.account()->workerId;
    const Columns columns = {
        {QStringLiteral("referral_id"), m.referralId},
        {QStringLiteral("family_id"), m.familyId},
        {QStringLiteral("kind"), m.kind},
        {QStringLiteral("held_on"), dateToText(m.heldOn)},
        {QStringLiteral("place"), m.place.trimmed()},
        {QStringLiteral("at_family_home"), m.atFamilyHome ? 1 : 0},
        {QStringLiteral("attendees"), codesToText(m.attendees)},
        {QStringLiteral("support_areas"), codesToText(m.supportAreas)},
        {QStringLiteral("action_plan"), m.actionPlan},
        {QStringLiteral("risks_to_mentor"), m.risksToMentor},
        {QStringLiteral("risks_to_children"), m.risksToChildren},
        {QStringLiteral("risk_actions"), m.riskActions},
        {QStringLiteral("must_notify"), m.mustNotifyCcswIro ? 1 : 0},
        {QStringLiteral("notified_on"), nullableText(dateToText(m.notifiedOn))},
        {QStringLiteral("boundaries"), m.boundaries},
        {QStringLiteral("hours_per_week"), m.hoursPerWeek},
        {QStringLiteral("hours_reason"), m.hoursReason.trimmed()},
        {QStringLiteral("review_due"), nullableText(dateToText(m.reviewDue))},
        {QStringLiteral("progress"), m.progress},
        {QStringLiteral("case_note_added"), m.caseNoteAdded ? 1 : 0},
        {QStringLiteral("recorded_by_worker_id"), nullableId(m.recordedByWorkerId)},
    };
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.beginError());
    qint64 id = m.id;
    if (Status s = write(m_db, QStringLiteral("lift_meetings"), id, columns, "saving the LIFT meeting"); !s)
        return s;
    const QString heldKind = m.kind == QLatin1String("agreement") ? QStringLiteral("lift_agreement_meeting")
                                                                  : QStringLiteral("lift_review");
    if (Status s = recordEvent(m_db, m.familyId, r->involvementId, heldKind, m.heldOn,
                               before ? before->heldOn : QDate());
        !s)
        return s;
    if (Status s = recordEvent(m_db, m.familyId, r->involvementId, QStringLiteral("lift_review_scheduled"),
                               m.reviewDue, before ? before->reviewDue : QDate());
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    m.id = id;
    return Status::ok();
}

std::vector<LiftMeeting> LiftRepository::meetingsFor(qint64 referralId) const {
    std::vector<LiftMeeting> out;
    auto q =
        m_db.run(QStringLiteral("SELECT %1 FROM lift_meetings WHERE referral_id = ? ORDER BY held_on, id")
                     .arg(kMeetingColumns),
                 {referralId}, "listing LIFT meetings");
    if (!q)
        return out;
    QSqlQuery query = std::move(q).value();
    while (query.next())
        out.push_back(readMeeting(query));
    return out;
}

Result<LiftMeeting> LiftRepository::meeting(qint64 id) const {
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM lift_meetings WHERE id = ?").arg(kMeetingColumns), {id},
                      "reading a LIFT meeting");
    if (!q)
        return q.status();
    QSqlQuery query = std::move(q).value();
    if (!query.next())
        return Result<LiftMeeting>::failure(Lift::tr("There is no LIFT meeting %1.").arg(id));
    LiftMeeting m = readMeeting(query);
    if (Status s = access::requireFamily(m_db, m.familyId); !s)
        return s;
    return m;
}

Status LiftRepository::saveClosure(LiftClosure& c) {
    if (auto issues = validateLiftClosure(c, m_db.today()); !issues.isEmpty())
        return Status::failure(joinIssues(issues));
    auto r = referral(c.referralId);
    if (!r)
        return r.status();
    c.familyId = r->familyId;
    if (Status s = access::requireWrite(m_db, c.familyId); !s)
        return s;
    const std::optional<LiftClosure> before = closureFor(c.referralId);
    if (before && before->id != c.id)
        return Status::failure(Lift::tr("This referral already has a closure summary: change that one."));
    const Columns columns = {
        {QStringLiteral("referral_id"), c.referralId},
        {QStringLiteral("family_id"), c.familyId},
        {QStringLiteral("closed_on"), dateToText(c.closedOn)},
        {QStringLiteral("aim"), c.aim},
        {QStringLiteral("aim_achieved"), c.aimAchieved ? 1 : 0},
        {QStringLiteral("reason"), c.reason.trimmed()},
        {QStringLiteral("care_follow_up"), c.careFollowUp},
        {QStringLiteral("follow_up_on"), nullableText(dateToText(c.followUpOn))},
        {QStringLiteral("follow_up_note"), c.followUpNote},
    };
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.beginError());
    qint64 id = c.id;
    if (Status s = write(m_db, QStringLiteral("lift_closures"), id, columns, "saving the LIFT closure"); !s)
        return s;
    // The mentor's work ends with the closure.
    if (auto current = currentLink(c.referralId)) {
        const QDate end = std::max(c.closedOn, current->linkedOn);
        if (Status s = m_db.update(QStringLiteral("lift_links"), current->id,
                                   {{QStringLiteral("unlinked_on"), dateToText(end)},
                                    {QStringLiteral("unlink_reason"), Lift::tr("LIFT closed")}},
                                   "unlinking the mentor");
            !s)
            return s;
    }
    if (Status s = recordEvent(m_db, c.familyId, r->involvementId, QStringLiteral("lift_closed"), c.closedOn,
                               before ? before->closedOn : QDate());
        !s)
        return s;
    if (c.followUpOn.isValid()) {
        if (Status s = recordEvent(m_db, c.familyId, r->involvementId, QStringLiteral("lift_follow_up"),
                                   c.followUpOn, before ? before->followUpOn : QDate());
            !s)
            return s;
    }
    if (Status s = tx.commit(); !s)
        return s;
    c.id = id;
    return Status::ok();
}

std::optional<LiftClosure> LiftRepository::closureFor(qint64 referralId) const {
    auto q =
        m_db.run(QStringLiteral("SELECT %1 FROM lift_closures WHERE referral_id = ?").arg(kClosureColumns),
                 {referralId}, "reading a LIFT closure");
    if (!q)
        return std::nullopt;
    QSqlQuery query = std::move(q).value();
    if (!query.next())
        return std::nullopt;
    return readClosure(query);
}

} // namespace waymark
