#pragma once

#include <QDateTime>
#include <QString>

#include <vector>

namespace waymark {

// A record of contact with or about a family. The fields after `subject` follow the
// Leicestershire Early Help case recording template. A note is written once against the family
// and linked to every person it concerns, instead of being copied by hand to each member.
struct CaseNote {
    qint64 id = 0;
    qint64 familyId = 0;
    qint64 involvementId = 0; // 0 = not tied to one service
    QDateTime contactAt;      // local wall-clock time of the contact, minute precision
    QString noteType;         // vocab::noteType()
    QString subject;
    QString location;
    QString present;
    QString outcomesAddressed;
    QString purpose;
    QString whatWorkedWell;
    QString worries;
    QString voice; // voice of the child and family
    QString nextSteps;
    qint64 authorWorkerId = 0;
    std::vector<qint64> personIds; // the people the note concerns
    bool restricted = false;       // only the author and team managers may read it
    bool withheld = false;         // read by someone who may not: the text fields are empty
    QDateTime createdAt;           // UTC, set by storage
    QDateTime updatedAt;           // UTC, set by storage

    // All narrative text, for search and previews.
    QString bodyText() const;
    bool operator==(const CaseNote& o) const;
};

} // namespace waymark
