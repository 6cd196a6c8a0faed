#pragma once

#include "earlyhelp/ehforms.h"
#include "validation/validationissue.h"

namespace waymark {

// A draft may be saved half-done: only what is there is checked (a score out of range, a date in
// the future, readings that cannot go together). Submitting to a manager needs the whole form: a
// completion date, every area scored, and the words the guidance asks for beside each score.
enum class FormCheck { Draft, Submit };

ValidationIssues validateEhForm(const EhForm& form, const QDate& today, FormCheck check);

} // namespace waymark
