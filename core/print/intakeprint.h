#pragma once

#include "util/result.h"

#include <QString>

namespace waymark {

class Database;

// The Early Help intake of one involvement as a PDF for the file (seed 003, sections 1 and 3): the
// prioritisation outcome with its priority and contact timescale, the manager's acceptance note
// and the worker proposed; the intervention and what it allows; every escalation with the
// manager's note. Early Help header (family, UFRN, worker, date; page numbers); audited.
Status printIntake(Database& db, qint64 involvementId, const QString& path);

} // namespace waymark
