#pragma once

#include "util/result.h"

#include <QString>

#include <vector>

namespace waymark {

class Database;
struct MinimumRequirement;

// An Early Help closure as a PDF for the youngest child's file (seed 003, section 20): the closure
// form of targeted and intensive work (reason, summary, work completed, what changed, next steps,
// the review before closure, the minimum requirements), or the Brief Intervention Closure Summary
// laid out as Appendix IV (the reasons copied from the Signs of Wellbeing, what work was completed,
// the minimum requirements with the completed ones in bold, what changes happened). The running
// header carries the family, the UFRN, the worker and the date. Audited as a print.
Status printClosureForm(Database& db, qint64 formId, const QString& path);

// Appendix IV's minimum requirements list as HTML: every item, the completed (met) ones in bold,
// with their notes; items that do not apply or are not met yet say so in plain text.
QString minimumRequirementsHtml(const std::vector<MinimumRequirement>& items);

} // namespace waymark
