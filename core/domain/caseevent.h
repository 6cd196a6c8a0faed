#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>

namespace waymark {

// Something that happened in a case and starts or satisfies a timescale: a strategy meeting, a
// visit, a plan, a child becoming cared for. `kind` is an event kind of the rule book
// (resources/rules/events.json). Recorded against a family, and optionally against one of its
// involvements and one person (the child it concerns).
struct RecordedEvent {
    qint64 id = 0;
    qint64 familyId = 0;
    qint64 involvementId = 0; // 0 = the family as a whole
    qint64 personId = 0;      // 0 = not about one person
    QString kind;
    QDate date;
    QTime time; // invalid: the date alone is known (hour rules then count whole days)
    QString note;
    qint64 recordedByWorkerId = 0;
    QDateTime createdAt; // UTC, set by storage
};

// A manager's extension of one deadline, with the reason the Early Help guidance requires.
struct RecordedExtension {
    qint64 id = 0;
    qint64 familyId = 0;
    qint64 involvementId = 0;
    qint64 personId = 0;
    QString ruleId;
    QDate originalDue; // which occurrence it extends
    QDate newDue;
    QTime newDueTime; // for hour rules; invalid otherwise
    QString reason;
    qint64 grantedByWorkerId = 0;
    QDateTime grantedAt; // UTC, set by storage
};

} // namespace waymark
