#include "calendar/workingdaycalendar.h"
#include "deadlines/engine.h"
#include "deadlines/explanation.h"
#include "deadlines/rulebook.h"
#include "deadlines/scenario.h"
#include "support/testrules.h"

#include <QElapsedTimer>
#include <QSet>

#include <catch2/catch.hpp>

using namespace waymark;

namespace {

using test::book;

When at(const char* iso) {
    return *parseWhen(QString::fromLatin1(iso));
}
QDate day(int y, int m, int d) {
    return QDate(y, m, d);
}

CaseEvent ev(const char* kind, const char* iso) {
    return {QString::fromLatin1(kind), at(iso)};
}

std::vector<Deadline> run(const CaseFacts& facts, const std::vector<CaseEvent>& events, const char* asOf,
                          const std::vector<Extension>& ext = {}, const RuleBook& rules = book()) {
    static const WorkingDayCalendar calendar;
    return computeDeadlines(rules, calendar, facts, events, at(asOf), ext);
}

// The only deadline of `rule` (REQUIREs there is exactly one).
Deadline only(const std::vector<Deadline>& all, const char* rule) { // a copy: callers pass temporaries
    const Deadline* found = nullptr;
    int n = 0;
    for (const Deadline& d : all)
        if (d.rule->id == QLatin1String(rule)) {
            found = &d;
            ++n;
        }
    INFO(rule);
    REQUIRE(n == 1);
    return *found;
}

bool has(const std::vector<Deadline>& all, const char* rule) {
    for (const Deadline& d : all)
        if (d.rule->id == QLatin1String(rule))
            return true;
    return false;
}

} // namespace

TEST_CASE("deadlines: the strategy meeting on Friday 18 December 2026 counts across Christmas and New Year") {
    const auto all = run({}, {ev("strategy_meeting", "2026-12-18")}, "2026-12-20");
    // Worked by hand: 21, 22, 23, 24 Dec; 25 (Christmas), 26-27 (weekend), 28 (Boxing Day substitute)
    // skipped; 29, 30, 31 Dec; 1 Jan skipped; 4, 5, 6 Jan.
    const Deadline& conclude = only(all, "s47.conclude");
    CHECK(conclude.due.date == day(2027, 1, 6));
    CHECK_FALSE(conclude.due.hasTime());
    CHECK(conclude.status == DeadlineStatus::Upcoming);
    REQUIRE(conclude.skipped.size() == 3);
    CHECK(conclude.skipped[0].date == day(2026, 12, 25));
    CHECK(conclude.skipped[1].date == day(2026, 12, 28));
    CHECK(conclude.skipped[2].date == day(2027, 1, 1));
    const QString why = explainDeadline(conclude, book());
    CHECK(why.contains(QStringLiteral("s47.conclude")));
    CHECK(why.contains(QStringLiteral("the strategy meeting on 2026-12-18")));
    CHECK(why.contains(QStringLiteral("10 working days")));
    CHECK(why.contains(QStringLiteral("Christmas Day 2026-12-25")));
    CHECK(why.contains(QStringLiteral("2027-01-01")));

    CHECK(only(all, "strategy.minutes").due.date == day(2026, 12, 29));
    CHECK(only(all, "icpc.held").due.date == day(2027, 1, 13));
}

TEST_CASE("deadlines: status on different days, met on time, done late") {
    const std::vector<CaseEvent> events = {ev("strategy_meeting", "2026-12-18")};
    CHECK(only(run({}, events, "2027-01-05"), "s47.conclude").status == DeadlineStatus::Upcoming);
    CHECK(only(run({}, events, "2027-01-06"), "s47.conclude").status == DeadlineStatus::DueToday);
    CHECK(only(run({}, events, "2027-01-07"), "s47.conclude").status == DeadlineStatus::Overdue);

    auto met = events;
    met.push_back(ev("s47_concluded", "2027-01-06"));
    const Deadline& onTime = only(run({}, met, "2027-02-01"), "s47.conclude");
    CHECK(onTime.status == DeadlineStatus::Met);
    CHECK(explainDeadline(onTime, book()).contains(QStringLiteral("met by")));

    auto late = events;
    late.push_back(ev("s47_concluded", "2027-01-08"));
    const Deadline& lateOne = only(run({}, late, "2027-02-01"), "s47.conclude");
    CHECK(lateOne.status == DeadlineStatus::Overdue);
    REQUIRE(lateOne.doneAt);
    CHECK(lateOne.doneAt->date == day(2027, 1, 8));

    // Met before the start does not count.
    auto early = events;
    early.push_back(ev("s47_concluded", "2026-12-01"));
    CHECK(only(run({}, early, "2026-12-20"), "s47.conclude").status == DeadlineStatus::Upcoming);
}

TEST_CASE("deadlines: the ICPC starts the first core group and recording its recommendations") {
    const auto all = run({}, {ev("icpc", "2026-12-22")}, "2026-12-22");
    // 23, 24, 29, 30, 31 Dec, 4, 5, 6, 7, 8 Jan.
    CHECK(only(all, "core_group.first").due.date == day(2027, 1, 8));
    CHECK(only(all, "icpc.recommendations_recorded").due.date == day(2026, 12, 24));
    // The first CP visit is due 20 working days after the conference until a visit is recorded.
    CHECK(only(all, "cp.visit").due.date == day(2027, 1, 22));
}

TEST_CASE("deadlines: recurring rules run from the latest occurrence") {
    const auto all =
        run({},
            {ev("icpc", "2026-09-01"), ev("core_group", "2026-10-01"), ev("core_group", "2026-10-29"),
             ev("cp_visit", "2026-11-20"), ev("cp_visit", "2026-12-10")},
            "2026-12-20");
    const Deadline& next = only(all, "core_group.next");
    CHECK(next.due.date == day(2026, 11, 26)); // 28 days after 29 October
    CHECK(next.start.date == day(2026, 10, 29));
    CHECK(next.status == DeadlineStatus::Overdue);
    // 20 working days after Thursday 10 December, skipping 25 and 28 December and 1 January.
    const Deadline& visit = only(all, "cp.visit");
    CHECK(visit.due.date == day(2027, 1, 12));
    CHECK(visit.skipped.size() == 3);

    // The plan ending stops both.
    const auto ended = run(
        {}, {ev("core_group", "2026-10-29"), ev("cp_visit", "2026-12-10"), ev("cp_plan_ended", "2026-12-15")},
        "2026-12-20");
    CHECK_FALSE(has(ended, "core_group.next"));
    CHECK_FALSE(has(ended, "cp.visit"));
}

TEST_CASE("deadlines: counting back from the conference date") {
    const auto all = run({}, {ev("icpc_scheduled", "2027-01-05")}, "2026-12-20");
    // Tuesday 5 January: Monday 4, (Friday 1 is New Year's Day), Thursday 31, Wednesday 30 December.
    const Deadline& shared = only(all, "icpc.report.shared");
    CHECK(shared.due.date == day(2026, 12, 30));
    REQUIRE(shared.skipped.size() == 1);
    CHECK(shared.skipped[0].date == day(2027, 1, 1));
    CHECK(explainDeadline(shared, book()).contains(QStringLiteral("3 working days before")));

    // Sharing the report counts after the previous conference, not before it.
    const auto met =
        run({}, {ev("icpc_scheduled", "2027-01-05"), ev("icpc_report_shared", "2026-12-29")}, "2026-12-31");
    CHECK(only(met, "icpc.report.shared").status == DeadlineStatus::Met);
}

TEST_CASE("deadlines: the assessment checkpoints across Easter and the early May bank holiday 2027") {
    // Monday 22 March 2027; Good Friday 26 March, Easter Monday 29 March, early May 3 May.
    const auto all = run({}, {ev("assessment_started", "2027-03-22")}, "2027-03-22");
    CHECK(only(all, "assessment.checkpoint.10").due.date == day(2027, 4, 7));
    CHECK(only(all, "assessment.planning_meeting").due.date == day(2027, 4, 21));
    CHECK(only(all, "assessment.checkpoint.25").due.date == day(2027, 4, 28));
    CHECK(only(all, "assessment.checkpoint.35").due.date == day(2027, 5, 13));
    CHECK(only(all, "assessment.complete").due.date == day(2027, 5, 13));
    CHECK(only(all, "assessment.complete.latest").due.date == day(2027, 5, 20));
    CHECK(only(all, "assessment.statutory").due.date == day(2027, 5, 27));
    // Age unknown: both first-visit rules show rather than none.
    CHECK(has(all, "assessment.first_visit.under_6"));
    CHECK(has(all, "assessment.first_visit.6_and_over"));

    CaseFacts five;
    five.childDob = day(2022, 1, 10);
    const auto young = run(five, {ev("assessment_started", "2027-03-22")}, "2027-03-22");
    CHECK(has(young, "assessment.first_visit.under_6"));
    CHECK_FALSE(has(young, "assessment.first_visit.6_and_over"));

    // Completing the assessment retires the checkpoints.
    const auto done = run(
        {}, {ev("assessment_started", "2027-03-22"), ev("assessment_completed", "2027-04-02")}, "2027-04-30");
    CHECK_FALSE(has(done, "assessment.checkpoint.25"));
    CHECK(only(done, "assessment.complete").status == DeadlineStatus::Met);
}

TEST_CASE("deadlines: becoming cared for, with the 72-hour placement meeting as a date and time") {
    const std::vector<CaseEvent> events = {ev("became_cared_for", "2026-11-02T16:30")};
    const auto all = run({}, events, "2026-11-03");
    CHECK(only(all, "cared_for.first_visit").due.date == day(2026, 11, 9));
    const Deadline& meeting = only(all, "cared_for.placement_meeting");
    CHECK(meeting.due.toIso() == QStringLiteral("2026-11-05T16:30"));
    CHECK(only(run({}, events, "2026-11-05T16:00"), "cared_for.placement_meeting").status ==
          DeadlineStatus::DueToday);
    CHECK(only(run({}, events, "2026-11-05T17:00"), "cared_for.placement_meeting").status ==
          DeadlineStatus::Overdue);
    auto met = events;
    met.push_back(ev("placement_meeting", "2026-11-05T15:00"));
    CHECK(only(run({}, met, "2026-11-06"), "cared_for.placement_meeting").status == DeadlineStatus::Met);

    // A date with no time: whole days, rounded up.
    CHECK(only(run({}, {ev("became_cared_for", "2026-11-02")}, "2026-11-03"), "cared_for.placement_meeting")
              .due.toIso() == QStringLiteral("2026-11-05"));
}

TEST_CASE("deadlines: pathway planning by age, only for a cared-for child, at month ends") {
    CaseFacts facts;
    facts.childDob = day(2011, 3, 31);
    CHECK_FALSE(has(run(facts, {}, "2026-12-01"), "pathway.part1.start"));

    facts.caredFor = true;
    const auto all = run(facts, {}, "2026-12-01");
    CHECK(only(all, "pathway.part1.start").due.date == day(2026, 12, 31));
    CHECK(only(all, "pathway.part1.complete").due.date == day(2027, 6, 30)); // 31 June does not exist
    CHECK(explainDeadline(only(all, "pathway.part1.start"), book())
              .contains(QStringLiteral("15 years 9 months")));

    // Cared for by event, as the CLI scenario gives it.
    CaseFacts byEvent;
    byEvent.childDob = day(2012, 2, 29);
    const auto viaEvent = run(byEvent, {ev("became_cared_for", "2020-01-01")}, "2026-12-01");
    CHECK(only(viaEvent, "pathway.part1.complete").due.date == day(2028, 5, 29));
    const auto ceased = run(
        byEvent, {ev("became_cared_for", "2020-01-01"), ev("ceased_cared_for", "2021-01-01")}, "2026-12-01");
    CHECK_FALSE(has(ceased, "pathway.part1.start"));
}

TEST_CASE("deadlines: Early Help assessment and reviews by intervention") {
    CaseFacts targeted;
    targeted.service = QStringLiteral("early_help_targeted");
    const std::vector<CaseEvent> events = {ev("engagement_started", "2026-09-01"),
                                           ev("eh_plan", "2026-10-13"), ev("eh_review", "2026-11-20")};
    const auto t = run(targeted, events, "2026-11-25");
    CHECK(only(t, "eh.assessment").due.date == day(2026, 10, 13));
    CHECK(only(t, "eh.review").due.date == day(2027, 1, 1)); // 6 weeks after the latest review

    CaseFacts intensive;
    intensive.intervention = QStringLiteral("intensive");
    const Deadline& review = only(run(intensive, events, "2026-11-25"), "eh.review");
    CHECK(review.due.date == day(2027, 2, 12)); // 12 weeks
    CHECK(explainDeadline(review, book()).contains(QStringLiteral("12 weeks")));

    CaseFacts brief;
    brief.service = QStringLiteral("early_help_brief");
    const auto b = run(brief, events, "2026-11-25");
    CHECK_FALSE(has(b, "eh.assessment"));
    CHECK_FALSE(has(b, "eh.review"));

    // Sefton's rules do not reach into an Early Help case's events, and LIFT's do not need a service.
    CHECK_FALSE(has(t, "s47.conclude"));
}

TEST_CASE("deadlines: an extension moves the due date and keeps the reason") {
    CaseFacts targeted;
    targeted.service = QStringLiteral("early_help_targeted");
    const std::vector<CaseEvent> events = {ev("engagement_started", "2026-09-01")};
    CHECK(only(run(targeted, events, "2026-10-20"), "eh.assessment").status == DeadlineStatus::Overdue);

    Extension ext;
    ext.ruleId = QStringLiteral("eh.assessment");
    ext.due = day(2026, 10, 13);
    ext.newDue = at("2026-10-27");
    ext.reason = QStringLiteral("Family in temporary accommodation; visits paused");
    ext.grantedBy = QStringLiteral("Team manager");
    const Deadline& d = only(run(targeted, events, "2026-10-20", {ext}), "eh.assessment");
    CHECK(d.due.date == day(2026, 10, 27));
    CHECK(d.originalDue.date == day(2026, 10, 13));
    CHECK(d.status == DeadlineStatus::Upcoming);
    const QString why = explainDeadline(d, book());
    CHECK(why.contains(
        QStringLiteral("extended to 2026-10-27 by Team manager: Family in temporary accommodation")));

    // An extension for another occurrence leaves this one alone.
    ext.due = day(2026, 1, 1);
    CHECK(only(run(targeted, events, "2026-10-20", {ext}), "eh.assessment").due.date == day(2026, 10, 13));
}

TEST_CASE("deadlines: LIFT and Stockport Families First") {
    const auto lift =
        run({}, {ev("lift_agreement_meeting", "2026-01-31"), ev("lift_review_scheduled", "2026-04-15")},
            "2026-02-01");
    CHECK(only(lift, "lift.finance_form").due.date == day(2026, 2, 28));
    CHECK(only(lift, "lift.agreement.review").due.date == day(2026, 4, 15));

    const auto sff = run({}, {ev("sff_referral_immediate", "2026-12-24T15:10")}, "2026-12-24");
    CHECK(only(sff, "sff.contact_social_worker.immediate").due.toIso() == QStringLiteral("2026-12-24T17:10"));
    CHECK(only(sff, "sff.named_worker").due.date == day(2026, 12, 29)); // over Christmas and Boxing Day
}

// Not a timed test (hidden tag): run by hand with `waymark_core_tests "[.bench]"` to see the cost.
TEST_CASE("deadlines: rough cost for 2,000 families", "[.bench]") {
    const std::vector<CaseEvent> events = {ev("allocated", "2026-09-01"),
                                           ev("assessment_started", "2026-09-01"),
                                           ev("strategy_meeting", "2026-09-10"),
                                           ev("icpc", "2026-10-01"),
                                           ev("core_group", "2026-10-10"),
                                           ev("core_group", "2026-11-07"),
                                           ev("cp_visit", "2026-10-15"),
                                           ev("cp_visit", "2026-11-10"),
                                           ev("engagement_started", "2026-09-05"),
                                           ev("eh_plan", "2026-10-20"),
                                           ev("became_cared_for", "2026-11-02T10:00"),
                                           ev("visit", "2026-11-03"),
                                           ev("assessment_completed", "2026-10-30"),
                                           ev("s47_concluded", "2026-09-20"),
                                           ev("case_summary_updated", "2026-10-01")};
    CaseFacts facts;
    facts.service = QStringLiteral("early_help_targeted");
    facts.childDob = QDate(2012, 5, 5);
    QElapsedTimer timer;
    timer.start();
    size_t total = 0;
    for (int i = 0; i < 2000; ++i)
        total += run(facts, events, "2026-12-01").size();
    WARN("2,000 families, " << total << " deadlines: " << timer.elapsed() << " ms");
    CHECK(total > 0);
}
