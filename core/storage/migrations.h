#pragma once

#include "util/result.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace waymark {

class Database;

// One numbered step of the schema. Each step runs in its own transaction together with the
// version bump, so a file is always at exactly one version. Steps are never edited once released:
// a change is a new step.
struct Migration {
    int version;
    const char* description;
    QStringList ddl;                           // with dialect tokens, see SqlDialect::expandDdl
    std::function<Status(Database&)> dataStep; // optional: moves or derives data after the DDL
};

const std::vector<Migration>& migrations();

// Runs every step above the file's current version, up to `targetVersion` (latest if -1).
Status runMigrations(Database& db, int targetVersion = -1);

} // namespace waymark
