#include "audit/auditlog.h"
#include "lift/financerepository.h"
#include "lift/liftrepository.h"
#include "lift/liftvalidation.h"
#include "lift/mentorrepository.h"
#include "storage/caseeventrepository.h"
#include "storage/involvementrepository.h"
#include "support/testdatabase.h"

#include <QFile>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace waymark;

namespace {

Mentor makeMentor(Database& db, const QString& name, qint64 sswId) {
    Mentor m;
    m.name = name;
    m.sswWorkerId = sswId;
    m.address.town = QStringLiteral("Preston");
    m.address.postcode = QStringLiteral("PR1 2AB");
    m.supportOffered = {QStringLiteral("day_respite"), QStringLiteral("boundaries")};
    m.hoursPerWeek = 6;
    m.buddyName = QStringLiteral("Buddy Test");
    m.buddyPhone = QStringLiteral("07700 900001");
    const Status s = MentorRepository(db).save(m);
    INFO(s.error().toStdString());
    REQUIRE(s.isOk());
    return m;
}

LiftReferral appropriateReferral(Database& db, qint64 familyId, const QDate& referred) {
    Involvement inv;
    inv.familyId = familyId;
    inv.referralDate = referred;
    inv.referralSource = QStringLiteral("social_care");
    inv.status = QStringLiteral("referred");
    LiftReferral r;
    r.aim = QStringLiteral("cin_prevent_care");
    r.decision = QStringLiteral("appropriate");
    r.riskAssessedOn = referred.addDays(2);
    r.familyWishesToTakePart = true;
    r.supportNeeded = {QStringLiteral("boundaries")};
    r.locality = QStringLiteral("Preston");
    const Status s = LiftRepository(db).startReferral(inv, r);
    INFO(s.error().toStdString());
    REQUIRE(s.isOk());
    return r;
}

LiftMeeting agreement(qint64 referralId, const QDate& held) {
    LiftMeeting m;
    m.referralId = referralId;
    m.heldOn = held;
    m.place = QStringLiteral("Family home");
    m.attendees = {QStringLiteral("family"), QStringLiteral("mentor"), QStringLiteral("ssw")};
    m.supportAreas = {QStringLiteral("boundaries")};
    m.actionPlan = QStringLiteral("Tuesdays 4-6pm for six weeks");
    m.boundaries = QStringLiteral("Calls only to rearrange visits");
    m.hoursPerWeek = 4;
    m.reviewDue = held.addDays(42);
    return m;
}

QStringList eventKinds(Database& db, qint64 familyId) {
    QStringList out;
    for (const RecordedEvent& e : CaseEventRepository(db).forFamily(familyId))
        out << e.kind + QLatin1Char('@') + e.date.toString(Qt::ISODate);
    return out;
}

} // namespace

TEST_CASE(
    "LIFT referral: an aim is required, NFA needs a reason, appropriate needs risk assessment and consent",
    "[lift]") {
    const QDate today(2026, 11, 20);
    LiftReferral r;
    auto fields = [&] {
        QStringList f;
        for (const auto& issue : validateLiftReferral(r, today))
            f << issue.field;
        return f;
    };
    CHECK(fields().contains(QStringLiteral("aim")));
    r.aim = QStringLiteral("respite_breaking_point");
    CHECK(fields().isEmpty()); // pending: nothing else needed yet
    r.decision = QStringLiteral("not_appropriate");
    CHECK(fields() == QStringList{QStringLiteral("decisionReason")});
    r.decisionReason = QStringLiteral("Needs a statutory service instead");
    CHECK(fields().isEmpty());
    r.decision = QStringLiteral("appropriate");
    CHECK(fields() ==
          (QStringList{QStringLiteral("riskAssessedOn"), QStringLiteral("familyWishesToTakePart")}));
    r.riskAssessedOn = today;
    r.familyWishesToTakePart = true;
    CHECK(fields().isEmpty());
    r.aim = QStringLiteral("post_adoption");
    CHECK(fields() == QStringList{QStringLiteral("legalOrder")});
    r.legalOrder = QStringLiteral("special_guardianship_order");
    CHECK(fields().isEmpty());
    r.aim = QStringLiteral("aim_6");
    CHECK(fields() == QStringList{QStringLiteral("aim")});
}

TEST_CASE("LIFT agreement: hours above the 8-hour guide need a reason, review after the meeting", "[lift]") {
    const QDate today(2026, 11, 20);
    LiftMeeting m = agreement(1, QDate(2026, 11, 2));
    CHECK(validateLiftMeeting(m, today).isEmpty());
    m.hoursPerWeek = 10;
    auto issues = validateLiftMeeting(m, today);
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].field == QStringLiteral("hoursReason"));
    CHECK(issues[0].message.contains(QStringLiteral("8-hour guide")));
    m.hoursReason = QStringLiteral("Two weeks of intensive support after a hospital stay");
    CHECK(validateLiftMeeting(m, today).isEmpty());
    m.reviewDue = m.heldOn;
    CHECK(validateLiftMeeting(m, today)[0].field == QStringLiteral("reviewDue"));
    m.reviewDue = m.heldOn.addDays(30);
    m.mustNotifyCcswIro = true;
    CHECK(liftMeetingReminders(m).join(QLatin1Char(' ')).contains(QStringLiteral("IROs")));
    m.notifiedOn = QDate(2026, 11, 3);
    CHECK_FALSE(liftMeetingReminders(m).join(QLatin1Char(' ')).contains(QStringLiteral("IROs")));
}

TEST_CASE("LIFT: referral, link, agreement, review and closure are stored and drive the deadlines",
          "[lift]") {
    test::TestDatabase t;
    Database& db = t.db();
    const Worker ssw = test::makeWorker(db, QStringLiteral("Sam Supervisor"), QStringLiteral("Fostering"),
                                        QStringLiteral("supervising_social_worker"));
    const Family family = test::makeFamily(db, QStringLiteral("Liftfield"));
    Mentor mentor = makeMentor(db, QStringLiteral("Morgan Mentor"), ssw.id);
    LiftReferral r = appropriateReferral(db, family.id, QDate(2026, 9, 1));
    LiftRepository lift(db);

    REQUIRE(lift.waitingForMentor().size() == 1);
    CHECK(lift.waitingForMentor()[0].daysWaiting == int(QDate(2026, 9, 1).daysTo(db.today())));

    REQUIRE(lift.linkMentor(r.id, mentor.id, QDate(2026, 9, 10)).isOk());
    CHECK(lift.waitingForMentor().empty());
    CHECK(InvolvementRepository(db).get(r.involvementId)->status == QStringLiteral("open"));
    CHECK(lift.linkMentor(r.id, mentor.id, QDate(2026, 9, 11))
              .error()
              .contains(QStringLiteral("already linked")));

    LiftMeeting m = agreement(r.id, QDate(2026, 9, 17));
    REQUIRE(lift.saveMeeting(m).isOk());
    CHECK(eventKinds(db, family.id).contains(QStringLiteral("lift_agreement_meeting@2026-09-17")));
    CHECK(eventKinds(db, family.id).contains(QStringLiteral("lift_review_scheduled@2026-10-29")));
    // Moving the review date moves the scheduled event rather than adding a second one.
    m.reviewDue = QDate(2026, 11, 5);
    REQUIRE(lift.saveMeeting(m).isOk());
    CHECK_FALSE(eventKinds(db, family.id).contains(QStringLiteral("lift_review_scheduled@2026-10-29")));
    CHECK(eventKinds(db, family.id).contains(QStringLiteral("lift_review_scheduled@2026-11-05")));
    CHECK(lift.meetingsFor(r.id) == std::vector<LiftMeeting>{m});

    LiftClosure c;
    c.referralId = r.id;
    c.closedOn = QDate(2026, 11, 12);
    c.aim = r.aim;
    c.aimAchieved = true;
    c.reason = QStringLiteral("Routines in place; no admission needed");
    REQUIRE(lift.saveClosure(c).isOk());
    CHECK(c.followUpDue() == QDate(2027, 11, 12));
    CHECK_FALSE(lift.currentLink(r.id).has_value());
    REQUIRE(lift.linksForMentor(mentor.id).size() == 1);
    CHECK(lift.linksForMentor(mentor.id)[0].unlinkedOn == QDate(2026, 11, 12));
    CHECK(eventKinds(db, family.id).contains(QStringLiteral("lift_closed@2026-11-12")));
    LiftClosure second = c;
    second.id = 0;
    CHECK(lift.saveClosure(second).error().contains(QStringLiteral("already has a closure")));
}

TEST_CASE("LIFT: a referral that is not appropriate cannot be linked and is not waiting", "[lift]") {
    test::TestDatabase t;
    Database& db = t.db();
    const Family family = test::makeFamily(db, QStringLiteral("Nfa"));
    const Worker ssw = test::makeWorker(db, QStringLiteral("Sam Supervisor"), QStringLiteral("Fostering"),
                                        QStringLiteral("supervising_social_worker"));
    Mentor mentor = makeMentor(db, QStringLiteral("Morgan Mentor"), ssw.id);
    Involvement inv;
    inv.familyId = family.id;
    inv.referralDate = QDate(2026, 10, 1);
    inv.status = QStringLiteral("referred");
    LiftReferral r;
    r.aim = QStringLiteral("respite_breaking_point");
    r.decision = QStringLiteral("not_appropriate");
    LiftRepository lift(db);
    const Status missingReason = lift.startReferral(inv, r);
    CHECK(missingReason.error().contains(QStringLiteral("decisionReason")));
    CHECK(inv.id == 0); // nothing half-written
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM involvements")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
    r.decisionReason = QStringLiteral("Family already has a statutory plan");
    REQUIRE(lift.startReferral(inv, r).isOk());
    CHECK(lift.waitingForMentor().empty());
    CHECK(
        lift.linkMentor(r.id, mentor.id, QDate(2026, 10, 5)).error().contains(QStringLiteral("appropriate")));
}

TEST_CASE("LIFT code word: only the mentor's own SSW and coordinators see it, and never in the audit text",
          "[lift]") {
    test::TestDatabase t;
    Database& db = t.db();
    const Worker ssw = test::makeWorker(db, QStringLiteral("Sam Supervisor"), QStringLiteral("Fostering"),
                                        QStringLiteral("supervising_social_worker"));
    const Worker otherSsw = test::makeWorker(db, QStringLiteral("Olly Other"), QStringLiteral("Fostering"),
                                             QStringLiteral("supervising_social_worker"));
    const Worker coordinator = test::makeWorker(db, QStringLiteral("Cora Coordinator"),
                                                QStringLiteral("LIFT"), QStringLiteral("coordinator"));
    const Worker manager = test::makeWorker(db, QStringLiteral("Mo Manager"), QStringLiteral("Fostering"),
                                            QStringLiteral("team_manager"));
    const Worker worker = test::makeWorker(db, QStringLiteral("Fran Support"), QStringLiteral("Fostering"));
    const Mentor mentor = makeMentor(db, QStringLiteral("Morgan Mentor"), ssw.id);
    const QString word = QStringLiteral("bluebell");

    t.signInAs(ssw);
    MentorRepository mentors(db);
    REQUIRE(mentors.setCodeWord(mentor.id, word).isOk());
    CHECK(*mentors.codeWord(mentor.id) == word);

    t.signInAs(coordinator);
    CHECK(*mentors.codeWord(mentor.id) == word);

    for (const Worker& refused : {otherSsw, manager, worker}) {
        t.signInAs(refused);
        auto seen = mentors.codeWord(mentor.id);
        CHECK_FALSE(seen.isOk());
        CHECK(seen.error().contains(QStringLiteral("supervising social worker")));
        CHECK_FALSE(mentors.setCodeWord(mentor.id, QStringLiteral("changed")).isOk());
    }
    // The mentor itself, as every list reads it, carries no code word; the audit says it was seen
    // and set, never what it is.
    t.signInAs(coordinator);
    REQUIRE(mentors.get(mentor.id).isOk());
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT action, details FROM audit_log")));
    QStringList actions;
    while (q.next()) {
        actions << q.value(0).toString();
        CHECK_FALSE(q.value(1).toString().contains(word));
    }
    CHECK(actions.contains(QStringLiteral("set_code_word")));
    CHECK(actions.count(QStringLiteral("view_code_word")) == 2);
}

TEST_CASE("LIFT mentors: only SSWs, coordinators and managers change them, validation names the field",
          "[lift]") {
    test::TestDatabase t;
    Database& db = t.db();
    const Worker worker = test::makeWorker(db, QStringLiteral("Fran Support"), QStringLiteral("Fostering"));
    Mentor m;
    m.name = QStringLiteral("Morgan Mentor");
    m.supportOffered = {QStringLiteral("juggling")};
    m.hoursPerWeek = -1;
    const QString error = MentorRepository(db).save(m).error();
    CHECK(error.contains(QStringLiteral("supportOffered")));
    CHECK(error.contains(QStringLiteral("hoursPerWeek")));
    m.supportOffered = {QStringLiteral("day_respite")};
    m.hoursPerWeek = 8;
    t.signInAs(worker);
    CHECK(MentorRepository(db).save(m).error().contains(QStringLiteral("add or change LIFT mentors")));
    CHECK(m.id == 0);
}

TEST_CASE("LIFT finance forms: sessions saved with the form, paid forms are final, rates by date", "[lift]") {
    test::TestDatabase t;
    Database& db = t.db();
    const Worker ssw = test::makeWorker(db, QStringLiteral("Sam Supervisor"), QStringLiteral("Fostering"),
                                        QStringLiteral("supervising_social_worker"));
    const Family family = test::makeFamily(db, QStringLiteral("Payfield"));
    const Mentor mentor = makeMentor(db, QStringLiteral("Morgan Mentor"), ssw.id);
    const LiftReferral r = appropriateReferral(db, family.id, QDate(2026, 8, 3));
    FinanceRepository finance(db);

    FinanceForm f;
    f.referralId = r.id;
    f.mentorId = mentor.id;
    f.month = QDate(2026, 10, 1);
    f.sessions = {{0, QDate(2026, 10, 6), 120, true, QString()},
                  {0, QDate(2026, 10, 13), 90, false, QString()}};
    f.sessions.push_back({0, QDate(2026, 11, 2), 60, false, QString()});
    CHECK(finance.saveForm(f).error().contains(QStringLiteral("not in the month")));
    f.sessions.pop_back();
    REQUIRE(finance.saveForm(f).isOk());
    CHECK(*finance.form(f.id) == f);

    f.status = QStringLiteral("paid");
    f.submittedOn = QDate(2026, 11, 2);
    f.processedOn = QDate(2026, 11, 5);
    f.paidOn = QDate(2026, 11, 9);
    REQUIRE(finance.saveForm(f).isOk());
    CHECK(eventKinds(db, family.id).contains(QStringLiteral("lift_finance_form@2026-11-02")));
    f.mileageMiles = 12;
    CHECK(finance.saveForm(f).error().contains(QStringLiteral("paid")));

    FinanceForm again;
    again.referralId = r.id;
    again.mentorId = mentor.id;
    again.month = QDate(2026, 10, 1);
    CHECK(finance.saveForm(again).error().contains(QStringLiteral("already a form")));

    CHECK(finance.rateOn(QStringLiteral("hourly"), QDate(2026, 1, 1))->pence == 1000);
    LiftRate raise{0, QStringLiteral("hourly"), QDate(2026, 10, 10), 1100};
    REQUIRE(finance.saveRate(raise).isOk());
    CHECK(finance.rateOn(QStringLiteral("hourly"), QDate(2026, 10, 9))->pence == 1000);
    CHECK(finance.rateOn(QStringLiteral("hourly"), QDate(2026, 10, 10))->pence == 1100);
    CHECK_FALSE(finance.rateOn(QStringLiteral("hourly"), QDate(2017, 12, 31)).has_value());
    LiftRate duplicate{0, QStringLiteral("hourly"), QDate(2026, 10, 10), 1200};
    CHECK(finance.saveRate(duplicate).error().contains(QStringLiteral("already starts")));
}
