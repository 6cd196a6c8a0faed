#pragma once

#include "print/pdfreport.h"
#include "util/result.h"

#include <QString>

namespace waymark {

class Database;

// A LIFT printout read from the database: the form's HTML and its running header.
struct LiftPrintout {
    QString html;
    PdfHeader header;
};

// `form`: "agreement" or "review" (id: the meeting), "closure" (id: the referral), "finance" (id:
// the finance form) or "team-brief" (no id; the waiting referrals, each with the matching
// engine's best three mentors and their reasons). Reads through the repositories, so the access rules apply.
Result<LiftPrintout> liftPrintout(Database& db, const QString& form, qint64 id, const QString& printedBy);

// waymark-cli lift-print FORM [ID] --output FILE
void registerLiftPrintCommands();

} // namespace waymark
