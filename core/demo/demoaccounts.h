#pragma once

#include "util/result.h"

#include <QString>

namespace waymark {

class Database;
class Vault;

// Gives every demo worker an account ("helen.rowbotham", role from their job, their team), all
// with the password of the person who made the demo file, so that a trainer can sign in as a
// family support worker, a coordinator or a team manager and show what each sees. Demo files only.
// Returns how many accounts were added.
Result<int> addDemoAccounts(Database& db, Vault& vault, const QString& password);

} // namespace waymark
