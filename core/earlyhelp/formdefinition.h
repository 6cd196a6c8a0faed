#pragma once

#include "domain/vocabulary.h"
#include "earlyhelp/ehforms.h"
#include "earlyhelp/ehformvalidation.h"

#include <vector>

namespace waymark {

// A form described as data: its fields, each with a type, a label and whether submitting needs
// it. One description serves the dialog (ui/earlyhelp/definedformdialog), the validator and the
// printout, so a form is added by describing it once. Values live in EhForm::texts by key:
// text as typed, a date as yyyy-MM-dd, a date and time as yyyy-MM-ddTHH:mm, a tick as "1", a
// choice as its code, a checklist as space-separated codes.
enum class FieldType { Text, LongText, Date, DateTime, Tick, Choice, Checklist };

struct FieldDefinition {
    const char* key;
    const char* label; // QT_TRANSLATE_NOOP("Vocabulary", ...)
    FieldType type;
    bool neededToSubmit = false;
    const Vocabulary& (*choices)() = nullptr; // Choice and Checklist
    const char* hint = nullptr;               // shown under the field (QT_TRANSLATE_NOOP)
};

struct FormDefinition {
    const char* kind;  // vocab::ehFormKind() code
    const char* intro; // what the form is for, from the procedure (QT_TRANSLATE_NOOP)
    std::vector<FieldDefinition> fields;
};

// The form described for `kind`, or nullptr for forms with their own dialogs (Family Star, ...).
const FormDefinition* formDefinition(const QString& kind);
QString fieldLabel(const FieldDefinition& field);
// The stored value in words, for lists and printouts ("yes", labels of codes, dd/MM/yyyy dates).
QString fieldText(const FieldDefinition& field, const QString& stored);
void checkDefinedForm(const EhForm& form, FormCheck check, ValidationIssues& issues);

} // namespace waymark
