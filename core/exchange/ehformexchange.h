#pragma once

#include "exchange/importdocument.h"
#include "exchange/jsonreader.h"

#include <QJsonArray>
#include <QJsonObject>

namespace waymark::exchange {

// Early Help forms (eh_forms with eh_form_texts, eh_star_readings and eh_star_scores,
// eh_info_sharing, eh_plan_items) as "ehForms", and the minimum requirements checklist
// (eh_minimum_requirements) as "ehMinimumRequirements" (docs/export-format.md). Optional on
// import: older files have none. Every version travels, with its status and sign-off, so the
// history a manager saw survives the move.

Status exportEhForms(Database& db, QJsonObject& root);

struct EhFormArrays {
    QJsonArray forms;
    QJsonArray requirements;
};
void readEhFormArrays(ObjectReader& root, EhFormArrays& out);

// Checks every form with earlyhelp/ehformvalidation.h (as a draft: a form approved under older
// rules still imports) and every reference (workers, people, families, Early Help involvements,
// the first version of its series).
Status parseEhForms(Database& db, const EhFormArrays& arrays, Document& doc);

// Writes them with their ids, inside the import's transaction.
Status writeEhForms(Database& db, const EhFormDocument& records);

} // namespace waymark::exchange
