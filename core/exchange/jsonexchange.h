#pragma once

#include "util/result.h"

#include <QByteArray>

namespace waymark {

class Database;

// The JSON exchange format: everything stored in a Waymark database, losslessly, so that
// export -> import into a new file -> export gives the same document. Documented in
// docs/export-format.md.
Result<QByteArray> exportJson(Database& db);

// Imports an exported document into an empty database (no workers, people or families), all or
// nothing. On failure nothing is written and the message names the first bad field by its JSON
// path, e.g. "$.people[3].dateOfBirth: expected a date as yyyy-MM-dd".
Status importJson(Database& db, const QByteArray& json);

} // namespace waymark
