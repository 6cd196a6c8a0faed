#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace waymark {

// The Team Leader's / Senior FOW's decision on a new Early Help referral (seed 003, section 1):
// which of the 16 prioritisation outcomes applies, when, and the case note "stating outcome of
// prioritisation, type of response to be provided with timescale and where possible name of worker
// to be allocated". One per involvement (eh_intakes, schema v10).
struct EhIntake {
    qint64 id = 0;
    qint64 involvementId = 0;
    qint64 familyId = 0;
    QString outcome;              // "1" to "16": earlyhelp/prioritisation.h
    QDate prioritisedOn;          // starts the outcome's contact timescale (case event eh_prioritised)
    QString responseNote;         // the manager's acceptance note
    qint64 proposedWorkerId = 0;  // 0: not named yet
    qint64 decidedByWorkerId = 0; // the manager, set from the signed-in account on saving
    QString createdAt;            // stored form (UTC text), set by storage
    QString updatedAt;

    bool operator==(const EhIntake& o) const {
        return id == o.id && involvementId == o.involvementId && familyId == o.familyId &&
               outcome == o.outcome && prioritisedOn == o.prioritisedOn && responseNote == o.responseNote &&
               proposedWorkerId == o.proposedWorkerId && decidedByWorkerId == o.decidedByWorkerId &&
               createdAt == o.createdAt && updatedAt == o.updatedAt;
    }
};

// A manager's decision to extend work beyond the intervention it started as (section 3: "If the
// work has been escalated from an Unassessed Brief Intervention, then there must be a case note
// from the Manager agreeing that this is to be an extended piece of work"; section 15). The
// involvement's service changes with it, in the same transaction.
struct EhEscalation {
    qint64 id = 0;
    qint64 involvementId = 0;
    qint64 familyId = 0;
    QDate decidedOn;
    QString fromService;        // early_help_brief or early_help_targeted
    QString toService;          // early_help_targeted or early_help_intensive
    qint64 managerWorkerId = 0; // set from the signed-in account on saving
    QString note;               // the manager's case note: required
    QString createdAt;

    bool operator==(const EhEscalation& o) const {
        return id == o.id && involvementId == o.involvementId && familyId == o.familyId &&
               decidedOn == o.decidedOn && fromService == o.fromService && toService == o.toService &&
               managerWorkerId == o.managerWorkerId && note == o.note && createdAt == o.createdAt;
    }
};

} // namespace waymark
