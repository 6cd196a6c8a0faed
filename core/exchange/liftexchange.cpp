#include "exchange/liftexchange.h"

#include "exchange/exportcolumns.h"
#include "lift/codelist.h"
#include "lift/liftvalidation.h"
#include "storage/database.h"
#include "util/trcontext.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <functional>

namespace waymark::exchange {

namespace {

// --- export ---------------------------------------------------------------------------------

QJsonValue codes(const QSqlQuery& q, int i) {
    return QJsonArray::fromStringList(codesFromText(q.value(i).toString()));
}

Status exportMentors(Database& db, QJsonArray& out) {
    // Deliberately no join with lift_code_words: the code word never leaves the database.
    return eachRow(
        db,
        QStringLiteral("SELECT id, name, phone, email, address_line1, address_line2, town, postcode, "
                       "locality, ssw_worker_id, support_offered, hours_per_week, "
                       "foster_children_at_home, safer_care_notes, buddy_name, buddy_phone, active, "
                       "notes, created_at, updated_at FROM lift_mentors ORDER BY id"),
        "exporting LIFT mentors", [&](const QSqlQuery& q) {
            out.append(QJsonObject{
                {QStringLiteral("id"), id(q, 0)},
                {QStringLiteral("name"), text(q, 1)},
                {QStringLiteral("phone"), text(q, 2)},
                {QStringLiteral("email"), text(q, 3)},
                {QStringLiteral("address"), QJsonObject{{QStringLiteral("line1"), text(q, 4)},
                                                        {QStringLiteral("line2"), text(q, 5)},
                                                        {QStringLiteral("town"), text(q, 6)},
                                                        {QStringLiteral("postcode"), text(q, 7)}}},
                {QStringLiteral("locality"), text(q, 8)},
                {QStringLiteral("sswWorkerId"), idOrNull(q, 9)},
                {QStringLiteral("supportOffered"), codes(q, 10)},
                {QStringLiteral("hoursPerWeek"), number(q, 11)},
                {QStringLiteral("fosterChildrenAtHome"), id(q, 12)},
                {QStringLiteral("saferCareNotes"), text(q, 13)},
                {QStringLiteral("buddyName"), text(q, 14)},
                {QStringLiteral("buddyPhone"), text(q, 15)},
                {QStringLiteral("active"), flag(q, 16)},
                {QStringLiteral("notes"), text(q, 17)},
                {QStringLiteral("createdAt"), utc(q, 18)},
                {QStringLiteral("updatedAt"), utc(q, 19)},
            });
        });
}

Status exportReferrals(Database& db, QJsonArray& out) {
    return eachRow(
        db,
        QStringLiteral("SELECT id, involvement_id, family_id, aim, locality, support_needed, decision, "
                       "decision_reason, risk_assessed_on, ccsw_worker_id, family_wishes, legal_order, "
                       "created_at, updated_at FROM lift_referrals ORDER BY id"),
        "exporting LIFT referrals", [&](const QSqlQuery& q) {
            out.append(QJsonObject{
                {QStringLiteral("id"), id(q, 0)},
                {QStringLiteral("involvementId"), id(q, 1)},
                {QStringLiteral("familyId"), id(q, 2)},
                {QStringLiteral("aim"), text(q, 3)},
                {QStringLiteral("locality"), text(q, 4)},
                {QStringLiteral("supportNeeded"), codes(q, 5)},
                {QStringLiteral("decision"), text(q, 6)},
                {QStringLiteral("decisionReason"), text(q, 7)},
                {QStringLiteral("riskAssessedOn"), dateOrNull(q, 8)},
                {QStringLiteral("ccswWorkerId"), idOrNull(q, 9)},
                {QStringLiteral("familyWishesToTakePart"), flag(q, 10)},
                {QStringLiteral("legalOrder"), text(q, 11)},
                {QStringLiteral("createdAt"), utc(q, 12)},
                {QStringLiteral("updatedAt"), utc(q, 13)},
            });
        });
}

Status exportLinks(Database& db, QJsonArray& out) {
    return eachRow(db,
                   QStringLiteral("SELECT id, referral_id, family_id, mentor_id, linked_on, unlinked_on, "
                                  "unlink_reason FROM lift_links ORDER BY id"),
                   "exporting LIFT mentor links", [&](const QSqlQuery& q) {
                       out.append(QJsonObject{
                           {QStringLiteral("id"), id(q, 0)},
                           {QStringLiteral("referralId"), id(q, 1)},
                           {QStringLiteral("familyId"), id(q, 2)},
                           {QStringLiteral("mentorId"), id(q, 3)},
                           {QStringLiteral("linkedOn"), dateOrNull(q, 4)},
                           {QStringLiteral("unlinkedOn"), dateOrNull(q, 5)},
                           {QStringLiteral("unlinkReason"), text(q, 6)},
                       });
                   });
}

Status exportMeetings(Database& db, QJsonArray& out) {
    return eachRow(
        db,
        QStringLiteral(
            "SELECT id, referral_id, family_id, kind, held_on, place, at_family_home, attendees, "
            "support_areas, action_plan, risks_to_mentor, risks_to_children, risk_actions, must_notify, "
            "notified_on, boundaries, hours_per_week, hours_reason, review_due, progress, "
            "case_note_added, recorded_by_worker_id, created_at, updated_at FROM lift_meetings ORDER BY id"),
        "exporting LIFT meetings", [&](const QSqlQuery& q) {
            out.append(QJsonObject{
                {QStringLiteral("id"), id(q, 0)},
                {QStringLiteral("referralId"), id(q, 1)},
                {QStringLiteral("familyId"), id(q, 2)},
                {QStringLiteral("kind"), text(q, 3)},
                {QStringLiteral("heldOn"), dateOrNull(q, 4)},
                {QStringLiteral("place"), text(q, 5)},
                {QStringLiteral("atFamilyHome"), flag(q, 6)},
                {QStringLiteral("attendees"), codes(q, 7)},
                {QStringLiteral("supportAreas"), codes(q, 8)},
                {QStringLiteral("actionPlan"), text(q, 9)},
                {QStringLiteral("risksToMentor"), text(q, 10)},
                {QStringLiteral("risksToChildren"), text(q, 11)},
                {QStringLiteral("riskActions"), text(q, 12)},
                {QStringLiteral("mustNotifyCcswIro"), flag(q, 13)},
                {QStringLiteral("notifiedOn"), dateOrNull(q, 14)},
                {QStringLiteral("boundaries"), text(q, 15)},
                {QStringLiteral("hoursPerWeek"), number(q, 16)},
                {QStringLiteral("hoursReason"), text(q, 17)},
                {QStringLiteral("reviewDue"), dateOrNull(q, 18)},
                {QStringLiteral("progress"), text(q, 19)},
                {QStringLiteral("caseNoteAdded"), flag(q, 20)},
                {QStringLiteral("recordedByWorkerId"), idOrNull(q, 21)},
                {QStringLiteral("createdAt"), utc(q, 22)},
                {QStringLiteral("updatedAt"), utc(q, 23)},
            });
        });
}

Status exportClosures(Database& db, QJsonArray& out) {
    return eachRow(db,
                   QStringLiteral("SELECT id, referral_id, family_id, closed_on, aim, aim_achieved, reason, "
                                  "care_follow_up, follow_up_on, follow_up_note, created_at, updated_at "
                                  "FROM lift_closures ORDER BY id"),
                   "exporting LIFT closures", [&](const QSqlQuery& q) {
                       out.append(QJsonObject{
                           {QStringLiteral("id"), id(q, 0)},
                           {QStringLiteral("referralId"), id(q, 1)},
                           {QStringLiteral("familyId"), id(q, 2)},
                           {QStringLiteral("closedOn"), dateOrNull(q, 3)},
                           {QStringLiteral("aim"), text(q, 4)},
                           {QStringLiteral("aimAchieved"), flag(q, 5)},
                           {QStringLiteral("reason"), text(q, 6)},
                           {QStringLiteral("careFollowUp"), text(q, 7)},
                           {QStringLiteral("followUpOn"), dateOrNull(q, 8)},
                           {QStringLiteral("followUpNote"), text(q, 9)},
                           {QStringLiteral("createdAt"), utc(q, 10)},
                           {QStringLiteral("updatedAt"), utc(q, 11)},
                       });
                   });
}

Status exportForms(Database& db, QJsonArray& out) {
    QHash<qint64, QJsonArray> sessions;
    Status read =
        eachRow(db,
                QStringLiteral("SELECT form_id, id, session_date, minutes, child_accommodated, note "
                               "FROM lift_sessions ORDER BY form_id, id"),
                "exporting LIFT finance sessions", [&](const QSqlQuery& q) {
                    sessions[q.value(0).toLongLong()].append(QJsonObject{
                        {QStringLiteral("id"), id(q, 1)},
                        {QStringLiteral("date"), dateOrNull(q, 2)},
                        {QStringLiteral("minutes"), id(q, 3)},
                        {QStringLiteral("childAccommodated"), flag(q, 4)},
                        {QStringLiteral("note"), text(q, 5)},
                    });
                });
    if (!read)
        return read;
    return eachRow(
        db,
        QStringLiteral("SELECT id, referral_id, family_id, mentor_id, month, status, submitted_on, "
                       "processed_on, paid_on, mileage_miles, notes, created_at, updated_at "
                       "FROM lift_finance_forms ORDER BY id"),
        "exporting LIFT finance forms", [&](const QSqlQuery& q) {
            out.append(QJsonObject{
                {QStringLiteral("id"), id(q, 0)},
                {QStringLiteral("referralId"), id(q, 1)},
                {QStringLiteral("familyId"), id(q, 2)},
                {QStringLiteral("mentorId"), id(q, 3)},
                {QStringLiteral("month"), dateOrNull(q, 4)},
                {QStringLiteral("status"), text(q, 5)},
                {QStringLiteral("submittedOn"), dateOrNull(q, 6)},
                {QStringLiteral("processedOn"), dateOrNull(q, 7)},
                {QStringLiteral("paidOn"), dateOrNull(q, 8)},
                {QStringLiteral("mileageMiles"), number(q, 9)},
                {QStringLiteral("notes"), text(q, 10)},
                {QStringLiteral("sessions"), sessions.value(q.value(0).toLongLong())},
                {QStringLiteral("createdAt"), utc(q, 11)},
                {QStringLiteral("updatedAt"), utc(q, 12)},
            });
        });
}

Status exportRates(Database& db, QJsonArray& out) {
    return eachRow(db, QStringLiteral("SELECT id, kind, effective_from, pence FROM lift_rates ORDER BY id"),
                   "exporting LIFT rates", [&](const QSqlQuery& q) {
                       out.append(QJsonObject{
                           {QStringLiteral("id"), id(q, 0)},
                           {QStringLiteral("kind"), text(q, 1)},
                           {QStringLiteral("effectiveFrom"), dateOrNull(q, 2)},
                           {QStringLiteral("pence"), id(q, 3)},
                       });
                   });
}

// --- import ---------------------------------------------------------------------------------

const char* const kNoWorker =
    QT_TRANSLATE_NOOP("waymark::Exchange", "there is no worker with id %1 in this file");
const char* const kNoFamily =
    QT_TRANSLATE_NOOP("waymark::Exchange", "there is no family with id %1 in this file");
const char* const kNoInvolvement =
    QT_TRANSLATE_NOOP("waymark::Exchange", "there is no involvement with id %1 in this file");
const char* const kNoMentor =
    QT_TRANSLATE_NOOP("waymark::Exchange", "there is no LIFT mentor with id %1 in this file");
const char* const kNoReferral =
    QT_TRANSLATE_NOOP("waymark::Exchange", "there is no LIFT referral with id %1 in this file");

// The LIFT validators count sessions from 1 and call the minutes "hours" (what the form shows);
// the file counts from 0 and stores minutes.
QString filePathOf(QString field) {
    static const QRegularExpression session(QStringLiteral("^sessions\\[(\\d+)\\]"));
    const auto match = session.match(field);
    if (match.hasMatch())
        field.replace(0, match.capturedLength(),
                      QStringLiteral("sessions[%1]").arg(match.captured(1).toInt() - 1));
    if (field.startsWith(QLatin1String("sessions[")) && field.endsWith(QLatin1String(".hours")))
        field.replace(field.size() - 5, 5, QStringLiteral("minutes"));
    return field;
}

Status firstIssue(const QString& recordPath, const ValidationIssues& issues) {
    if (issues.isEmpty())
        return Status::ok();
    return fieldError(recordPath + QLatin1Char('.') + filePathOf(issues.first().field),
                      issues.first().message);
}

Stamps readStamps(ObjectReader& r, const QString& now) {
    Stamps s{now, now};
    r.utcTime(QStringLiteral("createdAt"), s.createdAt);
    r.utcTime(QStringLiteral("updatedAt"), s.updatedAt);
    return s;
}

class LiftParser {
public:
    LiftParser(Database& db, Document& doc)
        : m_doc(doc)
        , m_now(db.nowText())
        , m_today(db.today()) {
        for (const Worker& w : doc.workers)
            m_workers.insert(w.id);
        for (const auto& [f, stamps] : doc.families)
            m_families.insert(f.id);
        for (const auto& [inv, stamps] : doc.involvements)
            m_involvements.insert(inv.id, {inv.familyId, inv.service});
    }

    Status mentors(const QJsonArray& items) {
        for (int i = 0; i < items.size(); ++i) {
            const QString path = elementPath(QStringLiteral("$.liftMentors"), i);
            ObjectReader r(items.at(i), path);
            Mentor m;
            qint64 children = 0;
            r.id(QStringLiteral("id"), m.id, ObjectReader::Required);
            r.text(QStringLiteral("name"), m.name, ObjectReader::Required);
            r.text(QStringLiteral("phone"), m.phone);
            r.text(QStringLiteral("email"), m.email);
            ObjectReader a = r.object(QStringLiteral("address"));
            a.text(QStringLiteral("line1"), m.address.line1);
            a.text(QStringLiteral("line2"), m.address.line2);
            a.text(QStringLiteral("town"), m.address.town);
            a.text(QStringLiteral("postcode"), m.address.postcode);
            a.finish();
            r.adopt(a);
            r.text(QStringLiteral("locality"), m.locality);
            r.id(QStringLiteral("sswWorkerId"), m.sswWorkerId, ObjectReader::Optional, true);
            r.textList(QStringLiteral("supportOffered"), m.supportOffered);
            r.number(QStringLiteral("hoursPerWeek"), m.hoursPerWeek);
            r.integer(QStringLiteral("fosterChildrenAtHome"), children);
            r.text(QStringLiteral("saferCareNotes"), m.saferCareNotes);
            r.text(QStringLiteral("buddyName"), m.buddyName);
            r.text(QStringLiteral("buddyPhone"), m.buddyPhone);
            r.boolean(QStringLiteral("active"), m.active);
            r.text(QStringLiteral("notes"), m.notes);
            const Stamps stamps = readStamps(r, m_now);
            // A code word in the file is refused as an unknown field: the format never carries one.
            if (Status s = r.finish(); !s)
                return s;
            m.fosterChildrenAtHome = int(std::clamp<qint64>(children, -1, 1000));
            if (Status s = firstIssue(path, validateMentor(m)); !s)
                return s;
            if (Status s = unique(m_mentors, m.id, r.pathOf(QStringLiteral("id"))); !s)
                return s;
            if (Status s = ref(m_workers, m.sswWorkerId, r.pathOf(QStringLiteral("sswWorkerId")), kNoWorker);
                !s)
                return s;
            m_doc.lift.mentors.emplace_back(m, stamps);
        }
        return Status::ok();
    }

    Status referrals(const QJsonArray& items) {
        QSet<qint64> involvementsUsed;
        for (int i = 0; i < items.size(); ++i) {
            const QString path = elementPath(QStringLiteral("$.liftReferrals"), i);
            ObjectReader r(items.at(i), path);
            LiftReferral x;
            r.id(QStringLiteral("id"), x.id, ObjectReader::Required);
            r.id(QStringLiteral("involvementId"), x.involvementId, ObjectReader::Required);
            r.id(QStringLiteral("familyId"), x.familyId, ObjectReader::Required);
            r.text(QStringLiteral("aim"), x.aim, ObjectReader::Required);
            r.text(QStringLiteral("locality"), x.locality);
            r.textList(QStringLiteral("supportNeeded"), x.supportNeeded);
            r.text(QStringLiteral("decision"), x.decision, ObjectReader::Required);
            r.text(QStringLiteral("decisionReason"), x.decisionReason);
            r.date(QStringLiteral("riskAssessedOn"), x.riskAssessedOn);
            r.id(QStringLiteral("ccswWorkerId"), x.ccswWorkerId, ObjectReader::Optional, true);
            r.boolean(QStringLiteral("familyWishesToTakePart"), x.familyWishesToTakePart);
            r.text(QStringLiteral("legalOrder"), x.legalOrder);
            const Stamps stamps = readStamps(r, m_now);
            if (Status s = r.finish(); !s)
                return s;
            if (Status s = firstIssue(path, validateLiftReferral(x, m_today)); !s)
                return s;
            if (Status s = unique(m_referralIds, x.id, r.pathOf(QStringLiteral("id"))); !s)
                return s;
            if (Status s = ref(m_families, x.familyId, r.pathOf(QStringLiteral("familyId")), kNoFamily); !s)
                return s;
            const QString invPath = r.pathOf(QStringLiteral("involvementId"));
            if (!m_involvements.contains(x.involvementId))
                return fieldError(invPath, Exchange::tr(kNoInvolvement).arg(x.involvementId));
            const auto& [invFamily, service] = m_involvements.value(x.involvementId);
            if (invFamily != x.familyId)
                return fieldError(invPath, Exchange::tr("involvement %1 belongs to another family than %2")
                                               .arg(x.involvementId)
                                               .arg(x.familyId));
            if (service != QLatin1String("lift_mentoring"))
                return fieldError(
                    invPath,
                    Exchange::tr("involvement %1 is not a LIFT mentoring involvement").arg(x.involvementId));
            if (involvementsUsed.contains(x.involvementId))
                return fieldError(invPath,
                                  Exchange::tr("involvement %1 already has a LIFT referral in this file")
                                      .arg(x.involvementId));
            involvementsUsed.insert(x.involvementId);
            if (Status s =
                    ref(m_workers, x.ccswWorkerId, r.pathOf(QStringLiteral("ccswWorkerId")), kNoWorker);
                !s)
                return s;
            m_referralFamily.insert(x.id, x.familyId);
            m_doc.lift.referrals.emplace_back(x, stamps);
        }
        return Status::ok();
    }

    Status links(const QJsonArray& items) {
        QSet<qint64> ids;
        for (int i = 0; i < items.size(); ++i) {
            const QString path = elementPath(QStringLiteral("$.liftLinks"), i);
            ObjectReader r(items.at(i), path);
            MentorLink l;
            r.id(QStringLiteral("id"), l.id, ObjectReader::Required);
            r.id(QStringLiteral("referralId"), l.referralId, ObjectReader::Required);
            r.id(QStringLiteral("familyId"), l.familyId, ObjectReader::Required);
            r.id(QStringLiteral("mentorId"), l.mentorId, ObjectReader::Required);
            r.date(QStringLiteral("linkedOn"), l.linkedOn, ObjectReader::Required);
            r.date(QStringLiteral("unlinkedOn"), l.unlinkedOn);
            r.text(QStringLiteral("unlinkReason"), l.unlinkReason);
            if (Status s = r.finish(); !s)
                return s;
            if (!l.linkedOn.isValid())
                return fieldError(r.pathOf(QStringLiteral("linkedOn")),
                                  Exchange::tr("a link needs the date it began"));
            if (l.unlinkedOn.isValid() && l.unlinkedOn < l.linkedOn)
                return fieldError(r.pathOf(QStringLiteral("unlinkedOn")),
                                  Exchange::tr("a link cannot end before it began"));
            if (Status s = unique(ids, l.id, r.pathOf(QStringLiteral("id"))); !s)
                return s;
            if (Status s = referralOf(r, l.referralId, l.familyId); !s)
                return s;
            if (Status s = ref(m_mentors, l.mentorId, r.pathOf(QStringLiteral("mentorId")), kNoMentor); !s)
                return s;
            m_doc.lift.links.push_back(l);
        }
        return Status::ok();
    }

    Status meetings(const QJsonArray& items) {
        QSet<qint64> ids;
        for (int i = 0; i < items.size(); ++i) {
            const QString path = elementPath(QStringLiteral("$.liftMeetings"), i);
            ObjectReader r(items.at(i), path);
            LiftMeeting m;
            r.id(QStringLiteral("id"), m.id, ObjectReader::Required);
            r.id(QStringLiteral("referralId"), m.referralId, ObjectReader::Required);
            r.id(QStringLiteral("familyId"), m.familyId, ObjectReader::Required);
            r.text(QStringLiteral("kind"), m.kind, ObjectReader::Required);
            r.date(QStringLiteral("heldOn"), m.heldOn, ObjectReader::Required);
            r.text(QStringLiteral("place"), m.place);
            r.boolean(QStringLiteral("atFamilyHome"), m.atFamilyHome);
            r.textList(QStringLiteral("attendees"), m.attendees);
            r.textList(QStringLiteral("supportAreas"), m.supportAreas);
            const std::pair<const char*, QString*> texts[] = {
                {"actionPlan", &m.actionPlan},
                {"risksToMentor", &m.risksToMentor},
                {"risksToChildren", &m.risksToChildren},
                {"riskActions", &m.riskActions},
                {"boundaries", &m.boundaries},
                {"hoursReason", &m.hoursReason},
                {"progress", &m.progress},
            };
            for (const auto& [key, field] : texts)
                r.text(QLatin1String(key), *field);
            r.boolean(QStringLiteral("mustNotifyCcswIro"), m.mustNotifyCcswIro);
            r.date(QStringLiteral("notifiedOn"), m.notifiedOn);
            r.number(QStringLiteral("hoursPerWeek"), m.hoursPerWeek);
            r.date(QStringLiteral("reviewDue"), m.reviewDue);
            r.boolean(QStringLiteral("caseNoteAdded"), m.caseNoteAdded);
            r.id(QStringLiteral("recordedByWorkerId"), m.recordedByWorkerId, ObjectReader::Optional, true);
            const Stamps stamps = readStamps(r, m_now);
            if (Status s = r.finish(); !s)
                return s;
            if (Status s = firstIssue(path, validateLiftMeeting(m, m_today)); !s)
                return s;
            if (Status s = unique(ids, m.id, r.pathOf(QStringLiteral("id"))); !s)
                return s;
            if (Status s = referralOf(r, m.referralId, m.familyId); !s)
                return s;
            if (Status s = ref(m_workers, m.recordedByWorkerId,
                               r.pathOf(QStringLiteral("recordedByWorkerId")), kNoWorker);
                !s)
                return s;
            m_doc.lift.meetings.emplace_back(m, stamps);
        }
        return Status::ok();
    }

    Status closures(const QJsonArray& items) {
        QSet<qint64> ids, referrals;
        for (int i = 0; i < items.size(); ++i) {
            const QString path = elementPath(QStringLiteral("$.liftClosures"), i);
            ObjectReader r(items.at(i), path);
            LiftClosure c;
            r.id(QStringLiteral("id"), c.id, ObjectReader::Required);
            r.id(QStringLiteral("referralId"), c.referralId, ObjectReader::Required);
            r.id(QStringLiteral("familyId"), c.familyId, ObjectReader::Required);
            r.date(QStringLiteral("closedOn"), c.closedOn, ObjectReader::Required);
            r.text(QStringLiteral("aim"), c.aim, ObjectReader::Required);
            r.boolean(QStringLiteral("aimAchieved"), c.aimAchieved);
            r.text(QStringLiteral("reason"), c.reason);
            r.text(QStringLiteral("careFollowUp"), c.careFollowUp);
            r.date(QStringLiteral("followUpOn"), c.followUpOn);
            r.text(QStringLiteral("followUpNote"), c.followUpNote);
            const Stamps stamps = readStamps(r, m_now);
            if (Status s = r.finish(); !s)
                return s;
            if (Status s = firstIssue(path, validateLiftClosure(c, m_today)); !s)
                return s;
            if (Status s = unique(ids, c.id, r.pathOf(QStringLiteral("id"))); !s)
                return s;
            if (Status s = referralOf(r, c.referralId, c.familyId); !s)
                return s;
            if (referrals.contains(c.referralId))
                return fieldError(
                    r.pathOf(QStringLiteral("referralId")),
                    Exchange::tr("LIFT referral %1 already has a closure in this file").arg(c.referralId));
            referrals.insert(c.referralId);
            m_doc.lift.closures.emplace_back(c, stamps);
        }
        return Status::ok();
    }

    Status forms(const QJsonArray& items) {
        QSet<qint64> ids, sessionIds;
        QSet<QString> months;
        for (int i = 0; i < items.size(); ++i) {
            const QString path = elementPath(QStringLiteral("$.liftFinanceForms"), i);
            ObjectReader r(items.at(i), path);
            FinanceForm f;
            QJsonArray sessions;
            r.id(QStringLiteral("id"), f.id, ObjectReader::Required);
            r.id(QStringLiteral("referralId"), f.referralId, ObjectReader::Required);
            r.id(QStringLiteral("familyId"), f.familyId, ObjectReader::Required);
            r.id(QStringLiteral("mentorId"), f.mentorId, ObjectReader::Required);
            r.date(QStringLiteral("month"), f.month, ObjectReader::Required);
            r.text(QStringLiteral("status"), f.status, ObjectReader::Required);
            r.date(QStringLiteral("submittedOn"), f.submittedOn);
            r.date(QStringLiteral("processedOn"), f.processedOn);
            r.date(QStringLiteral("paidOn"), f.paidOn);
            r.number(QStringLiteral("mileageMiles"), f.mileageMiles);
            r.text(QStringLiteral("notes"), f.notes);
            r.array(QStringLiteral("sessions"), sessions);
            const Stamps stamps = readStamps(r, m_now);
            if (Status s = r.finish(); !s)
                return s;
            for (int n = 0; n < sessions.size(); ++n) {
                ObjectReader sr(sessions.at(n), elementPath(r.pathOf(QStringLiteral("sessions")), n));
                FinanceSession s;
                qint64 minutes = 0;
                sr.id(QStringLiteral("id"), s.id, ObjectReader::Required);
                sr.date(QStringLiteral("date"), s.date, ObjectReader::Required);
                sr.integer(QStringLiteral("minutes"), minutes, ObjectReader::Required);
                sr.boolean(QStringLiteral("childAccommodated"), s.childAccommodated);
                sr.text(QStringLiteral("note"), s.note);
                if (Status st = sr.finish(); !st)
                    return st;
                s.minutes = int(std::clamp<qint64>(minutes, -1, 100000));
                if (Status st = unique(sessionIds, s.id, sr.pathOf(QStringLiteral("id"))); !st)
                    return st;
                f.sessions.push_back(s);
            }
            if (Status s = firstIssue(path, validateFinanceForm(f, m_today)); !s)
                return s;
            if (Status s = unique(ids, f.id, r.pathOf(QStringLiteral("id"))); !s)
                return s;
            if (Status s = referralOf(r, f.referralId, f.familyId); !s)
                return s;
            if (Status s = ref(m_mentors, f.mentorId, r.pathOf(QStringLiteral("mentorId")), kNoMentor); !s)
                return s;
            const QString key =
                QStringLiteral("%1/%2/%3").arg(f.referralId).arg(f.mentorId).arg(dateToText(f.month));
            if (months.contains(key))
                return fieldError(r.pathOf(QStringLiteral("month")),
                                  Exchange::tr("an earlier form has the same referral, mentor and month"));
            months.insert(key);
            m_doc.lift.forms.emplace_back(f, stamps);
        }
        return Status::ok();
    }

    Status rates(const QJsonArray& items) {
        QSet<qint64> ids;
        QSet<QString> starts;
        for (int i = 0; i < items.size(); ++i) {
            const QString path = elementPath(QStringLiteral("$.liftRates"), i);
            ObjectReader r(items.at(i), path);
            LiftRate rate;
            r.id(QStringLiteral("id"), rate.id, ObjectReader::Required);
            r.text(QStringLiteral("kind"), rate.kind, ObjectReader::Required);
            r.date(QStringLiteral("effectiveFrom"), rate.effectiveFrom, ObjectReader::Required);
            r.integer(QStringLiteral("pence"), rate.pence, ObjectReader::Required);
            if (Status s = r.finish(); !s)
                return s;
            if (Status s = firstIssue(path, validateLiftRate(rate)); !s)
                return s;
            if (Status s = unique(ids, rate.id, r.pathOf(QStringLiteral("id"))); !s)
                return s;
            const QString key = rate.kind + QLatin1Char('/') + dateToText(rate.effectiveFrom);
            if (starts.contains(key))
                return fieldError(r.pathOf(QStringLiteral("effectiveFrom")),
                                  Exchange::tr("an earlier rate of the same kind starts on the same day"));
            starts.insert(key);
            m_doc.lift.rates.push_back(rate);
        }
        return Status::ok();
    }

private:
    // The record's referral is in the file and belongs to the record's family.
    Status referralOf(const ObjectReader& r, qint64 referralId, qint64 familyId) const {
        const QString at = r.pathOf(QStringLiteral("referralId"));
        if (!m_referralFamily.contains(referralId))
            return fieldError(at, Exchange::tr(kNoReferral).arg(referralId));
        if (m_referralFamily.value(referralId) != familyId)
            return fieldError(r.pathOf(QStringLiteral("familyId")),
                              Exchange::tr("LIFT referral %1 belongs to another family than %2")
                                  .arg(referralId)
                                  .arg(familyId));
        return Status::ok();
    }

    Document& m_doc;
    const QString m_now;
    const QDate m_today;
    QSet<qint64> m_workers, m_families, m_mentors, m_referralIds;
    QHash<qint64, std::pair<qint64, QString>> m_involvements; // id -> family, service
    QHash<qint64, qint64> m_referralFamily;
};

using Columns = std::vector<std::pair<QString, QVariant>>;

Status insert(Database& db, const char* table, const Columns& columns, const char* what) {
    auto done = db.insert(QLatin1String(table), columns, what);
    return done ? Status::ok() : done.status();
}

} // namespace

Status exportLift(Database& db, QJsonObject& root) {
    const std::pair<const char*, Status (*)(Database&, QJsonArray&)> sections[] = {
        {"liftMentors", exportMentors},   {"liftReferrals", exportReferrals},
        {"liftLinks", exportLinks},       {"liftMeetings", exportMeetings},
        {"liftClosures", exportClosures}, {"liftFinanceForms", exportForms},
        {"liftRates", exportRates},
    };
    for (const auto& [key, exportSection] : sections) {
        QJsonArray array;
        if (Status s = exportSection(db, array); !s)
            return s;
        root.insert(QLatin1String(key), array);
    }
    return Status::ok();
}

void readLiftArrays(ObjectReader& root, const QJsonObject& rootObject, LiftArrays& out) {
    root.array(QStringLiteral("liftMentors"), out.mentors);
    root.array(QStringLiteral("liftReferrals"), out.referrals);
    root.array(QStringLiteral("liftLinks"), out.links);
    root.array(QStringLiteral("liftMeetings"), out.meetings);
    root.array(QStringLiteral("liftClosures"), out.closures);
    root.array(QStringLiteral("liftFinanceForms"), out.forms);
    root.array(QStringLiteral("liftRates"), out.rates);
    out.hasRates = rootObject.contains(QStringLiteral("liftRates"));
}

Status parseLift(Database& db, const LiftArrays& arrays, Document& doc) {
    LiftParser parser(db, doc);
    doc.lift.hasRates = arrays.hasRates;
    const std::pair<Status (LiftParser::*)(const QJsonArray&), const QJsonArray*> sections[] = {
        {&LiftParser::mentors, &arrays.mentors},   {&LiftParser::referrals, &arrays.referrals},
        {&LiftParser::links, &arrays.links},       {&LiftParser::meetings, &arrays.meetings},
        {&LiftParser::closures, &arrays.closures}, {&LiftParser::forms, &arrays.forms},
        {&LiftParser::rates, &arrays.rates},
    };
    for (const auto& [parse, items] : sections) {
        if (Status s = (parser.*parse)(*items); !s)
            return s;
    }
    return Status::ok();
}

Status writeLift(Database& db, const LiftDocument& lift) {
    for (const auto& [m, stamps] : lift.mentors) {
        if (Status s = insert(db, "lift_mentors",
                              {{QStringLiteral("id"), m.id},
                               {QStringLiteral("name"), m.name},
                               {QStringLiteral("phone"), m.phone},
                               {QStringLiteral("email"), m.email},
                               {QStringLiteral("address_line1"), m.address.line1},
                               {QStringLiteral("address_line2"), m.address.line2},
                               {QStringLiteral("town"), m.address.town},
                               {QStringLiteral("postcode"), m.address.postcode},
                               {QStringLiteral("locality"), m.locality},
                               {QStringLiteral("ssw_worker_id"), nullableId(m.sswWorkerId)},
                               {QStringLiteral("support_offered"), codesToText(m.supportOffered)},
                               {QStringLiteral("hours_per_week"), m.hoursPerWeek},
                               {QStringLiteral("foster_children_at_home"), m.fosterChildrenAtHome},
                               {QStringLiteral("safer_care_notes"), m.saferCareNotes},
                               {QStringLiteral("buddy_name"), m.buddyName},
                               {QStringLiteral("buddy_phone"), m.buddyPhone},
                               {QStringLiteral("active"), m.active ? 1 : 0},
                               {QStringLiteral("notes"), m.notes},
                               {QStringLiteral("created_at"), stamps.createdAt},
                               {QStringLiteral("updated_at"), stamps.updatedAt}},
                              "importing LIFT mentors");
            !s)
            return s;
    }
    for (const auto& [x, stamps] : lift.referrals) {
        if (Status s =
                insert(db, "lift_referrals",
                       {{QStringLiteral("id"), x.id},
                        {QStringLiteral("involvement_id"), x.involvementId},
                        {QStringLiteral("family_id"), x.familyId},
                        {QStringLiteral("aim"), x.aim},
                        {QStringLiteral("locality"), x.locality},
                        {QStringLiteral("support_needed"), codesToText(x.supportNeeded)},
                        {QStringLiteral("decision"), x.decision},
                        {QStringLiteral("decision_reason"), x.decisionReason},
                        {QStringLiteral("risk_assessed_on"), nullableText(dateToText(x.riskAssessedOn))},
                        {QStringLiteral("ccsw_worker_id"), nullableId(x.ccswWorkerId)},
                        {QStringLiteral("family_wishes"), x.familyWishesToTakePart ? 1 : 0},
                        {QStringLiteral("legal_order"), x.legalOrder},
                        {QStringLiteral("created_at"), stamps.createdAt},
                        {QStringLiteral("updated_at"), stamps.updatedAt}},
                       "importing LIFT referrals");
            !s)
            return s;
    }
    for (const MentorLink& l : lift.links) {
        if (Status s = insert(db, "lift_links",
                              {{QStringLiteral("id"), l.id},
                               {QStringLiteral("referral_id"), l.referralId},
                               {QStringLiteral("family_id"), l.familyId},
                               {QStringLiteral("mentor_id"), l.mentorId},
                               {QStringLiteral("linked_on"), dateToText(l.linkedOn)},
                               {QStringLiteral("unlinked_on"), nullableText(dateToText(l.unlinkedOn))},
                               {QStringLiteral("unlink_reason"), l.unlinkReason}},
                              "importing LIFT mentor links");
            !s)
            return s;
    }
    for (const auto& [m, stamps] : lift.meetings) {
        if (Status s = insert(db, "lift_meetings",
                              {{QStringLiteral("id"), m.id},
                               {QStringLiteral("referral_id"), m.referralId},
                               {QStringLiteral("family_id"), m.familyId},
                               {QStringLiteral("kind"), m.kind},
                               {QStringLiteral("held_on"), dateToText(m.heldOn)},
                               {QStringLiteral("place"), m.place},
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
                               {QStringLiteral("hours_reason"), m.hoursReason},
                               {QStringLiteral("review_due"), nullableText(dateToText(m.reviewDue))},
                               {QStringLiteral("progress"), m.progress},
                               {QStringLiteral("case_note_added"), m.caseNoteAdded ? 1 : 0},
                               {QStringLiteral("recorded_by_worker_id"), nullableId(m.recordedByWorkerId)},
                               {QStringLiteral("created_at"), stamps.createdAt},
                               {QStringLiteral("updated_at"), stamps.updatedAt}},
                              "importing LIFT meetings");
            !s)
            return s;
    }
    for (const auto& [c, stamps] : lift.closures) {
        if (Status s = insert(db, "lift_closures",
                              {{QStringLiteral("id"), c.id},
                               {QStringLiteral("referral_id"), c.referralId},
                               {QStringLiteral("family_id"), c.familyId},
                               {QStringLiteral("closed_on"), dateToText(c.closedOn)},
                               {QStringLiteral("aim"), c.aim},
                               {QStringLiteral("aim_achieved"), c.aimAchieved ? 1 : 0},
                               {QStringLiteral("reason"), c.reason},
                               {QStringLiteral("care_follow_up"), c.careFollowUp},
                               {QStringLiteral("follow_up_on"), nullableText(dateToText(c.followUpOn))},
                               {QStringLiteral("follow_up_note"), c.followUpNote},
                               {QStringLiteral("created_at"), stamps.createdAt},
                               {QStringLiteral("updated_at"), stamps.updatedAt}},
                              "importing LIFT closures");
            !s)
            return s;
    }
    for (const auto& [f, stamps] : lift.forms) {
        if (Status s = insert(db, "lift_finance_forms",
                              {{QStringLiteral("id"), f.id},
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
                               {QStringLiteral("created_at"), stamps.createdAt},
                               {QStringLiteral("updated_at"), stamps.updatedAt}},
                              "importing LIFT finance forms");
            !s)
            return s;
        for (const FinanceSession& session : f.sessions) {
            if (Status s = insert(db, "lift_sessions",
                                  {{QStringLiteral("id"), session.id},
                                   {QStringLiteral("form_id"), f.id},
                                   {QStringLiteral("family_id"), f.familyId},
                                   {QStringLiteral("session_date"), dateToText(session.date)},
                                   {QStringLiteral("minutes"), session.minutes},
                                   {QStringLiteral("child_accommodated"), session.childAccommodated ? 1 : 0},
                                   {QStringLiteral("note"), session.note}},
                                  "importing LIFT finance forms");
                !s)
                return s;
        }
    }
    if (lift.hasRates) {
        // The file's rates are the authority's own; they replace the ones a new database starts with.
        if (auto cleared = db.run(QStringLiteral("DELETE FROM lift_rates"), {}, "importing LIFT rates");
            !cleared)
            return cleared.status();
        for (const LiftRate& rate : lift.rates) {
            if (Status s = insert(db, "lift_rates",
                                  {{QStringLiteral("id"), rate.id},
                                   {QStringLiteral("kind"), rate.kind},
                                   {QStringLiteral("effective_from"), dateToText(rate.effectiveFrom)},
                                   {QStringLiteral("pence"), rate.pence}},
                                  "importing LIFT rates");
                !s)
                return s;
        }
    }
    return Status::ok();
}

} // namespace waymark::exchange
