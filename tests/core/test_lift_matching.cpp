#include "lift/liftrepository.h"
#include "lift/matching.h"
#include "lift/mentorrepository.h"
#include "lift/postcodeplaces.h"
#include "storage/familyrepository.h"
#include "support/testdatabase.h"

#include <catch2/catch.hpp>

using namespace waymark;

namespace {

Mentor mentor(qint64 id, const QString& name, const QString& postcode, QStringList support, double hours,
              int fosterChildren = 0) {
    Mentor m;
    m.id = id;
    m.name = name;
    m.address.postcode = postcode;
    m.supportOffered = std::move(support);
    m.hoursPerWeek = hours;
    m.fosterChildrenAtHome = fosterChildren;
    return m;
}

QString reasonsOf(const MentorMatch& m) {
    QStringList out;
    for (const MatchReason& r : m.reasons)
        out << r.text;
    return out.join(QLatin1Char('|'));
}

} // namespace

TEST_CASE("postcode districts: parsed from full or outward postcodes, distances in straight-line miles",
          "[lift]") {
    CHECK(postcodeDistrict(QStringLiteral("pr1 2ab")) == QStringLiteral("PR1"));
    CHECK(postcodeDistrict(QStringLiteral("BB11 1AA")) == QStringLiteral("BB11"));
    CHECK(postcodeDistrict(QStringLiteral("LA4")) == QStringLiteral("LA4"));
    CHECK(postcodeDistrict(QStringLiteral("not a postcode")).isEmpty());
    CHECK(*milesBetween(QStringLiteral("PR1 1AA"), QStringLiteral("PR2 9ZZ")) == Approx(0.0));
    // Preston to Blackburn is about 9.5 miles as the crow flies; Preston to Lancaster about 19.
    CHECK(*milesBetween(QStringLiteral("PR1 1AA"), QStringLiteral("BB1 1AA")) == Approx(9.5).margin(1.0));
    CHECK(*milesBetween(QStringLiteral("PR1 1AA"), QStringLiteral("LA1 1AA")) == Approx(19.3).margin(1.5));
    CHECK_FALSE(milesBetween(QStringLiteral("PR1 1AA"), QStringLiteral("SW1A 1AA")).has_value());
}

TEST_CASE("matching: support fit, hours left, distance, safer care and past work order the mentors",
          "[lift]") {
    LiftReferral r;
    r.aim = QStringLiteral("respite_breaking_point");
    r.supportNeeded = {QStringLiteral("day_respite"), QStringLiteral("routines_organisation")};
    const std::vector<Mentor> mentors = {
        // Everything asked, nearby, free, but foster children at home while day respite is asked.
        mentor(1, QStringLiteral("Ash"), QStringLiteral("PR2 1AA"),
               {QStringLiteral("day_respite"), QStringLiteral("routines_organisation")}, 8, 2),
        // Everything asked, nearby, free, no foster children: the best fit.
        mentor(2, QStringLiteral("Birch"), QStringLiteral("PR1 3BB"),
               {QStringLiteral("day_respite"), QStringLiteral("routines_organisation")}, 8, 0),
        // Half the support, further away.
        mentor(3, QStringLiteral("Cedar"), QStringLiteral("LA1 1AA"),
               {QStringLiteral("routines_organisation")}, 8),
        // Perfect otherwise, but all hours are taken.
        mentor(4, QStringLiteral("Damson"), QStringLiteral("PR1 1AA"),
               {QStringLiteral("day_respite"), QStringLiteral("routines_organisation")}, 6),
        // Inactive: never suggested.
        mentor(5, QStringLiteral("Elder"), QStringLiteral("PR1 1AA"), {QStringLiteral("day_respite")}, 8),
    };
    std::vector<Mentor> withInactive = mentors;
    withInactive[4].active = false;
    QHash<qint64, MentorWorkload> work;
    work[4].hoursAgreed = 6;
    work[4].currentFamilies = 1;
    work[3].pastWithSameAim = 3;
    work[3].pastWithSameAimAchieved = 2;

    const auto ranked = rankMentors(r, QStringLiteral("PR1 5XY"), withInactive, work);
    REQUIRE(ranked.size() == 4);
    QStringList order;
    for (const auto& m : ranked)
        order << m.mentor.name;
    CHECK(order == (QStringList{QStringLiteral("Birch"), QStringLiteral("Ash"), QStringLiteral("Cedar"),
                                QStringLiteral("Damson")}));

    CHECK(reasonsOf(ranked[0]).contains(QStringLiteral("Offers all the support needed")));
    CHECK(reasonsOf(ranked[0]).contains(QStringLiteral("Lives in the same town (Preston)")));
    CHECK(reasonsOf(ranked[0]).contains(QStringLiteral("8 hours a week free")));
    CHECK(ranked[1].saferCareConflict);
    CHECK(reasonsOf(ranked[1]).contains(QStringLiteral("2 foster child(ren) live at the mentor's home")));
    CHECK(reasonsOf(ranked[2]).contains(QStringLiteral("but not day respite")));
    INFO(reasonsOf(ranked[2]).toStdString());
    CHECK(reasonsOf(ranked[2]).contains(QStringLiteral("About 20 miles away")));
    CHECK(
        reasonsOf(ranked[2]).contains(QStringLiteral("Helped 2 of 3 family(ies) with this aim achieve it")));
    CHECK(ranked[3].blocked);
    CHECK(reasonsOf(ranked[3]).contains(QStringLiteral("No hours left this week: 6 of 6 agreed")));

    // An unknown family postcode does not hide anyone; it says why the distance is missing.
    const auto unknown = rankMentors(r, QString(), mentors, work);
    CHECK(reasonsOf(unknown[0]).contains(QStringLiteral("Travel distance unknown: the family's postcode")));
}

TEST_CASE("matching from the database: current hours come from each family's latest meeting", "[lift]") {
    test::TestDatabase t;
    Database& db = t.db();
    const Worker ssw = test::makeWorker(db, QStringLiteral("Sam Supervisor"), QStringLiteral("Fostering"),
                                        QStringLiteral("supervising_social_worker"));
    Mentor busy = mentor(0, QStringLiteral("Busy Mentor"), QStringLiteral("PR1 1AA"),
                         {QStringLiteral("boundaries")}, 6);
    busy.sswWorkerId = ssw.id;
    Mentor free = mentor(0, QStringLiteral("Free Mentor"), QStringLiteral("BB1 1AA"),
                         {QStringLiteral("boundaries")}, 6);
    free.sswWorkerId = ssw.id;
    REQUIRE(MentorRepository(db).save(busy).isOk());
    REQUIRE(MentorRepository(db).save(free).isOk());

    auto referralFor = [&](const QString& surname) {
        Family f = test::makeFamily(db, surname);
        f.address.postcode = QStringLiteral("PR1 4QQ");
        REQUIRE(FamilyRepository(db).save(f).isOk());
        Involvement inv;
        inv.familyId = f.id;
        inv.referralDate = QDate(2026, 9, 1);
        inv.status = QStringLiteral("referred");
        LiftReferral r;
        r.aim = QStringLiteral("cin_prevent_care");
        r.decision = QStringLiteral("appropriate");
        r.riskAssessedOn = QDate(2026, 9, 2);
        r.familyWishesToTakePart = true;
        r.supportNeeded = {QStringLiteral("boundaries")};
        REQUIRE(LiftRepository(db).startReferral(inv, r).isOk());
        return r;
    };
    const LiftReferral first = referralFor(QStringLiteral("Firstfam"));
    const LiftReferral second = referralFor(QStringLiteral("Secondfam"));
    LiftRepository lift(db);
    REQUIRE(lift.linkMentor(first.id, busy.id, QDate(2026, 9, 5)).isOk());

    auto ranked = suggestMentors(db, second.id);
    REQUIRE(ranked.isOk());
    // Linked with no meeting yet: no hours agreed, but flagged; Busy is nearer, so still first.
    CHECK(ranked->at(0).mentor.name == QStringLiteral("Busy Mentor"));
    CHECK(reasonsOf(ranked->at(0)).contains(QStringLiteral("no hours agreed yet")));

    LiftMeeting m;
    m.referralId = first.id;
    m.heldOn = QDate(2026, 9, 10);
    m.place = QStringLiteral("Family home");
    m.attendees = {QStringLiteral("family"), QStringLiteral("mentor")};
    m.supportAreas = {QStringLiteral("boundaries")};
    m.actionPlan = QStringLiteral("Weekly");
    m.boundaries = QStringLiteral("Agreed");
    m.hoursPerWeek = 6;
    m.reviewDue = QDate(2026, 10, 22);
    REQUIRE(lift.saveMeeting(m).isOk());
    ranked = suggestMentors(db, second.id);
    REQUIRE(ranked.isOk());
    CHECK(ranked->at(0).mentor.name == QStringLiteral("Free Mentor"));
    CHECK(ranked->at(1).blocked);
}
