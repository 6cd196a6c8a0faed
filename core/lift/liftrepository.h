#pragma once

#include "lift/liftrecords.h"
#include "util/result.h"

#include <vector>

namespace waymark {

class Database;
struct Involvement;

// A referral on the coordinator's list: appropriate (or not yet decided), not closed, and with no
// mentor linked.
struct WaitingReferral {
    LiftReferral referral;
    QString familyName;
    QDate referralDate;
    int daysWaiting = 0;
};

// A family working with a mentor now, for the coordinator's overview.
struct LinkedFamily {
    MentorLink link;
    QString familyName;
    QString mentorName;
    QDate agreementOn;           // invalid: the agreement meeting is still to hold
    std::optional<double> hours; // agreed at the latest meeting
    QDate reviewDue;             // set at the latest meeting
};

// LIFT referrals and everything that hangs off them: the mentor links, the agreement and review
// meetings, the closure summary. Every write checks the family access rule; meetings and closures
// record the case events that drive the deadlines in resources/rules/lift.json.
class LiftRepository {
public:
    explicit LiftRepository(Database& db)
        : m_db(db) {}

    // A new LIFT involvement and its referral, in one transaction. The involvement's service is set
    // to lift_mentoring.
    Status startReferral(Involvement& involvement, LiftReferral& referral);
    Status saveReferral(LiftReferral& referral); // the involvement must be a LIFT one
    Result<LiftReferral> referral(qint64 id) const;
    Result<LiftReferral> referralForInvolvement(qint64 involvementId) const;
    std::vector<LiftReferral> referralsForFamily(qint64 familyId) const;
    // Oldest referral first, visible families only.
    std::vector<WaitingReferral> waitingForMentor() const;

    // Linking ends any current link on the same referral (a change of mentor) and opens the
    // involvement if it was still a referral.
    Status linkMentor(qint64 referralId, qint64 mentorId, const QDate& on);
    Status unlinkMentor(qint64 referralId, const QDate& on, const QString& reason);
    std::vector<MentorLink> linksForReferral(qint64 referralId) const; // oldest first
    std::vector<MentorLink> linksForMentor(qint64 mentorId) const;     // newest first, all families
    std::optional<MentorLink> currentLink(qint64 referralId) const;
    // Every current link on a family the account may see, by mentor then family.
    std::vector<LinkedFamily> linkedNow() const;

    Status saveMeeting(LiftMeeting& meeting);
    std::vector<LiftMeeting> meetingsFor(qint64 referralId) const; // by date
    Result<LiftMeeting> meeting(qint64 id) const;

    Status saveClosure(LiftClosure& closure);
    std::optional<LiftClosure> closureFor(qint64 referralId) const;

private:
    Database& m_db;
};

} // namespace waymark
