#pragma once

#include "earlyhelp/intake.h"
#include "util/result.h"

#include <optional>
#include <vector>

namespace waymark {

class Database;

// The Early Help intake of one involvement (seed 003, sections 1, 3 and 15): the prioritisation
// with the manager's acceptance note, and the escalations from one intervention to a more
// intensive one. Both are a manager's decisions (access::Action::SignOff) on a family the account
// may write to; every write is audited through Database::insert/update.
class EhIntakeRepository {
public:
    explicit EhIntakeRepository(Database& db)
        : m_db(db) {}

    // Validates (earlyhelp/prioritisation.h), then inserts or updates the involvement's one intake
    // and, in the same transaction, records the case event eh_prioritised on prioritisedOn (moved,
    // not duplicated, when the date is edited) and, when the involvement is allocated and no
    // eh_allocated event is recorded for it yet, eh_allocated on the day it opened (or the
    // prioritisation date). Sets familyId from the involvement and decidedByWorkerId from the
    // signed-in account.
    Status saveIntake(EhIntake& intake);
    std::optional<EhIntake> intakeFor(qint64 involvementId) const;

    // Changes the involvement's service to escalation.toService and stores the decision with the
    // manager's note, in one transaction. fromService is set from the involvement when empty.
    Status escalate(EhEscalation& escalation);
    std::vector<EhEscalation> escalationsFor(qint64 involvementId) const; // oldest first

private:
    Database& m_db;
};

} // namespace waymark
