#pragma once

#include "documents/document.h"
#include "domain/chronologyentry.h"

#include <vector>

namespace waymark {

// Adds the family folder's history (a document added, opened, printed and filed, or removed and
// why) to a chronology under the category "document", and sorts it newest first again.
void addDocumentEvents(std::vector<ChronologyEntry>& entries, const std::vector<DocumentEvent>& events);

} // namespace waymark
