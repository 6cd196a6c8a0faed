#pragma once

#include "domain/vocabulary.h"

namespace waymark::vocab {

// Leicestershire Early Help (seed 003, section 5): how the worker tried to reach the family and
// what came of it. Codes are stable; labels translate.
const Vocabulary& ehContactMethod();
const Vocabulary& ehContactOutcome();

// True for the methods that ask the family to reply by a date (a calling card, a letter).
bool ehContactMethodHasReplyBy(const QString& method);

} // namespace waymark::vocab
