#pragma once

#include "util/result.h"

#include <QString>

namespace waymark {

class Database;

// The Signs of Wellbeing assessment and the case summary (seed 003, sections 11 and 14) as PDFs for
// the family's file, laid out from the same section lists the dialogs use
// (earlyhelp/signsofwellbeing.h, earlyhelp/casesummary.h). Running header: the form, the family,
// the UFRN, the worker, the completion date and who printed it; "Page n of N" at the foot. Read
// through the repositories (access rules apply) and audited as a print.
Status printSowForm(Database& db, qint64 formId, const QString& path);
// The distance travelled comes from the approved Family Star forms completed on or before the
// summary's date.
Status printCaseSummary(Database& db, qint64 formId, const QString& path);

} // namespace waymark
