#pragma once

#include "util/result.h"

#include <QString>

namespace waymark {

class Database;

// An Early Help plan (seed 003, section 12) as a PDF for the family's file: the running header
// with the family, the UFRN, the worker and the date; the other agencies' work first, so that it
// is easily identified; then the 10 Family Star headings, each with the score from the latest
// approved Family Star form, its actions (who is responsible, what are we doing, why, what impact
// it will have, "This is a priority" or "This is not a priority at the moment") or "not
// prioritised currently". Read through the repositories (access rules apply), audited as a print.
Status printPlan(Database& db, qint64 formId, const QString& path);

} // namespace waymark
