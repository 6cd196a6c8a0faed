#pragma once

#include "exchange/importdocument.h"
#include "exchange/jsonreader.h"

#include <QJsonArray>
#include <QJsonObject>

namespace waymark::exchange {

// The Early Help contact attempts (eh_contact_attempts) and parental consents (eh_consents with
// their eh_consent_children) in the JSON exchange, as "ehContactAttempts" and "ehConsents"
// (docs/export-format.md). Both optional on import: older files have none.

Status exportEhContact(Database& db, QJsonObject& root);

struct EhContactArrays {
    QJsonArray attempts, consents;
};
void readEhContactArrays(ObjectReader& root, EhContactArrays& out);

// Checks every record with the validators of earlyhelp/contactvalidation.h and every reference (to
// workers, people, families and Early Help involvements parsed before it into `doc`).
Status parseEhContact(Database& db, const EhContactArrays& arrays, Document& doc);

// Writes them with their ids, inside the import's transaction.
Status writeEhContact(Database& db, const EhContactDocument& records);

} // namespace waymark::exchange
