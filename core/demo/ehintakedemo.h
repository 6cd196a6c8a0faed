#pragma once

#include "domain/casenote.h"
#include "domain/involvement.h"
#include "util/result.h"

#include <QSqlQuery>

#include <vector>

namespace waymark {

class Database;

namespace demo {

// The Early Help prioritisation of a demo involvement (eh_intakes), taken from the manager's
// allocation (or no further action) note the case history already wrote: the outcome that matches
// the service (5 brief, 6 targeted, 7 intensive; 15 when the referral was not taken on), the
// note's date and words, the manager who wrote it, the allocated worker. No random numbers are
// drawn, so every other demo record of a seed stays as it was. One prepared statement, like
// DemoWriter.
class EhIntakeDemoWriter {
public:
    explicit EhIntakeDemoWriter(Database& db);
    Status prepare();
    // Writes nothing for a service other than Early Help or when no manager's decision note exists.
    Status write(const Involvement& involvement, const std::vector<CaseNote>& notes, const QDate& today);

private:
    QString m_now;
    QSqlQuery m_insert;
};

} // namespace demo
} // namespace waymark
