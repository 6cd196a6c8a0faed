#pragma once

#include "util/result.h"

#include <QString>

namespace waymark {

class Database;

// An individual or family monitoring form as a PDF for the file: each question with its answer and
// note, under the Early Help header (family, UFRN, worker, date; page numbers). Audited as a print.
Status printMonitoringForm(Database& db, qint64 formId, const QString& path);

} // namespace waymark
