#pragma once

#include "domain/person.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace waymark {

// The LIFT project's records (seed 000, docs/lift.md). A LIFT referral belongs to an involvement of
// the service "lift_mentoring": the involvement carries the dates, allocation and status every
// service shares; these records carry what only LIFT asks.

// A foster carer who mentors families. Not a family record: mentors are the service's own
// volunteers, seen by everyone who works with LIFT. The buddy's code word is kept apart
// (MentorRepository::codeWord) so that it can never travel with a mentor into a list, an export
// or a printout.
struct Mentor {
    qint64 id = 0;
    QString name;
    QString phone;
    QString email;
    Address address; // where they live: the postcode gives the travel distance
    QString locality;
    qint64 sswWorkerId = 0;       // their supervising social worker
    QStringList supportOffered;   // vocab::liftSupport()
    double hoursPerWeek = 0;      // hours available for LIFT each week
    int fosterChildrenAtHome = 0; // safer care: children placed with them now
    QString saferCareNotes;
    QString buddyName;
    QString buddyPhone;
    bool active = true;
    QString notes;

    bool operator==(const Mentor& o) const {
        return id == o.id && name == o.name && phone == o.phone && email == o.email && address == o.address &&
               locality == o.locality && sswWorkerId == o.sswWorkerId && supportOffered == o.supportOffered &&
               hoursPerWeek == o.hoursPerWeek && fosterChildrenAtHome == o.fosterChildrenAtHome &&
               saferCareNotes == o.saferCareNotes && buddyName == o.buddyName && buddyPhone == o.buddyPhone &&
               active == o.active && notes == o.notes;
    }
};

// What the referral said and what the duty worker decided (sections 2 and 6).
struct LiftReferral {
    qint64 id = 0;
    qint64 involvementId = 0;
    qint64 familyId = 0;
    QString aim; // vocab::liftAim(), required
    QString locality;
    QStringList supportNeeded;                    // vocab::liftSupport()
    QString decision = QStringLiteral("pending"); // vocab::liftDecision()
    QString decisionReason;                       // required when not appropriate
    QDate riskAssessedOn;                         // the CCSW's risk assessment found the family suitable
    qint64 ccswWorkerId = 0;                      // the child's social worker
    bool familyWishesToTakePart = false;          // LIFT is voluntary
    QString legalOrder; // vocab::liftLegalOrder(): required for aim 2 (post adoption / SGO)

    bool operator==(const LiftReferral& o) const {
        return id == o.id && involvementId == o.involvementId && familyId == o.familyId && aim == o.aim &&
               locality == o.locality && supportNeeded == o.supportNeeded && decision == o.decision &&
               decisionReason == o.decisionReason && riskAssessedOn == o.riskAssessedOn &&
               ccswWorkerId == o.ccswWorkerId && familyWishesToTakePart == o.familyWishesToTakePart &&
               legalOrder == o.legalOrder;
    }
};

// A mentor linked to a referral, from the team brief that matched them until unlinked.
struct MentorLink {
    qint64 id = 0;
    qint64 referralId = 0;
    qint64 familyId = 0;
    qint64 mentorId = 0;
    QDate linkedOn;
    QDate unlinkedOn; // invalid while current
    QString unlinkReason;
    bool isCurrent() const { return !unlinkedOn.isValid(); }
};

// The LIFT agreement meeting (section 3) and each review, which records the same, updated.
struct LiftMeeting {
    qint64 id = 0;
    qint64 referralId = 0;
    qint64 familyId = 0;
    QString kind = QStringLiteral("agreement"); // vocab::liftMeetingKind()
    QDate heldOn;
    QString place;
    bool atFamilyHome = true; // "wherever possible ... at the birth family home"
    QStringList attendees;    // vocab::liftAttendee()
    QStringList supportAreas; // vocab::liftSupport()
    QString actionPlan;       // initial plan of dates and times
    QString risksToMentor;
    QString risksToChildren; // safer care if the child goes to the foster home
    QString riskActions;
    bool mustNotifyCcswIro = false; // day respite while foster children are present
    QDate notifiedOn;               // when the CCSWs and IROs were told
    QString boundaries;
    double hoursPerWeek = 0;
    QString hoursReason; // required above the 8-hour guide
    QDate reviewDue;
    QString progress;           // reviews: how the plan has gone
    bool caseNoteAdded = false; // the LCS case note with the date and brief details
    qint64 recordedByWorkerId = 0;

    bool operator==(const LiftMeeting& o) const {
        return id == o.id && referralId == o.referralId && familyId == o.familyId && kind == o.kind &&
               heldOn == o.heldOn && place == o.place && atFamilyHome == o.atFamilyHome &&
               attendees == o.attendees && supportAreas == o.supportAreas && actionPlan == o.actionPlan &&
               risksToMentor == o.risksToMentor && risksToChildren == o.risksToChildren &&
               riskActions == o.riskActions && mustNotifyCcswIro == o.mustNotifyCcswIro &&
               notifiedOn == o.notifiedOn && boundaries == o.boundaries && hoursPerWeek == o.hoursPerWeek &&
               hoursReason == o.hoursReason && reviewDue == o.reviewDue && progress == o.progress &&
               caseNoteAdded == o.caseNoteAdded && recordedByWorkerId == o.recordedByWorkerId;
    }
};

// The closure summary, and one year on, whether the child entered or returned to care.
struct LiftClosure {
    qint64 id = 0;
    qint64 referralId = 0;
    qint64 familyId = 0;
    QDate closedOn;
    QString aim; // which aim was worked to (the referral's, unless it changed)
    bool aimAchieved = false;
    QString reason;       // why achieved or not
    QString careFollowUp; // vocab::liftCareFollowUp(): empty until a year has passed
    QDate followUpOn;     // when the follow-up was recorded
    QString followUpNote;

    QDate followUpDue() const { return closedOn.isValid() ? closedOn.addYears(1) : QDate(); }
    bool operator==(const LiftClosure& o) const {
        return id == o.id && referralId == o.referralId && familyId == o.familyId && closedOn == o.closedOn &&
               aim == o.aim && aimAchieved == o.aimAchieved && reason == o.reason &&
               careFollowUp == o.careFollowUp && followUpOn == o.followUpOn && followUpNote == o.followUpNote;
    }
};

// One session on a monthly finance form. Travel time is not claimable, so only time with the family
// is entered.
struct FinanceSession {
    qint64 id = 0;
    QDate date;
    int minutes = 0;
    // Was the child then accommodated by the mentor or another approved foster carer? Then the pay
    // is exempt like a boarding-out payment; before admission or after return home it is taxable.
    bool childAccommodated = false;
    QString note;

    bool operator==(const FinanceSession& o) const {
        return id == o.id && date == o.date && minutes == o.minutes &&
               childAccommodated == o.childAccommodated && note == o.note;
    }
};

// "A separate LIFT finance form must be completed per child/family per month" (section 4).
struct FinanceForm {
    qint64 id = 0;
    qint64 referralId = 0;
    qint64 familyId = 0;
    qint64 mentorId = 0;
    QDate month;                              // the first day of the month claimed for
    QString status = QStringLiteral("draft"); // vocab::liftFinanceStatus()
    QDate submittedOn;
    QDate processedOn;
    QDate paidOn;
    double mileageMiles = 0; // on the separate mileage form, no 3-mile deduction
    QString notes;
    std::vector<FinanceSession> sessions;

    bool operator==(const FinanceForm& o) const {
        return id == o.id && referralId == o.referralId && familyId == o.familyId && mentorId == o.mentorId &&
               month == o.month && status == o.status && submittedOn == o.submittedOn &&
               processedOn == o.processedOn && paidOn == o.paidOn && mileageMiles == o.mileageMiles &&
               notes == o.notes && sessions == o.sessions;
    }
};

// A rate in pence from a date on: the hourly rate (GBP 10 in 2018), the mileage rate, the weekly
// cost of a care placement used for the possible savings.
struct LiftRate {
    qint64 id = 0;
    QString kind; // vocab::liftRateKind()
    QDate effectiveFrom;
    qint64 pence = 0;
};

} // namespace waymark
