#pragma once

#include "print/filedpdf.h"
#include "print/pdfreport.h"
#include "util/result.h"

#include <QString>

namespace waymark {

class Database;

// A LIFT printout read from the database: the form's HTML and its running header.
struct LiftPrintout {
    QString html;
    PdfHeader header;
    qint64 familyId = 0; // 0 for the team brief
    QString entity;      // the table of the record printed, for the audit entry
    qint64 entityId = 0;
    PrintFiling filing; // where the family's folder files a copy
};

// `form`: "agreement" or "review" (id: the meeting), "closure" (id: the referral), "finance" (id:
// the finance form) or "team-brief" (no id; the waiting referrals, each with the matching
// engine's best three mentors and their reasons). Reads through the repositories, so the access
// rules apply, and records a "print" audit entry (a printout leaves the encrypted file).
Result<LiftPrintout> liftPrintout(Database& db, const QString& form, qint64 id, const QString& printedBy);

// waymark-cli lift-print FORM [ID] --output FILE
void registerLiftPrintCommands();

} // namespace waymark
