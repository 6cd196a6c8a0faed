#pragma once

#include <QDate>
#include <QString>

#include <vector>

namespace waymark {

// Per child on the parental consent form: the health issues to be aware of, allergies to
// medication, and when they last had a tetanus injection (free text: "June 2024", "not known").
struct ParentalConsentChild {
    qint64 id = 0;
    qint64 personId = 0; // a member of the family whose relationship is "child"
    QString healthNotes;
    QString allergies;
    QString tetanus;
};

// The parental consent form (seed 003, section 6 and its form "Travel, activities and
// photography"), completed at the first meeting with the parents: consent to travel with the
// team, to take part in activities, and to photographs being used by the council. Given by a
// person with parental responsibility (a member of the family, or a name typed in).
struct ParentalConsent {
    qint64 id = 0;
    qint64 familyId = 0;
    qint64 involvementId = 0; // the Early Help work it was given for; 0 when not known
    QDate givenOn;
    qint64 givenByPersonId = 0; // a family member with parental responsibility, or 0 ...
    QString givenByName;        // ... and then the name of whoever gave it
    bool travel = false;
    bool activities = false;
    bool photographs = false;
    qint64 recordedByWorkerId = 0; // storage sets the signed-in worker when 0
    std::vector<ParentalConsentChild> children;
};

} // namespace waymark
