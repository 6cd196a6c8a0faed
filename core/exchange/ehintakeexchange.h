#pragma once

#include "exchange/importdocument.h"
#include "exchange/jsonreader.h"

#include <QJsonArray>
#include <QJsonObject>

namespace waymark::exchange {

// The Early Help intake tables in the JSON exchange (docs/export-format.md): ehIntakes (the
// prioritisation with the manager's acceptance note, one per involvement) and ehEscalations (a
// manager's move of the work to a more intensive intervention). Both arrays are optional: files
// written before schema v10 have none.

Status exportEhIntake(Database& db, QJsonObject& root);

struct EhIntakeArrays {
    QJsonArray intakes, escalations;
};
void readEhIntakeArrays(ObjectReader& root, EhIntakeArrays& out);

// Checks every record (earlyhelp/prioritisation.h) and every reference to the workers, families
// and involvements parsed before it into `doc`; the first problem is named by its JSON path.
Status parseEhIntake(Database& db, const EhIntakeArrays& arrays, Document& doc);

// Writes them with their ids and stamps, inside the import's transaction.
Status writeEhIntake(Database& db, const EhIntakeDocument& records);

} // namespace waymark::exchange
