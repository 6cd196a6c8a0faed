#include "earlyhelp/ufrn.h"
#include "exchange/jsonexchange.h"
#include "storage/familyrepository.h"
#include "support/testdatabase.h"

#include <catch2/catch.hpp>

using namespace waymark;

namespace {

Person child(qint64 id, const QDate& dob, const QString& caseNumber, bool unborn = false) {
    Person p;
    p.id = id;
    p.givenNames = QStringLiteral("Child %1").arg(id);
    p.familyName = QStringLiteral("Example");
    p.dateOfBirth = dob;
    p.dateOfBirthIsExpected = unborn;
    p.caseSystemNumber = caseNumber;
    return p;
}

} // namespace

TEST_CASE("UFRN: EH, the locality number, the youngest child's case number and F", "[earlyhelp]") {
    CHECK(*makeUfrn(QStringLiteral("03"), QStringLiteral("123456")) == QStringLiteral("EH03123456F"));
    CHECK(*makeUfrn(QStringLiteral(" 07 "), QStringLiteral(" 98765 ")) == QStringLiteral("EH0798765F"));
    CHECK(makeUfrn(QStringLiteral("08"), QStringLiteral("123456"))
              .error()
              .contains(QStringLiteral("locality")));
    CHECK(
        makeUfrn(QStringLiteral("3"), QStringLiteral("123456")).error().contains(QStringLiteral("locality")));
    CHECK(makeUfrn(QStringLiteral("01"), QString()).error().contains(QStringLiteral("no case-system")));
    CHECK(makeUfrn(QStringLiteral("01"), QStringLiteral("12A456"))
              .error()
              .contains(QStringLiteral("digits only")));
    REQUIRE(earlyHelpLocalities().size() == 7);
    CHECK(QLatin1String(earlyHelpLocalities().front().name) == QStringLiteral("Blaby"));
    CHECK(QLatin1String(earlyHelpLocalities().back().name) == QStringLiteral("Oadby Wigston"));
}

TEST_CASE("UFRN: read back forgiving spaces and case, refusing anything else", "[earlyhelp]") {
    const auto parts = parseUfrn(QStringLiteral("eh03 123456f"));
    REQUIRE(parts.has_value());
    CHECK(parts->localityCode == QStringLiteral("03"));
    CHECK(parts->childCaseNumber == QStringLiteral("123456"));
    for (const char* bad : {"EH08123456F", "EH03123456", "XX03123456F", "EH03F", "EH0312A456F", ""})
        CHECK_FALSE(parseUfrn(QString::fromLatin1(bad)).has_value());
}

TEST_CASE("UFRN: the youngest born child gives the number, and a younger child joining is flagged",
          "[earlyhelp]") {
    const std::vector<Person> children = {
        child(1, QDate(2014, 5, 1), QStringLiteral("111111")),
        child(2, QDate(2019, 8, 9), QStringLiteral("222222")),
        child(3, QDate(2027, 1, 4), QString(), true), // unborn: no number yet
    };
    const auto youngest = youngestChildForUfrn(children);
    REQUIRE(youngest.has_value());
    CHECK(youngest->id == 2);
    const QString ufrn = *makeUfrn(QStringLiteral("02"), youngest->caseSystemNumber);
    CHECK(ufrnYoungestChildAdvice(ufrn, children).isEmpty());

    // The baby is born and given a number: the guidance asks for the notes to be copied.
    std::vector<Person> after = children;
    after[2] = child(3, QDate(2026, 12, 30), QStringLiteral("333333"));
    const QString advice = ufrnYoungestChildAdvice(ufrn, after);
    CHECK(advice.contains(QStringLiteral("new youngest child")));
    CHECK(advice.contains(QStringLiteral("keep the UFRN")));

    // Twins: the record made first decides, so the UFRN does not flip between them.
    const std::vector<Person> twins = {child(8, QDate(2020, 2, 2), QStringLiteral("800")),
                                       child(7, QDate(2020, 2, 2), QStringLiteral("700"))};
    CHECK(youngestChildForUfrn(twins)->id == 7);
    CHECK_FALSE(youngestChildForUfrn({child(9, QDate(), QString())}).has_value());
}

TEST_CASE("UFRN on a family: validated, stored, exported and imported", "[earlyhelp]") {
    test::TestDatabase t;
    Database& db = t.db();
    Family f = test::makeFamily(db, QStringLiteral("Referenced"));
    f.earlyHelpLocality = QStringLiteral("03");
    f.ufrn = QStringLiteral("EH04123456F"); // another locality's
    CHECK(FamilyRepository(db).save(f).error().contains(QStringLiteral("not the family's locality 03")));
    f.ufrn = QStringLiteral("EH03123456");
    CHECK(FamilyRepository(db).save(f).error().contains(QStringLiteral("for example EH03123456F")));
    f.earlyHelpLocality = QStringLiteral("09");
    f.ufrn = QStringLiteral("eh03123456f");
    CHECK(FamilyRepository(db).save(f).error().contains(QStringLiteral("earlyHelpLocality")));
    f.earlyHelpLocality = QStringLiteral("03");
    REQUIRE(FamilyRepository(db).save(f).isOk());
    const auto stored = FamilyRepository(db).get(f.id);
    REQUIRE(stored.isOk());
    CHECK(stored->ufrn == QStringLiteral("EH03123456F")); // kept in capitals
    CHECK(stored->earlyHelpLocality == QStringLiteral("03"));

    auto json = exportJson(db);
    REQUIRE(json.isOk());
    CHECK(json->contains("\"ufrn\": \"EH03123456F\""));
    test::TestDatabase other;
    REQUIRE(importJson(other.db(), *json).isOk());
    CHECK(FamilyRepository(other.db()).get(f.id)->ufrn == QStringLiteral("EH03123456F"));
}
