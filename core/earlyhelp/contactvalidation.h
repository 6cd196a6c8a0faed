#pragma once

#include "earlyhelp/consent.h"
#include "earlyhelp/contactstandards.h"
#include "validation/validationissue.h"

#include <QDateTime>

namespace waymark {

// The rules for a logged contact attempt and a parental consent, checked before anything is
// written (by the forms, the repositories and the import). Field keys are the JSON export's names:
// attemptedAt, method, outcome, replyBy, note; givenOn, givenByName, children[i].healthNotes...
ValidationIssues validateContactAttempt(const ContactAttempt& attempt, const QDateTime& now);
ValidationIssues validateParentalConsent(const ParentalConsent& consent, const QDate& today);

// The reply-by date a new calling card or letter suggests: a letter gives the family 10 days
// (section 5); a calling card a week. Invalid for the other methods.
QDate suggestedReplyBy(const QString& method, const QDate& attemptDate);

} // namespace waymark
