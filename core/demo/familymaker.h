#pragma once

#include "demo/demorandom.h"
#include "demo/fictionalnames.h"
#include "domain/family.h"
#include "domain/person.h"

#include <QDate>

#include <vector>

namespace waymark::demo {

struct DemoMember {
    Person person;           // id set once stored
    FamilyMember membership; // personId set once stored
    bool isChild = false;
    QString roleWord; // how a worker refers to an adult in a note: "mum", "nan", "carer"
};

// One invented household before it is stored: the family record and its people.
struct DemoFamily {
    Family family; // members are filled in once the people have ids
    std::vector<DemoMember> members;
    const DemoTown* town = nullptr;
    bool adoptive = false;
    QString primarySchool; // the schools the children attend, by age
    QString secondarySchool;

    // Children born on or before `date`; unborn children are never included.
    std::vector<const DemoMember*> childrenBornBy(const QDate& date) const;
    // Adults living in the household, main carer first.
    std::vector<const DemoMember*> householdAdults() const;
};

// Identifiers must not repeat in a file, so numbering runs on from family to family (and from one
// run to the next).
struct PersonNumbering {
    qint64 nextOrdinal = 0;
};

// Builds one household: 1-2 adults (or kinship carers), 1-5 children aged 0-17 and sometimes an
// unborn child. Dates of birth are relative to `today`.
DemoFamily makeDemoFamily(DemoRandom& rng, const QDate& today, PersonNumbering& numbering);

} // namespace waymark::demo
