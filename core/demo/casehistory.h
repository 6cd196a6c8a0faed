#pragma once

#include "demo/demorandom.h"
#include "demo/familymaker.h"
#include "domain/casenote.h"
#include "domain/involvement.h"

#include <QDate>

#include <vector>

namespace waymark::demo {

struct DemoWorker {
    qint64 id = 0;
    QString role;
    QString team;
};

// The stored demo staff, by team, so that a case goes to a worker of the service that holds it.
class StaffDirectory {
public:
    void add(const DemoWorker& worker) { m_workers.push_back(worker); }
    // Makes the team's decisions: the team manager or the LIFT coordinator.
    const DemoWorker* lead(const QString& team) const;
    const DemoWorker* practitioner(DemoRandom& rng, const QString& team, const QString& service,
                                   int focusChildAge) const;
    const DemoWorker* businessSupport(const QString& team) const;
    // Everyone with the role, in the order they were added (LIFT mentors' supervising social workers).
    std::vector<DemoWorker> withRole(const QString& role) const;

private:
    std::vector<DemoWorker> m_workers;
};

// One involvement and its notes, in date order; ids of the involvement and notes are left at 0.
struct PlannedCase {
    Involvement involvement;
    std::vector<CaseNote> notes;
    QString liftAim; // LIFT involvements: the vocab::liftAim() code the referral works to
};

// A stored family's history with the services: 1-3 involvements one after another, each with
// 2-12 notes. Every date lies on or before yesterday, so nothing is in the future on `today`.
std::vector<PlannedCase> planCaseHistory(DemoRandom& rng, const DemoFamily& family,
                                         const StaffDirectory& staff, const QDate& today);

} // namespace waymark::demo
