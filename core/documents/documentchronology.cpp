#include "documents/documentchronology.h"

#include "documents/documenttypes.h"
#include "domain/chronology.h"
#include "util/trcontext.h"

namespace waymark {

void addDocumentEvents(std::vector<ChronologyEntry>& entries, const std::vector<DocumentEvent>& events) {
    // Newest first already, so that events in the same second keep their order once sorted.
    for (auto it = events.rbegin(); it != events.rend(); ++it) {
        const DocumentEvent& event = *it;
        ChronologyEntry e;
        e.kind = ChronologyEntry::Kind::Document;
        e.when = event.at.toLocalTime();
        e.hasTime = true;
        e.category = QStringLiteral("document");
        e.documentId = event.documentId;
        e.authorName = event.byName;
        e.detail = event.note;
        if (event.action == QLatin1String(documents::actionPrinted))
            e.title = Documents::tr("Printed and filed: %1").arg(event.documentTitle);
        else if (event.action == QLatin1String(documents::actionOpened))
            e.title = Documents::tr("Document opened: %1").arg(event.documentTitle);
        else if (event.action == QLatin1String(documents::actionRemoved)) {
            e.title = Documents::tr("Document removed: %1").arg(event.documentTitle);
            e.detail = Documents::tr("Why: %1").arg(event.note);
        } else
            e.title = Documents::tr("Document added: %1").arg(event.documentTitle);
        entries.push_back(e);
    }
    sortChronology(entries);
}

} // namespace waymark
