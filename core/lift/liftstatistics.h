#pragma once

#include "util/result.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <vector>

namespace waymark {

class Database;

// Section 8 of the procedure, the statistics spreadsheet: how many families were referred, which
// mentors worked, how long each involvement lasted and how it ended, the aims achieved, children
// in care a year on, the cost and the possible savings. Every definition is in docs/lift.md
// ("Statistics"); the figures cover only the families the signed-in user may see.

struct LiftStatsFilter {
    QDate from;       // referral date (the involvement's), inclusive
    QDate to;         // inclusive
    QString aim;      // vocab::liftAim() code, empty for all
    QString locality; // the referral's locality, empty for all
};

// One group's figures: the whole range, one aim or one locality.
struct LiftGroupStats {
    QString key;   // aim code or locality; empty for the whole range (or an unrecorded locality)
    QString label; // translated aim label, the locality, or "Not recorded"
    int referrals = 0;
    int families = 0; // distinct families referred
    int appropriate = 0;
    int notAppropriate = 0; // no further action
    int pendingDecision = 0;
    int closed = 0;              // closure summaries recorded
    int familiesAchieved = 0;    // with a referral closed, aim achieved
    int familiesNotAchieved = 0; // none achieved, at least one closed not achieved or NFA
    int familiesInProgress = 0;  // the rest: still waiting or working
    int enteredCare = 0;         // one-year follow-ups (closed referrals)
    int returnedToCare = 0;
    int notInCare = 0;
    int followUpUnknown = 0;      // closed, follow-up not yet recorded
    int involvementsMeasured = 0; // closed with a mentor linked: the average length is over these
    qint64 involvementDays = 0;
    int sessionMinutes = 0;
    qint64 exemptPence = 0;
    qint64 taxablePence = 0;
    qint64 mileagePence = 0;
    int weeksAvoided = 0;
    qint64 savingsPence = 0;

    qint64 costPence() const { return exemptPence + taxablePence + mileagePence; }
    double averageWeeks() const {
        return involvementsMeasured ? involvementDays / 7.0 / involvementsMeasured : 0.0;
    }
};

// One referral, for the per-referral table.
struct LiftReferralStats {
    qint64 referralId = 0;
    qint64 familyId = 0;
    QDate referralDate;
    QString aim;
    QString locality;
    QString decision;
    QDate firstLinkedOn;   // invalid: never linked
    QDate closedOn;        // invalid: not closed
    int daysInvolved = -1; // first link to closure; -1 when not both known
    QString outcome;       // not_appropriate, waiting, in_progress, achieved, not_achieved
    QString careFollowUp;  // vocab::liftCareFollowUp(); empty = not yet known
    QStringList mentors;   // names, in link order
    int sessionMinutes = 0;
    qint64 exemptPence = 0;
    qint64 taxablePence = 0;
    qint64 mileagePence = 0;
    int weeksAvoided = 0;
    qint64 savingsPence = 0;

    qint64 costPence() const { return exemptPence + taxablePence + mileagePence; }
};

struct LiftMentorSuccess {
    qint64 mentorId = 0;
    QString name;
    int referralsAchieved = 0; // referrals they were linked to that closed with the aim achieved
};

struct LiftStatistics {
    LiftStatsFilter filter;
    QDate producedOn;
    LiftGroupStats total;
    std::vector<LiftGroupStats> byAim;        // all 5 aims, in the procedure's order, even at zero
    std::vector<LiftGroupStats> byLocality;   // localities seen, by name; "not recorded" last
    std::vector<LiftMentorSuccess> mentors;   // most successful first
    std::vector<LiftReferralStats> referrals; // by referral date
    QStringList warnings;                     // e.g. a finance form left out because no rate was in force
};

// The outcome codes of LiftReferralStats::outcome, with translated labels.
QString liftOutcomeLabel(const QString& outcome);
// What "weeks of care avoided" means, in one paragraph for reports (translated).
QString liftSavingsAssumption();
constexpr int kLiftWeeksAvoidedPerReferral = 52;

// Fails when the range is wrong or the user may not work with cases.
Result<LiftStatistics> liftStatistics(const Database& db, const LiftStatsFilter& filter);

// The localities recorded on LIFT referrals the user can see, for a filter list.
QStringList liftLocalities(const Database& db);

} // namespace waymark
