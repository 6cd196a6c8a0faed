#pragma once

#include "domain/caseevent.h"
#include "domain/casenote.h"
#include "domain/chronologyentry.h"
#include "domain/involvement.h"

#include <QDate>
#include <QSet>

#include <functional>
#include <vector>

namespace waymark {

struct ChronologyFilter {
    QSet<QString> categories; // note type codes and "referral", "opened", "closed"; empty = all
    QString text;             // words that must all appear in the title or detail
    QDate from;               // inclusive; null = no lower bound
    QDate to;                 // inclusive; null = no upper bound
};

// One family's timeline, newest first: every case note plus the referral, opening and closing of
// each involvement.
std::vector<ChronologyEntry> buildChronology(const std::vector<CaseNote>& notes,
                                             const std::vector<Involvement>& involvements);
// Adds recorded case events (a strategy meeting, a plan, a visit...) under the category "event";
// `label` turns an event kind into words ("Strategy meeting").
void addRecordedEvents(std::vector<ChronologyEntry>& entries, const std::vector<RecordedEvent>& events,
                       const std::function<QString(const QString&)>& label);

// Newest first again, after entries of other kinds were appended (the family folder's history).
void sortChronology(std::vector<ChronologyEntry>& entries);

std::vector<ChronologyEntry> filterChronology(const std::vector<ChronologyEntry>& entries,
                                              const ChronologyFilter& filter);

} // namespace waymark
