#pragma once

#include "domain/person.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace waymark {

struct FamilyMember {
    qint64 personId = 0;
    QString relationship; // vocab::relationship(): to the child(ren) of the family; "child" for a child
    bool hasParentalResponsibility = false;
    bool livesInHousehold = true;

    bool operator==(const FamilyMember& o) const {
        return personId == o.personId && relationship == o.relationship &&
               hasParentalResponsibility == o.hasParentalResponsibility &&
               livesInHousehold == o.livesInHousehold;
    }
};

// A family or household: the unit a service works with. One person may belong to several
// households (a child who moves between parents) without being recorded twice.
struct Family {
    qint64 id = 0;
    QString name;          // how the team refers to the family, e.g. "Ashworth family"
    QString kinshipStatus; // vocab::kinshipStatus()
    // Leicestershire Early Help (earlyhelp/ufrn.h): the locality ("01" Blaby ... "07" Oadby
    // Wigston) and the Unique Family Reference Number, shown against every member. Empty when the
    // family is not known to Early Help.
    QString earlyHelpLocality;
    QString ufrn;
    Address address;
    std::vector<FamilyMember> members;
    QDateTime createdAt; // UTC, set by storage
    QDateTime updatedAt; // UTC, set by storage

    bool operator==(const Family& o) const {
        return id == o.id && name == o.name && kinshipStatus == o.kinshipStatus &&
               earlyHelpLocality == o.earlyHelpLocality && ufrn == o.ufrn && address == o.address &&
               members == o.members;
    }
};

} // namespace waymark
