#include "domain/chronology.h"

#include "domain/vocabulary.h"
#include "util/trcontext.h"

#include <QCoreApplication>

#include <algorithm>

namespace waymark {

namespace {
ChronologyEntry involvementEvent(const Involvement& inv, ChronologyEntry::Kind kind, const QDate& date) {
    ChronologyEntry e;
    e.kind = kind;
    e.when = QDateTime(date, QTime(0, 0));
    e.involvementId = inv.id;
    const QString service = vocab::service().label(inv.service);
    switch (kind) {
    case ChronologyEntry::Kind::Referral:
        e.category = QStringLiteral("referral");
        e.title = Chronology::tr("Referred to %1").arg(service);
        e.detail = inv.referralSource.isEmpty()
                       ? inv.referralReason
                       : Chronology::tr("From: %1. %2")
                             .arg(vocab::referralSource().label(inv.referralSource), inv.referralReason);
        break;
    case ChronologyEntry::Kind::Opened:
        e.category = QStringLiteral("opened");
        e.title = Chronology::tr("%1 opened").arg(service);
        break;
    case ChronologyEntry::Kind::Closed:
        e.category = QStringLiteral("closed");
        e.title =
            Chronology::tr("%1 closed: %2").arg(service, vocab::closureOutcome().label(inv.closureOutcome));
        e.detail = inv.closureNote;
        break;
    case ChronologyEntry::Kind::Note:
    case ChronologyEntry::Kind::Event:
    case ChronologyEntry::Kind::Document:
        break;
    }
    return e;
}
// Newest first; on the same day, entries with a time come after the day's dated events (which sit
// at midnight), so ties break on kind to keep the order stable.
void sortNewestFirst(std::vector<ChronologyEntry>& entries) {
    std::stable_sort(entries.begin(), entries.end(), [](const ChronologyEntry& a, const ChronologyEntry& b) {
        if (a.when != b.when)
            return a.when > b.when;
        return static_cast<int>(a.kind) > static_cast<int>(b.kind);
    });
}

} // namespace

std::vector<ChronologyEntry> buildChronology(const std::vector<CaseNote>& notes,
                                             const std::vector<Involvement>& involvements) {
    std::vector<ChronologyEntry> out;
    for (const CaseNote& n : notes) {
        ChronologyEntry e;
        e.kind = ChronologyEntry::Kind::Note;
        e.when = n.contactAt;
        e.hasTime = true;
        e.category = n.noteType;
        e.title = n.subject;
        e.detail = n.bodyText();
        e.noteId = n.id;
        e.involvementId = n.involvementId;
        e.authorWorkerId = n.authorWorkerId;
        out.push_back(e);
    }
    for (const Involvement& inv : involvements) {
        if (inv.referralDate.isValid())
            out.push_back(involvementEvent(inv, ChronologyEntry::Kind::Referral, inv.referralDate));
        if (inv.openedOn.isValid())
            out.push_back(involvementEvent(inv, ChronologyEntry::Kind::Opened, inv.openedOn));
        if (inv.status == QLatin1String("closed") && inv.closedOn.isValid())
            out.push_back(involvementEvent(inv, ChronologyEntry::Kind::Closed, inv.closedOn));
    }
    sortNewestFirst(out);
    return out;
}

void addRecordedEvents(std::vector<ChronologyEntry>& entries, const std::vector<RecordedEvent>& events,
                       const std::function<QString(const QString&)>& label) {
    for (const RecordedEvent& event : events) {
        ChronologyEntry e;
        e.kind = ChronologyEntry::Kind::Event;
        e.when = QDateTime(event.date, event.time.isValid() ? event.time : QTime(0, 0));
        e.hasTime = event.time.isValid();
        e.category = QStringLiteral("event");
        e.title = label(event.kind);
        e.detail = event.note;
        e.eventId = event.id;
        e.involvementId = event.involvementId;
        e.authorWorkerId = event.recordedByWorkerId;
        entries.push_back(e);
    }
    sortNewestFirst(entries);
}

void sortChronology(std::vector<ChronologyEntry>& entries) {
    sortNewestFirst(entries);
}

std::vector<ChronologyEntry> filterChronology(const std::vector<ChronologyEntry>& entries,
                                              const ChronologyFilter& filter) {
    const QStringList words = filter.text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    std::vector<ChronologyEntry> out;
    for (const ChronologyEntry& e : entries) {
        if (!filter.categories.isEmpty() && !filter.categories.contains(e.category))
            continue;
        if (filter.from.isValid() && e.when.date() < filter.from)
            continue;
        if (filter.to.isValid() && e.when.date() > filter.to)
            continue;
        const bool allWords = std::all_of(words.begin(), words.end(), [&](const QString& w) {
            return e.title.contains(w, Qt::CaseInsensitive) || e.detail.contains(w, Qt::CaseInsensitive);
        });
        if (allWords)
            out.push_back(e);
    }
    return out;
}

} // namespace waymark
