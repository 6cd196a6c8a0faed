#pragma once

#include "util/result.h"

#include <QString>

namespace waymark {

class Database;

// Any form described by core/earlyhelp/formdefinition.h (the Families First forms) as a PDF for the
// file: every field with its value in words, under the header with the family, UFRN, worker and
// date, with page numbers. Audited as a print.
Status printDefinedForm(Database& db, qint64 formId, const QString& path);

} // namespace waymark
