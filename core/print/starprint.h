#pragma once

#include "util/result.h"

#include <QString>

namespace waymark {

class Database;

// A Family Star assessment or review as a PDF for the family's file: the header with the family,
// the UFRN, the worker and the date; who scored and whether the family agreed; each area's score
// and words (and the family's own score after a disagreement); the star chart of this form over
// the approved assessment; for a review, the distance travelled and the payment-by-results
// indicator. Read through the repositories (access rules apply) and audited as a print.
Status printStarForm(Database& db, qint64 formId, const QString& path);

} // namespace waymark
