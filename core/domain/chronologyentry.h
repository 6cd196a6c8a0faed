#pragma once

#include <QDateTime>
#include <QString>

namespace waymark {

// One line of a family's chronology: a case note or a significant event derived from the record.
struct ChronologyEntry {
    enum class Kind { Note, Referral, Opened, Closed, Event, Document };
    Kind kind = Kind::Note;
    QDateTime when; // local time; date-only events sit at midnight
    bool hasTime = false;
    QString category; // note type code, or the event kind's code
    QString title;
    QString detail;
    qint64 noteId = 0;
    qint64 eventId = 0; // a recorded case event (Kind::Event)
    qint64 involvementId = 0;
    qint64 authorWorkerId = 0;
    qint64 documentId = 0; // a family-folder document added, opened, printed or removed (Kind::Document)
    QString authorName;    // who, where there is no worker record to name them (the folder's history)
};

} // namespace waymark
