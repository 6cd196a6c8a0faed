#pragma once

#include "print/filedpdf.h"
#include "print/pdfreport.h"
#include "util/result.h"

#include <QString>

namespace waymark {

class Database;
struct FinalContactLetter;

// An Early Help printout read from the database: the form's HTML and its running header.
struct EhPrintout {
    QString html;
    PdfHeader header;
    qint64 familyId = 0;
    QString entity; // the table of the record printed, for the audit entry
    qint64 entityId = 0;
    PrintFiling filing; // where the family's folder files a copy
};

// `form`:
//  "contact-log"  (id: the involvement) the attempts to contact the family and the standards;
//  "final-letter" (id: the involvement) Appendix V, addressed to the family's main carer, dated
//                 today, with the reply-by date of `attemptId` (a logged letter), else of the
//                 latest letter logged, else 10 days from today;
//  "consent"      (id: the consent) the parental consent form.
// Reads through the repositories, so the access rules apply, and records a "print" audit entry
// (a printout leaves the encrypted file).
Result<EhPrintout> earlyHelpPrintout(Database& db, const QString& form, qint64 id, const QString& printedBy,
                                     qint64 attemptId = 0);

// The letter's details, for the form and the tests: recipient, address, worker, dates.
Result<FinalContactLetter> finalContactLetterFor(Database& db, qint64 involvementId, qint64 attemptId = 0);

} // namespace waymark
