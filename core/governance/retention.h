#pragma once

#include "util/result.h"

#include <QDate>
#include <QString>

#include <vector>

namespace waymark {

class Database;

// Records are not kept for ever: a family whose every service closed longer ago than the
// authority's retention period is listed for an administrator to review and delete. The period
// is the authority's decision (its retention schedule), stored in the database; 6 years after the
// last closure unless set. Deletion removes the family, its services, notes, events and extensions,
// and the people who belong to no other family, in one transaction, and leaves one audit entry
// saying what was removed (counts, dates), by whom and why: never the names.
namespace retention {

constexpr int defaultYears = 6;
int years(const Database& db);
Status setYears(Database& db, int years); // administrator; 1 to 100

struct Candidate {
    qint64 familyId = 0;
    QString familyName;
    QDate lastClosed;
    int services = 0;
    int notes = 0;
};
Result<std::vector<Candidate>> due(const Database& db, const QDate& today);

struct Deleted {
    int people = 0;
    int services = 0;
    int notes = 0;
    int events = 0;
};
Result<Deleted> deleteFamily(Database& db, qint64 familyId, const QString& reason, const QDate& today);

} // namespace retention
} // namespace waymark
