#pragma once

#include "exchange/importdocument.h"
#include "exchange/jsonreader.h"

#include <QJsonArray>
#include <QJsonObject>

namespace waymark::exchange {

// The LIFT tables in the JSON exchange (format version 2, docs/export-format.md): mentors,
// referrals, mentor links, meetings, closures, finance forms with their sessions, and rates.
// The buddy code words (lift_code_words) are never exported: they stay in the database and its
// encrypted backups only.

// Adds the LIFT arrays to the document's root object.
Status exportLift(Database& db, QJsonObject& root);

// The LIFT arrays of a document, read from its root (all optional: version 1 files have none).
struct LiftArrays {
    QJsonArray mentors, referrals, links, meetings, closures, forms, rates;
    bool hasRates = false;
};
void readLiftArrays(ObjectReader& root, const QJsonObject& rootObject, LiftArrays& out);

// Checks every LIFT record with the validators of lift/liftvalidation.h and every reference
// (to workers, families, involvements parsed before it into `doc`, and between LIFT records);
// the first problem is named by its JSON path.
Status parseLift(Database& db, const LiftArrays& arrays, Document& doc);

// Writes them with their ids, inside the import's transaction. Rates in the file replace the ones
// the new database starts with.
Status writeLift(Database& db, const LiftDocument& lift);

} // namespace waymark::exchange
