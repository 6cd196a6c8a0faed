#pragma once

#include "demo/demorandom.h"

#include <QString>

#include <vector>

namespace waymark::demo {

// Invented people and places for demo data. Every name is made up and combined at random; no list
// here describes a real person, household or address. Postcodes have a real-looking outward part
// but an inward part that the Royal Mail never issues (see fakePostcode), phone numbers come from
// the ranges Ofcom keeps for drama, and NHS numbers from the 999 range kept for testing.

// People who share naming customs, a DfE ethnicity code and the languages they may speak.
struct NameGroup {
    const char* ethnicity;
    std::vector<const char*> languages; // repeated entries make a language more likely
    std::vector<const char*> femaleAdults;
    std::vector<const char*> maleAdults;
    std::vector<const char*> girls;
    std::vector<const char*> boys;
    std::vector<const char*> surnames;
    int weight;
};

const std::vector<NameGroup>& nameGroups();
const NameGroup& pickNameGroup(DemoRandom& rng);
// The DfE code for a child of parents from two different groups.
QString mixedEthnicity(const NameGroup& a, const NameGroup& b);

enum class Region { Leicestershire, Lancashire };

struct DemoTown {
    const char* name;
    const char* outwardCode;
    Region region;
    const char* localTeam; // the Early Help locality or LIFT team that covers the town
};

const std::vector<DemoTown>& demoTowns();
const DemoTown& pickTown(DemoRandom& rng, Region region);

QString fakePostcode(DemoRandom& rng, const DemoTown& town);
QString streetAddress(DemoRandom& rng);
QString mobileNumber(DemoRandom& rng);
QString testNhsNumber(DemoRandom& rng);
// `ordinal` counts every person ever generated into the file, so numbers never repeat within it:
// unique for the first 900,000 ordinals.
QString socialCareNumber(qint64 ordinal);
// Six or seven digits, as the case-management system issued them over the years; unique for the
// first 9,900,000 ordinals.
QString caseSystemNumber(qint64 ordinal);

QString primarySchool(DemoRandom& rng);
QString secondarySchool(DemoRandom& rng);

// Teams and the staff who work in them.
namespace team {
inline const char* const families_first = "Families First";
inline const char* const lift_north = "LIFT North";
inline const char* const lift_east = "LIFT East";
} // namespace team

struct StaffMember {
    const char* name;
    const char* role; // vocab::workerRole()
    const char* team;
};

const std::vector<StaffMember>& staffRoster();
QString staffEmail(const StaffMember& member);
QString staffPhone(const StaffMember& member, int index);

} // namespace waymark::demo
