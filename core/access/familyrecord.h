#pragma once

#include "domain/family.h"
#include "util/result.h"

namespace waymark {

class Database;

// Opening a family's record for a person to read: checks the access rules, then records the view
// in the audit trail (so a manager can see who looked, and when), then reads it. The GUI's family
// view and any future report of one family start here.
Result<Family> viewFamily(const Database& db, qint64 familyId);

} // namespace waymark
