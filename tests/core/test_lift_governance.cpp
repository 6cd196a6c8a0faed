#include "governance/subjectaccess.h"
#include "lift/liftrepository.h"
#include "lift/mentorrepository.h"
#include "print/liftprint.h"
#include "storage/familyrepository.h"
#include "support/testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace waymark;

namespace {

struct LiftCase {
    Family family;
    LiftReferral referral;
    LiftMeeting agreement;
};

LiftCase agreedCase(test::TestDatabase& t) {
    Database& db = t.db();
    const Worker ssw = test::makeWorker(db, QStringLiteral("Sam Supervisor"), QStringLiteral("Fostering"),
                                        QStringLiteral("supervising_social_worker"));
    Mentor mentor;
    mentor.name = QStringLiteral("Morwenna Quillfeather");
    mentor.sswWorkerId = ssw.id;
    mentor.hoursPerWeek = 6;
    t.signInAs(ssw); // only the mentor's SSW (or a coordinator) may set the code word
    REQUIRE(MentorRepository(db).save(mentor, QStringLiteral("kingfisher")).isOk());
    db.setAccount(test::testManager());
    LiftCase c;
    c.family = test::makeFamily(db, QStringLiteral("Governed"));
    Involvement inv;
    inv.familyId = c.family.id;
    inv.referralDate = QDate(2026, 9, 1);
    inv.status = QStringLiteral("referred");
    c.referral.aim = QStringLiteral("respite_breaking_point");
    c.referral.decision = QStringLiteral("appropriate");
    c.referral.riskAssessedOn = QDate(2026, 9, 2);
    c.referral.familyWishesToTakePart = true;
    LiftRepository lift(db);
    REQUIRE(lift.startReferral(inv, c.referral).isOk());
    REQUIRE(lift.linkMentor(c.referral.id, mentor.id, QDate(2026, 9, 8)).isOk());
    c.agreement.referralId = c.referral.id;
    c.agreement.heldOn = QDate(2026, 9, 15);
    c.agreement.place = QStringLiteral("Family home");
    c.agreement.attendees = {QStringLiteral("family"), QStringLiteral("mentor")};
    c.agreement.supportAreas = {QStringLiteral("day_respite")};
    c.agreement.actionPlan = QStringLiteral("Saturday mornings at the park with Morwenna");
    c.agreement.boundaries = QStringLiteral("No calls after 8pm");
    c.agreement.hoursPerWeek = 3;
    c.agreement.reviewDue = QDate(2026, 11, 10);
    REQUIRE(lift.saveMeeting(c.agreement).isOk());
    return c;
}

} // namespace

TEST_CASE("subject access: the family's LIFT forms are included, the mentor marked as a third party",
          "[lift]") {
    test::TestDatabase t;
    Database& db = t.db();
    const LiftCase c = agreedCase(t);
    Account admin;
    admin.username = QStringLiteral("ig.admin");
    admin.displayName = QStringLiteral("IG Admin");
    admin.role = Role::Administrator;
    db.setAccount(admin);
    const qint64 child = c.family.members.back().personId;
    auto report = subjectAccessReport(db, child);
    REQUIRE(report.isOk());
    const QJsonArray lift = report->json.value(QStringLiteral("lift")).toArray();
    REQUIRE(lift.size() == 1);
    CHECK(lift[0][QStringLiteral("meetings")].toArray().size() == 1);
    CHECK(lift[0][QStringLiteral("meetings")][0][QStringLiteral("actionPlan")].toString().contains(
        QStringLiteral("Saturday mornings")));
    CHECK(report->thirdParties.contains(QStringLiteral("Morwenna Quillfeather")));
    CHECK(report->html.contains(QStringLiteral("LIFT mentoring")));
    // The code word is the mentor's, never the family's: not in the report.
    CHECK_FALSE(QJsonDocument(report->json).toJson().contains("kingfisher"));
    CHECK_FALSE(report->html.contains(QStringLiteral("kingfisher")));
}

TEST_CASE("printing a LIFT form is in the audit trail, against the family", "[lift]") {
    test::TestDatabase t;
    Database& db = t.db();
    const LiftCase c = agreedCase(t);
    auto printed =
        liftPrintout(db, QStringLiteral("agreement"), c.agreement.id, QStringLiteral("Tess Manager"));
    REQUIRE(printed.isOk());
    QSqlQuery q(db.connection());
    REQUIRE(
        q.exec(QStringLiteral("SELECT entity, entity_id, family_id FROM audit_log WHERE action = 'print'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("lift_meetings"));
    CHECK(q.value(1).toLongLong() == c.agreement.id);
    CHECK(q.value(2).toLongLong() == c.family.id);
    CHECK_FALSE(q.next());
}
