#include "demo/familymaker.h"

#include <algorithm>

namespace waymark::demo {

namespace {

constexpr int kYear = 365;
constexpr int kMinSiblingGapDays = 420;

QString u(const char* utf8) {
    return QString::fromUtf8(utf8);
}

QString pickName(DemoRandom& rng, const std::vector<const char*>& names) {
    return u(rng.pickFrom(names));
}

QString emailFor(DemoRandom& rng, const QString& given, const QString& family) {
    QString local;
    for (QChar c : (given + QLatin1Char('.') + family).toLower().normalized(QString::NormalizationForm_D))
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c == QLatin1Char('.'))
            local += c;
    // example.com is reserved for documentation: mail to it can never reach anyone.
    return local + QString::number(rng.between(10, 99)) + QStringLiteral("@example.com");
}

class FamilyBuilder {
public:
    FamilyBuilder(DemoRandom& rng, const QDate& today, PersonNumbering& numbering)
        : m_rng(rng)
        , m_today(today)
        , m_numbering(numbering) {}

    DemoFamily build();

private:
    enum class Shape { SingleMother, TwoParents, MotherAndPartner, SingleFather, Adoptive, Kinship };

    Person newPerson(const QString& given, const QString& surname, const QDate& dob, const QString& gender) {
        Person p;
        p.givenNames = given;
        p.familyName = surname;
        p.dateOfBirth = dob;
        p.gender = gender;
        m_ordinal = m_numbering.nextOrdinal++;
        return p;
    }

    void addAdult(const NameGroup& group, bool female, const QString& surname, const QDate& dob,
                  const QString& relationship, bool responsibility, const QString& roleWord,
                  bool inHousehold = true) {
        const QString given = pickName(m_rng, female ? group.femaleAdults : group.maleAdults);
        DemoMember m;
        m.person = newPerson(given, surname, dob, female ? QStringLiteral("female") : QStringLiteral("male"));
        Person& p = m.person;
        const int roll = m_rng.below(100);
        p.ethnicity = roll < 3   ? QStringLiteral("REFU")
                      : roll < 6 ? QString()
                                 : QLatin1String(group.ethnicity);
        p.firstLanguage = u(m_rng.pickFrom(group.languages));
        p.address = inHousehold ? m_home : elsewhere();
        if (m_rng.percent(85))
            p.phone = mobileNumber(m_rng);
        if (m_rng.percent(30))
            p.email = emailFor(m_rng, given, surname);
        if (m_rng.percent(45))
            p.caseSystemNumber = caseSystemNumber(m_ordinal);
        if (m_rng.percent(25))
            p.nhsNumber = testNhsNumber(m_rng);
        m.membership.relationship = relationship;
        m.membership.hasParentalResponsibility = responsibility;
        m.membership.livesInHousehold = inHousehold;
        m.roleWord = roleWord;
        m_out.members.push_back(std::move(m));
    }

    void addChild(const NameGroup& group, const NameGroup& otherGroup, const QString& surname,
                  const QDate& dob, const QString& ethnicity) {
        const int genderRoll = m_rng.weighted({49, 49, 1, 1});
        static const char* const genders[] = {"female", "male", "other", "not_known"};
        const bool girlName = genderRoll == 0 || (genderRoll > 1 && m_rng.percent(50));
        const NameGroup& names = m_rng.percent(70) ? group : otherGroup;
        const auto& list = girlName ? names.girls : names.boys;
        QString given = pickName(m_rng, list);
        if (m_rng.percent(35)) {
            const QString middle = pickName(m_rng, list);
            if (middle != given)
                given += QLatin1Char(' ') + middle;
        }
        DemoMember m;
        m.isChild = true;
        m.person = newPerson(given, surname, dob, QLatin1String(genders[genderRoll]));
        Person& p = m.person;
        p.ethnicity = m_rng.percent(3) ? QStringLiteral("NOBT") : ethnicity;
        const QString homeLanguage = u(m_rng.pickFrom(group.languages));
        p.firstLanguage = m_rng.percent(50) ? QStringLiteral("English") : homeLanguage;
        if (m_rng.percent(85))
            p.socialCareNumber = socialCareNumber(m_ordinal);
        if (m_rng.percent(90))
            p.caseSystemNumber = caseSystemNumber(m_ordinal);
        if (m_rng.percent(40))
            p.nhsNumber = testNhsNumber(m_rng);
        static const char* const nicknames[][2] = {
            {"Oliver", "Ollie"},  {"Jacob", "Jake"},   {"Alfie", "Alf"}, {"Olivia", "Liv"},
            {"Amelia", "Millie"}, {"Freddie", "Fred"}, {"Rosie", "Ro"},  {"Scarlett", "Letty"}};
        for (const auto& pair : nicknames)
            if (given.startsWith(QLatin1String(pair[0])) && m_rng.percent(40))
                p.knownAs = QLatin1String(pair[1]);
        m.membership.relationship = QStringLiteral("child");
        m_out.members.push_back(std::move(m));
    }

    void addUnborn(const QString& surname) {
        DemoMember m;
        m.isChild = true;
        m.person = newPerson(QString(), surname, m_today.addDays(m_rng.between(20, 260)),
                             QStringLiteral("not_known"));
        m.person.dateOfBirthIsExpected = true;
        m.membership.relationship = QStringLiteral("child");
        m_out.members.push_back(std::move(m));
    }

    Address elsewhere() {
        const DemoTown& town = pickTown(m_rng, m_out.town->region);
        return {streetAddress(m_rng), QString(), QLatin1String(town.name), fakePostcode(m_rng, town)};
    }

    QDate daysAgo(int days) const { return m_today.addDays(-days); }

    DemoRandom& m_rng;
    QDate m_today;
    PersonNumbering& m_numbering;
    qint64 m_ordinal = 0;
    DemoFamily m_out;
    Address m_home;
};

DemoFamily FamilyBuilder::build() {
    const NameGroup& group = pickNameGroup(m_rng);
    const Region region = m_rng.percent(70) ? Region::Leicestershire : Region::Lancashire;
    m_out.town = &pickTown(m_rng, region);
    m_home = {streetAddress(m_rng), QString(), QLatin1String(m_out.town->name),
              fakePostcode(m_rng, *m_out.town)};
    m_out.family.address = m_home;
    m_out.primarySchool = primarySchool(m_rng);
    m_out.secondarySchool = secondarySchool(m_rng);

    const Shape shape = Shape(m_rng.weighted({40, 34, 10, 7, 3, 10}));

    // Children's ages in days, oldest first, at least 14 months apart; the oldest is at least two
    // months old so that there is always a child when the first referral arrives.
    const int childCount = 1 + m_rng.weighted({30, 30, 22, 12, 6});
    const int minOldest =
        std::max(shape == Shape::Adoptive ? 2 * kYear : 60, (childCount - 1) * kMinSiblingGapDays + 60);
    std::vector<int> ages{m_rng.between(minOldest, 17 * kYear + 300)};
    for (int k = 1; k < childCount; ++k) {
        const int stillToPlace = childCount - 1 - k;
        const int room = ages.back() - 60 - stillToPlace * kMinSiblingGapDays;
        ages.push_back(ages.back() -
                       m_rng.between(kMinSiblingGapDays, std::max(kMinSiblingGapDays, std::min(room, 2200))));
    }
    const bool unborn = childCount < 5 && ages.back() >= kYear && m_rng.percent(7) &&
                        shape != Shape::SingleFather && shape != Shape::Adoptive && shape != Shape::Kinship;
    const int spanDays = ages.front() - ages.back() + (unborn ? ages.back() + 200 : 0);

    // The birth mother's date of birth anchors the adults' ages.
    const int maxMotherAge = std::max(18 * kYear, std::min(36 * kYear, 44 * kYear - spanDays));
    const QDate motherDob = daysAgo(ages.front()).addDays(-m_rng.between(17 * kYear, maxMotherAge));
    const QDate fatherDob = motherDob.addDays(-m_rng.between(-2 * kYear, 8 * kYear));

    const QString surname = pickName(m_rng, group.surnames);
    QString childSurname = surname;
    const NameGroup* otherGroup = &group;
    QString childEthnicity = QLatin1String(group.ethnicity);

    switch (shape) {
    case Shape::SingleMother:
        if (m_rng.percent(25))
            childSurname = pickName(m_rng, group.surnames);
        addAdult(group, true, surname, motherDob, QStringLiteral("mother"), true, QStringLiteral("mum"));
        if (m_rng.percent(25))
            addAdult(group, false, childSurname, fatherDob, QStringLiteral("father"), m_rng.percent(70),
                     QStringLiteral("dad"), false);
        break;
    case Shape::TwoParents: {
        const NameGroup& fatherGroup = m_rng.percent(10) ? pickNameGroup(m_rng) : group;
        otherGroup = &fatherGroup;
        childEthnicity = mixedEthnicity(group, fatherGroup);
        const QString fatherSurname =
            &fatherGroup == &group ? surname : pickName(m_rng, fatherGroup.surnames);
        childSurname = fatherSurname;
        addAdult(group, true, m_rng.percent(75) ? fatherSurname : surname, motherDob,
                 QStringLiteral("mother"), true, QStringLiteral("mum"));
        addAdult(fatherGroup, false, fatherSurname, fatherDob, QStringLiteral("father"), m_rng.percent(95),
                 QStringLiteral("dad"));
        break;
    }
    case Shape::MotherAndPartner: {
        addAdult(group, true, surname, motherDob, QStringLiteral("mother"), true, QStringLiteral("mum"));
        const bool married = m_rng.percent(40);
        addAdult(group, false, pickName(m_rng, group.surnames), fatherDob,
                 married ? QStringLiteral("step_parent") : QStringLiteral("parent_partner"), false,
                 married ? QStringLiteral("stepdad") : QStringLiteral("mum's partner"));
        break;
    }
    case Shape::SingleFather:
        addAdult(group, false, surname, fatherDob, QStringLiteral("father"), true, QStringLiteral("dad"));
        if (m_rng.percent(30))
            addAdult(group, true, pickName(m_rng, group.surnames), motherDob, QStringLiteral("mother"), true,
                     QStringLiteral("mum"), false);
        break;
    case Shape::Adoptive: {
        m_out.adoptive = true;
        const int couple = m_rng.weighted({70, 15, 15}); // mother and father, two mothers, two fathers
        const bool firstFemale = couple != 2;
        addAdult(group, firstFemale, surname, motherDob.addDays(-5 * kYear),
                 QStringLiteral("adoptive_parent"), true,
                 firstFemale ? QStringLiteral("mum") : QStringLiteral("dad"));
        if (m_rng.percent(70)) {
            const bool secondFemale = couple == 1;
            addAdult(group, secondFemale, surname, fatherDob.addDays(-5 * kYear),
                     QStringLiteral("adoptive_parent"), true,
                     secondFemale ? QStringLiteral("mum") : QStringLiteral("dad"));
        }
        break;
    }
    case Shape::Kinship: {
        static const char* const statuses[] = {"special_guardianship_order", "child_arrangements_order",
                                               "kinship_foster_care", "private_family_arrangement"};
        const int status = m_rng.weighted({35, 20, 25, 20});
        m_out.family.kinshipStatus = QLatin1String(statuses[status]);
        const bool responsibility = status <= 1; // both orders give the carers parental responsibility
        const bool grandparents = m_rng.percent(60);
        QString relationship = status == 0    ? QStringLiteral("special_guardian")
                               : status == 2  ? QStringLiteral("kinship_carer")
                               : grandparents ? QStringLiteral("grandparent")
                                              : QStringLiteral("aunt_uncle");
        if (m_rng.percent(40))
            childSurname = pickName(m_rng, group.surnames);
        if (grandparents) {
            const QDate nanDob = motherDob.addDays(-m_rng.between(18 * kYear, 30 * kYear));
            const int who = m_rng.weighted({50, 40, 10}); // both, grandmother, grandfather
            if (who != 2)
                addAdult(group, true, surname, nanDob, relationship, responsibility, QStringLiteral("nan"));
            if (who != 1)
                addAdult(group, false, surname, nanDob.addDays(-m_rng.between(0, 5 * kYear)), relationship,
                         responsibility, QStringLiteral("grandad"));
        } else {
            const bool aunt = m_rng.percent(70);
            // A brother or sister of the birth parent, and an adult well before taking the children on.
            const QDate dob = std::min(motherDob.addDays(m_rng.between(-8 * kYear, 6 * kYear)),
                                       m_today.addDays(-m_rng.between(23 * kYear, 26 * kYear)));
            addAdult(group, aunt, m_rng.percent(50) ? surname : pickName(m_rng, group.surnames), dob,
                     relationship, responsibility, aunt ? QStringLiteral("auntie") : QStringLiteral("uncle"));
        }
        if (m_rng.percent(55))
            addAdult(group, true, surname, motherDob, QStringLiteral("mother"), true, QStringLiteral("mum"),
                     false);
        break;
    }
    }
    if (m_out.family.kinshipStatus.isEmpty())
        m_out.family.kinshipStatus = QStringLiteral("none");
    m_out.family.name = childSurname + QStringLiteral(" family");

    for (int days : ages)
        addChild(group, *otherGroup, childSurname, daysAgo(days), childEthnicity);
    if (unborn)
        addUnborn(childSurname);
    return std::move(m_out);
}

} // namespace

std::vector<const DemoMember*> DemoFamily::childrenBornBy(const QDate& date) const {
    std::vector<const DemoMember*> out;
    for (const auto& m : members)
        if (m.isChild && !m.person.dateOfBirthIsExpected && m.person.dateOfBirth <= date)
            out.push_back(&m);
    return out;
}

std::vector<const DemoMember*> DemoFamily::householdAdults() const {
    std::vector<const DemoMember*> out;
    for (const auto& m : members)
        if (!m.isChild && m.membership.livesInHousehold)
            out.push_back(&m);
    return out;
}

DemoFamily makeDemoFamily(DemoRandom& rng, const QDate& today, PersonNumbering& numbering) {
    return FamilyBuilder(rng, today, numbering).build();
}

} // namespace waymark::demo
