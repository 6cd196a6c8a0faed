// The timescales added to close the rule book's gaps: pre-birth rules counted back from an unborn
// child's expected date of delivery, the private fostering switch after the first year, long-term
// stable homes and the MASH enquiry RAG ratings. Every expected date is worked by hand.
#include "calendar/workingdaycalendar.h"
#include "deadlines/deadlineservice.h"
#include "deadlines/engine.h"
#include "deadlines/explanation.h"
#include "deadlines/rulebook.h"
#include "deadlines/scenario.h"
#include "storage/familyrepository.h"
#include "storage/involvementrepository.h"
#include "support/testdatabase.h"
#include "support/testrules.h"

#include <catch2/catch.hpp>

using namespace waymark;

namespace {

using test::book;
using test::calendar;

When at(const char* iso) {
    return *parseWhen(QString::fromLatin1(iso));
}

CaseEvent ev(const char* kind, const char* iso) {
    return {QString::fromLatin1(kind), at(iso)};
}

std::vector<Deadline> run(const CaseFacts& facts, const std::vector<CaseEvent>& events, const char* asOf) {
    return computeDeadlines(book(), calendar(), facts, events, at(asOf));
}

std::vector<const Deadline*> ofRule(const std::vector<Deadline>& all, const char* rule) {
    std::vector<const Deadline*> out;
    for (const Deadline& d : all)
        if (d.rule->id == QLatin1String(rule))
            out.push_back(&d);
    return out;
}

Deadline only(const std::vector<Deadline>& all, const char* rule) {
    const auto found = ofRule(all, rule);
    INFO(rule);
    REQUIRE(found.size() == 1);
    return *found.front();
}

CaseFacts expecting(const QDate& due) {
    CaseFacts facts;
    facts.expectedBirth = due;
    return facts;
}

} // namespace

TEST_CASE("pre-birth: weeks of pregnancy are counted back from the expected date of delivery") {
    // Expected Wednesday 10 March 2027. Week 16 = 24 weeks before: 23 September 2026; week 28 = 12
    // weeks before: 16 December 2026; week 30 = 10 weeks before: 30 December 2026.
    const CaseFacts facts = expecting(QDate(2027, 3, 10));
    const auto all =
        run(facts,
            {ev("prebirth_professionals_meeting", "2026-08-20"),
             ev("prebirth_assessment_started", "2026-09-01"), ev("prebirth_strategy_meeting", "2026-11-30")},
            "2026-11-20");
    const Deadline plan = only(all, "prebirth.support_plan.start");
    CHECK(plan.due.toIso() == QStringLiteral("2026-09-23"));
    CHECK(plan.status == DeadlineStatus::Overdue);
    CHECK(plan.start.toIso() == QStringLiteral("2027-03-10"));
    const QString why = explainDeadline(plan, book());
    CHECK(why.contains(QStringLiteral("24 weeks before the expected date of delivery on 2027-03-10")));

    const Deadline strategy = only(all, "prebirth.strategy_meeting.by_28_weeks");
    CHECK(strategy.due.toIso() == QStringLiteral("2026-12-16"));
    CHECK(strategy.status == DeadlineStatus::Met); // the meeting on 30 November
    CHECK(strategy.doneAt->toIso() == QStringLiteral("2026-11-30"));

    const Deadline icpc = only(all, "prebirth.icpc.by_30_weeks");
    CHECK(icpc.due.toIso() == QStringLiteral("2026-12-30"));
    CHECK(icpc.status == DeadlineStatus::Upcoming);
}

TEST_CASE("pre-birth: the rules wait for the pathway and ignore an earlier pregnancy's records") {
    const CaseFacts facts = expecting(QDate(2027, 3, 10)); // the pregnancy began 3 June 2026

    SECTION("nothing recorded: no pre-birth deadline for an unborn child") {
        const auto all = run(facts, {}, "2026-11-20");
        CHECK(ofRule(all, "prebirth.support_plan.start").empty());
        CHECK(ofRule(all, "prebirth.strategy_meeting.by_28_weeks").empty());
        CHECK(ofRule(all, "prebirth.icpc.by_30_weeks").empty());
    }
    SECTION("a meeting and a conference from before this pregnancy count for nothing") {
        const auto all = run(facts,
                             {ev("prebirth_professionals_meeting", "2025-10-01"), ev("icpc", "2026-05-01"),
                              ev("prebirth_strategy_meeting", "2026-06-10")},
                             "2026-11-20");
        CHECK(ofRule(all, "prebirth.support_plan.start").empty());
        const Deadline icpc = only(all, "prebirth.icpc.by_30_weeks");
        CHECK(icpc.due.toIso() == QStringLiteral("2026-12-30"));
        CHECK_FALSE(icpc.doneAt.has_value()); // 1 May 2026 was before this pregnancy
        CHECK(icpc.status == DeadlineStatus::Upcoming);
    }
    SECTION("no expected date (a born child): no pre-birth deadline") {
        CaseFacts born;
        born.childDob = QDate(2026, 3, 10);
        const auto all = run(born, {ev("prebirth_professionals_meeting", "2026-01-01")}, "2026-11-20");
        CHECK(ofRule(all, "prebirth.support_plan.start").empty());
    }
}

TEST_CASE("pre-birth: weekly visits under the support plan until the birth") {
    // The plan began Tuesday 29 September 2026: a visit by 6 October, then 7 days after each visit.
    const auto first = run({}, {ev("prebirth_support_plan_started", "2026-09-29")}, "2026-10-01");
    CHECK(only(first, "prebirth.support_plan.visit").due.toIso() == QStringLiteral("2026-10-06"));
    const auto later = run({},
                           {ev("prebirth_support_plan_started", "2026-09-29"),
                            ev("prebirth_visit", "2026-10-05"), ev("prebirth_visit", "2026-10-13")},
                           "2026-10-14");
    CHECK(only(later, "prebirth.support_plan.visit").due.toIso() == QStringLiteral("2026-10-20"));
    const auto born = run({},
                          {ev("prebirth_support_plan_started", "2026-09-29"),
                           ev("prebirth_visit", "2026-10-05"), ev("baby_born", "2026-10-08")},
                          "2026-10-14");
    CHECK(ofRule(born, "prebirth.support_plan.visit").empty());
}

TEST_CASE("private fostering: 6 weekly visits in the first year after notification, 12 weekly after") {
    // Notified Monday 5 January 2026; the first year runs to 4 January 2027.
    SECTION("a visit on 28 December 2026 is in the first year: the next by 8 February 2027") {
        const auto all = run(
            {}, {ev("private_fostering_notified", "2026-01-05"), ev("private_fostering_visit", "2026-12-28")},
            "2027-01-10");
        const Deadline visit = only(all, "private_fostering.visit");
        CHECK(visit.due.toIso() == QStringLiteral("2027-02-08"));
        CHECK(visit.offset.amount == 6);
    }
    SECTION("a visit on the anniversary, 5 January 2027: the next by 30 March 2027") {
        const auto all =
            run({},
                {ev("private_fostering_notified", "2026-01-05"), ev("private_fostering_visit", "2026-12-28"),
                 ev("private_fostering_visit", "2027-01-05")},
                "2027-01-10");
        const Deadline visit = only(all, "private_fostering.visit");
        CHECK(visit.due.toIso() == QStringLiteral("2027-03-30"));
        CHECK(explainDeadline(visit, book()).contains(QStringLiteral("12 weeks after")));
    }
    SECTION("a new notification starts the first year again") {
        const auto all =
            run({},
                {ev("private_fostering_notified", "2025-01-06"),
                 ev("private_fostering_notified", "2026-09-01"), ev("private_fostering_visit", "2026-12-28")},
                "2027-01-10");
        CHECK(only(all, "private_fostering.visit").due.toIso() == QStringLiteral("2027-02-08"));
    }
    SECTION("no notification recorded: the stricter 6 weeks") {
        const auto all = run({}, {ev("private_fostering_visit", "2026-12-28")}, "2027-01-10");
        CHECK(only(all, "private_fostering.visit").due.toIso() == QStringLiteral("2027-02-08"));
    }
}

TEST_CASE("long-term stable homes: visits every 12 or 26 weeks, care planning every 12") {
    // A review on Thursday 1 October 2026.
    CaseFacts facts;
    facts.caredFor = true;
    const std::vector<CaseEvent> events = {ev("cared_for_review", "2026-10-01"),
                                           ev("care_planning_meeting", "2026-10-01")};
    SECTION("no stated placement type: 6 weeks and 8 weeks") {
        const auto all = run(facts, events, "2026-10-02");
        CHECK(only(all, "cared_for.visit").due.toIso() == QStringLiteral("2026-11-12"));
        CHECK(only(all, "cared_for.care_planning_meeting").due.toIso() == QStringLiteral("2026-11-26"));
    }
    SECTION("a stable home after 12 months, ratified: 12 weeks") {
        facts.placementType = QStringLiteral("long_term_stable");
        const auto all = run(facts, events, "2026-10-02");
        CHECK(only(all, "cared_for.visit").due.toIso() == QStringLiteral("2026-12-24"));
        CHECK(only(all, "cared_for.care_planning_meeting").due.toIso() == QStringLiteral("2026-12-24"));
    }
    SECTION("placed with parents, after the first review: 4 weekly") {
        facts.placementType = QStringLiteral("placed_with_parents");
        const auto all = run(facts, events, "2026-10-02");
        CHECK(only(all, "cared_for.visit").due.toIso() == QStringLiteral("2026-10-29"));
    }
    SECTION("the long-term home until 18, with consent, ratified: 26 weeks") {
        facts.placementType = QStringLiteral("long_term_to_18");
        const auto all = run(facts, events, "2026-10-02");
        CHECK(only(all, "cared_for.visit").due.toIso() == QStringLiteral("2027-04-01"));
        CHECK(only(all, "cared_for.care_planning_meeting").due.toIso() == QStringLiteral("2026-12-24"));
    }
}

TEST_CASE("MASH enquiry: red 4 hours, amber 24 hours, green 72 hours from the rating") {
    const auto all =
        run({},
            {ev("mash_enquiry_red", "2026-11-20T09:15"), ev("mash_enquiry_amber", "2026-11-20T09:15"),
             ev("mash_enquiry_green", "2026-11-20T09:15")},
            "2026-11-20T10:00");
    CHECK(only(all, "mash.enquiry.red").due.toIso() == QStringLiteral("2026-11-20T13:15"));
    CHECK(only(all, "mash.enquiry.amber").due.toIso() == QStringLiteral("2026-11-21T09:15"));
    CHECK(only(all, "mash.enquiry.green").due.toIso() == QStringLiteral("2026-11-23T09:15"));
    const auto met = run(
        {}, {ev("mash_enquiry_red", "2026-11-20T09:15"), ev("mash_enquiry_completed", "2026-11-20T12:40")},
        "2026-11-20T16:00");
    CHECK(only(met, "mash.enquiry.red").status == DeadlineStatus::Met);
}

TEST_CASE("rule book: since and recorded conditions are checked when loading") {
    const QByteArray events = R"json({"events": {"a": "a", "b": "b"}})json";
    auto bad = RuleBook::fromFiles(
        {{QStringLiteral("events.json"), events},
         {QStringLiteral("authority.json"), R"json({"rules": [{"id": "x.since", "title": "T", "source": "s",
            "lead_role": "r", "starts": "a", "offset": {"amount": 1, "unit": "days"},
            "conditions": {"since": {"event": "a"}}}]})json"}});
    REQUIRE_FALSE(bad.isOk());
    CHECK(bad.error().contains(QStringLiteral("x.since")));
    auto typo = RuleBook::fromFiles(
        {{QStringLiteral("events.json"), events},
         {QStringLiteral("authority.json"), R"json({"rules": [{"id": "x.rec", "title": "T", "source": "s",
            "lead_role": "r", "starts": "expected_birth", "direction": "before",
            "offset": {"amount": 1, "unit": "weeks"}, "conditions": {"recorded": ["bb"]}}]})json"}});
    REQUIRE_FALSE(typo.isOk());
    CHECK(typo.error().contains(QStringLiteral("\"bb\"")));
}

TEST_CASE("deadline service: pre-birth rules run once per unborn child, from its expected date") {
    test::TestDatabase t;
    const Worker sw = test::makeWorker(t.db(), QStringLiteral("Rhea Lom"), QStringLiteral("LIFT North"),
                                       QStringLiteral("social_worker"));
    Family f = test::makeFamily(t.db(), QStringLiteral("Ostler"));
    Person first = test::makePerson(QStringLiteral("Baby"), QStringLiteral("Ostler"), QDate(2027, 3, 10));
    first.dateOfBirthIsExpected = true;
    REQUIRE(
        FamilyRepository(t.db()).addMember(f.id, first, {0, QStringLiteral("child"), false, true}).isOk());
    Person second = test::makePerson(QStringLiteral("Unborn"), QStringLiteral("Ostler"), QDate(2027, 5, 5));
    second.dateOfBirthIsExpected = true;
    REQUIRE(
        FamilyRepository(t.db()).addMember(f.id, second, {0, QStringLiteral("child"), false, true}).isOk());
    Involvement inv;
    inv.familyId = f.id;
    inv.service = QStringLiteral("lift_mentoring");
    inv.referralDate = QDate(2026, 9, 1);
    inv.referralSource = QStringLiteral("school");
    inv.status = QStringLiteral("open");
    inv.openedOn = QDate(2026, 9, 7);
    inv.allocatedWorkerId = sw.id;
    REQUIRE(InvolvementRepository(t.db()).save(inv).isOk());
    DeadlineService service(t.db(), book(), calendar());
    auto record = [&](const char* kind, const QDate& date, qint64 personId) {
        RecordedEvent e;
        e.familyId = f.id;
        e.involvementId = inv.id;
        e.personId = personId;
        e.kind = QLatin1String(kind);
        e.date = date;
        auto s = service.recordEvent(e);
        INFO(s.error().toStdString());
        REQUIRE(s.isOk());
    };
    auto deadlines = [&](const char* rule) {
        auto r = service.forFamily(f.id, When{test::fixedToday(), {}}); // Friday 20 November 2026
        REQUIRE(r.isOk());
        std::vector<CaseDeadline> out;
        for (const CaseDeadline& d : r.value())
            if (d.deadline.rule->id == QLatin1String(rule))
                out.push_back(d);
        return out;
    };

    CHECK(deadlines("prebirth.support_plan.start").empty()); // nothing recorded yet

    // A family-wide meeting of professionals on 1 September 2026 falls in both pregnancies.
    record("prebirth_professionals_meeting", QDate(2026, 9, 1), 0);
    const auto plans = deadlines("prebirth.support_plan.start");
    REQUIRE(plans.size() == 2);
    for (const CaseDeadline& d : plans) {
        if (d.personId == first.id) { // 10 March 2027 - 24 weeks
            CHECK(d.deadline.due.toIso() == QStringLiteral("2026-09-23"));
            CHECK(d.deadline.status == DeadlineStatus::Overdue);
            CHECK(d.personName == QStringLiteral("Baby Ostler"));
        } else { // 5 May 2027 - 24 weeks
            CHECK(d.personId == second.id);
            CHECK(d.deadline.due.toIso() == QStringLiteral("2026-11-18"));
        }
        CHECK(d.explanation.contains(QStringLiteral("the expected date of delivery")));
    }

    // A pre-birth assessment about the second unborn child only: the 28-week meeting is that child's.
    record("prebirth_assessment_started", QDate(2026, 10, 1), second.id);
    const auto meetings = deadlines("prebirth.strategy_meeting.by_28_weeks");
    REQUIRE(meetings.size() == 1);
    CHECK(meetings.front().personId == second.id);
    CHECK(meetings.front().deadline.due.toIso() == QStringLiteral("2027-02-10")); // 5 May 2027 - 12 weeks
    CHECK(meetings.front().deadline.status == DeadlineStatus::Upcoming);
    // An unborn child's expected date is no age: no age rule runs from it.
    CHECK(deadlines("pathway.part1.start").empty());
}
