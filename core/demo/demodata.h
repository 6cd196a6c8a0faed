#pragma once

#include "util/result.h"

#include <QtGlobal>

namespace waymark {

class Database;

struct DemoOptions {
    quint32 seed = 1;
    int families = 200;
};

struct DemoSummary {
    int workers = 0;
    int families = 0;
    int people = 0;
    int involvements = 0;
    int notes = 0;
    int events = 0;
    int mentors = 0;         // LIFT mentors added
    int liftReferrals = 0;   // one per LIFT involvement
    int earlyHelpForms = 0;  // assessments, reviews, monitoring forms
    int contactAttempts = 0; // Early Help attempts to reach a family
    int documents = 0;       // in the family folders
};

// Fills a database with deterministic, entirely fictional families (same seed, same data).
// Refuses a database that already holds real records; marks the file as a demo database, which
// the window title then shows. Writes in one transaction: all of it or none.
Result<DemoSummary> generateDemoData(Database& db, const DemoOptions& options);

} // namespace waymark
