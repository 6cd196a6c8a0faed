#pragma once

#include "governance/subjectaccess.h"
#include "util/result.h"

namespace waymark {

// Writes a subject access report as <folder>/sar-person-<id>-<time>.json and .pdf (the PDF with
// the running header and the OFFICIAL-SENSITIVE footer); returns the path without extension.
// Shared by `waymark-cli sar` and the administrator's window.
Result<QString> writeSubjectAccessFiles(const SubjectAccessReport& report, const QString& folder,
                                        const QString& preparedBy);

} // namespace waymark
