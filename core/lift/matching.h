#pragma once

#include "lift/liftrecords.h"
#include "util/result.h"

#include <QHash>

#include <optional>
#include <vector>

namespace waymark {

class Database;

// One reason for or against a mentor, as the coordinator reads it at team brief.
struct MatchReason {
    enum class Weight { Good, Neutral, Concern, Blocker };
    Weight weight = Weight::Neutral;
    QString text;
};

// What the mentor is already doing, from the links, meetings and closures on record.
struct MentorWorkload {
    double hoursAgreed = 0; // this week: the hours agreed at each current family's latest meeting
    int currentFamilies = 0;
    int familiesWithoutAgreedHours = 0; // linked, agreement meeting not yet held
    int pastWithSameAim = 0;            // closed referrals with the same aim
    int pastWithSameAimAchieved = 0;
};

struct MentorMatch {
    Mentor mentor;
    int score = 0; // higher is a better fit; only the order matters
    double hoursLeft = 0;
    std::optional<double> miles;
    bool saferCareConflict = false;
    bool blocked = false; // no hours left this week
    std::vector<MatchReason> reasons;
};

// The matching rules, on their own so they can be tested and explained (docs/lift.md): support
// needed against offered, hours left this week, travel distance by postcode district, safer care
// (foster children at home when day respite is asked), and past work with the same aim and how it
// ended. Inactive mentors are left out. Best first; ties by more hours left, then by name.
std::vector<MentorMatch> rankMentors(const LiftReferral& referral, const QString& familyPostcode,
                                     const std::vector<Mentor>& mentors,
                                     const QHash<qint64, MentorWorkload>& workloads);

// The same, reading the referral, the family's postcode, the mentors and their workloads.
Result<std::vector<MentorMatch>> suggestMentors(Database& db, qint64 referralId);
// Every mentor's workload for a referral's aim (aggregate counts only: no family is named).
QHash<qint64, MentorWorkload> mentorWorkloads(const Database& db, const QString& aim);

} // namespace waymark
