#include "calendar/workingdaycalendar.h"
#include "deadlines/deadlineservice.h"
#include "deadlines/rulebook.h"
#include "storage/familyrepository.h"
#include "storage/involvementrepository.h"
#include "support/testdatabase.h"
#include "support/testrules.h"

#include <catch2/catch.hpp>

using namespace waymark;

namespace {

using test::book;
using test::calendar;

// test::fixedToday() is Friday 20 November 2026.
When asOf() {
    return When{test::fixedToday(), {}};
}

Involvement openCase(Database& db, qint64 familyId, const QString& service, qint64 workerId,
                     const QString& status = QStringLiteral("open")) {
    Involvement inv;
    inv.familyId = familyId;
    inv.service = service;
    inv.referralDate = QDate(2026, 9, 1);
    inv.referralSource = QStringLiteral("school");
    inv.status = status;
    inv.openedOn = QDate(2026, 9, 7);
    inv.allocatedWorkerId = workerId;
    if (status == QLatin1String("closed")) {
        inv.closedOn = QDate(2026, 11, 2);
        inv.closureOutcome = QStringLiteral("family_met_outcomes");
    }
    auto saved = InvolvementRepository(db).save(inv);
    INFO(saved.error().toStdString());
    REQUIRE(saved.isOk());
    return inv;
}

RecordedEvent event(qint64 familyId, qint64 involvementId, const char* kind, const QDate& date,
                    qint64 personId = 0) {
    RecordedEvent e;
    e.familyId = familyId;
    e.involvementId = involvementId;
    e.personId = personId;
    e.kind = QLatin1String(kind);
    e.date = date;
    return e;
}

void record(DeadlineService& service, RecordedEvent e) {
    auto s = service.recordEvent(e);
    INFO(s.error().toStdString());
    REQUIRE(s.isOk());
    REQUIRE(e.id > 0);
}

std::vector<CaseDeadline> forFamily(const DeadlineService& service, qint64 familyId) {
    auto r = service.forFamily(familyId, asOf());
    INFO(r.error().toStdString());
    REQUIRE(r.isOk());
    return r.value();
}

std::vector<const CaseDeadline*> ofRule(const std::vector<CaseDeadline>& all, const char* rule) {
    std::vector<const CaseDeadline*> out;
    for (const CaseDeadline& d : all)
        if (d.deadline.rule->id == QLatin1String(rule))
            out.push_back(&d);
    return out;
}

const CaseDeadline& only(const std::vector<CaseDeadline>& all, const char* rule) {
    const auto found = ofRule(all, rule);
    INFO(rule);
    REQUIRE(found.size() == 1);
    return *found.front();
}

qint64 memberWithRelationship(const Family& f, const char* relationship) {
    for (const FamilyMember& m : f.members)
        if (m.relationship == QLatin1String(relationship))
            return m.personId;
    return 0;
}

} // namespace

TEST_CASE("deadline service: an Early Help plan on a targeted case makes the review due 6 weeks later") {
    test::TestDatabase t;
    const Worker fsw = test::makeWorker(t.db(), QStringLiteral("Ida Fenn"), QStringLiteral("Blaby"));
    const Family f = test::makeFamily(t.db(), QStringLiteral("Quill"));
    const Involvement inv = openCase(t.db(), f.id, QStringLiteral("early_help_targeted"), fsw.id);
    DeadlineService service(t.db(), book(), calendar());

    record(service, event(f.id, inv.id, "engagement_started", QDate(2026, 9, 8)));
    record(service, event(f.id, inv.id, "eh_plan", QDate(2026, 10, 19)));

    const auto all = forFamily(service, f.id);
    const CaseDeadline& review = only(all, "eh.review");
    CHECK(review.deadline.due.toIso() == QStringLiteral("2026-11-30")); // Monday 19 October + 6 weeks
    CHECK(review.deadline.status == DeadlineStatus::Upcoming);
    CHECK(review.familyId == f.id);
    CHECK(review.familyName == QStringLiteral("Quill family"));
    CHECK(review.involvementId == inv.id);
    CHECK(review.service == QStringLiteral("early_help_targeted"));
    CHECK(review.allocatedWorkerId == fsw.id);
    CHECK(review.allocatedWorkerName == QStringLiteral("Ida Fenn"));
    CHECK(review.personId == 0);
    CHECK(review.explanation.contains(QStringLiteral("Early Help plan on 2026-10-19")));

    // engagement on Tuesday 8 September: the assessment is due 6 weeks later, and is overdue.
    const CaseDeadline& assessment = only(all, "eh.assessment");
    CHECK(assessment.deadline.due.toIso() == QStringLiteral("2026-10-20"));
    CHECK(assessment.deadline.status == DeadlineStatus::Overdue);

    // Sorted by due date.
    for (size_t i = 1; i < all.size(); ++i)
        CHECK_FALSE(all[i].deadline.due < all[i - 1].deadline.due);

    SECTION("an intensive case waits 12 weeks") {
        Involvement changed = inv;
        changed.service = QStringLiteral("early_help_intensive");
        REQUIRE(InvolvementRepository(t.db()).save(changed).isOk());
        CHECK(only(forFamily(service, f.id), "eh.review").deadline.due.toIso() ==
              QStringLiteral("2027-01-11"));
    }
    SECTION("a family-wide event counts for every involvement, an involvement's only for its own") {
        const Involvement second = openCase(t.db(), f.id, QStringLiteral("early_help_targeted"), fsw.id);
        record(service, event(f.id, 0, "eh_review", QDate(2026, 11, 2)));
        const auto now = forFamily(service, f.id);
        const auto reviews = ofRule(now, "eh.review");
        REQUIRE(reviews.size() == 2);
        for (const CaseDeadline* d : reviews) {
            // first case: latest of the plan (19 Oct) and the review (2 Nov); second: the review only
            CHECK(d->deadline.due.toIso() == QStringLiteral("2026-12-14"));
        }
        CHECK(ofRule(now, "eh.assessment").size() == 1); // engagement belongs to the first case only
        CHECK(ofRule(now, "eh.assessment").front()->involvementId == inv.id);
        (void)second;
    }
}

TEST_CASE("deadline service: age rules run once per child, from that child's own events") {
    test::TestDatabase t;
    const Worker sw = test::makeWorker(t.db(), QStringLiteral("Rhea Lom"), QStringLiteral("LIFT North"),
                                       QStringLiteral("social_worker"));
    Family f = test::makeFamily(t.db(), QStringLiteral("Ostler"));
    Person older = test::makePerson(QStringLiteral("Wren"), QStringLiteral("Ostler"), QDate(2010, 6, 1));
    REQUIRE(
        FamilyRepository(t.db()).addMember(f.id, older, {0, QStringLiteral("child"), false, true}).isOk());
    Person sibling = test::makePerson(QStringLiteral("Sol"), QStringLiteral("Ostler"), QDate(2010, 12, 1));
    REQUIRE(
        FamilyRepository(t.db()).addMember(f.id, sibling, {0, QStringLiteral("child"), false, true}).isOk());
    const Involvement inv = openCase(t.db(), f.id, QStringLiteral("lift_mentoring"), sw.id);
    DeadlineService service(t.db(), book(), calendar());

    // Nobody is cared for yet: no pathway deadlines for anyone.
    CHECK(ofRule(forFamily(service, f.id), "pathway.part1.start").empty());

    record(service, event(f.id, inv.id, "became_cared_for", QDate(2026, 6, 1), older.id));
    const auto all = forFamily(service, f.id);
    const CaseDeadline& start = only(all, "pathway.part1.start");
    CHECK(start.personId == older.id);
    CHECK(start.personName == QStringLiteral("Wren Ostler"));
    CHECK(start.deadline.due.toIso() == QStringLiteral("2026-03-01")); // 1 June 2010 + 15 years 9 months
    CHECK(start.deadline.status == DeadlineStatus::Overdue);
    CHECK(only(all, "pathway.part1.complete").deadline.due.toIso() == QStringLiteral("2026-09-01"));

    // The case-level deadline the event starts names the child too.
    const CaseDeadline& visit = only(all, "cared_for.first_visit");
    CHECK(visit.deadline.due.toIso() == QStringLiteral("2026-06-08"));
    CHECK(visit.personId == older.id);

    SECTION("a family-wide cared-for event applies to every child") {
        record(service, event(f.id, 0, "became_cared_for", QDate(2026, 7, 1)));
        const auto now = forFamily(service, f.id);
        const auto starts = ofRule(now, "pathway.part1.start");
        REQUIRE(starts.size() == 3); // Tobin (2016), Wren and Sol
        QList<qint64> people;
        for (const CaseDeadline* d : starts)
            people << d->personId;
        CHECK(people.contains(older.id));
        CHECK(people.contains(sibling.id));
        CHECK(people.contains(memberWithRelationship(f, "child")));
    }
}

TEST_CASE("deadline service: closed involvements give no deadlines") {
    test::TestDatabase t;
    const Worker fsw = test::makeWorker(t.db(), QStringLiteral("Ida Fenn"), QStringLiteral("Blaby"));
    const Family f = test::makeFamily(t.db(), QStringLiteral("Quill"));
    const Involvement inv =
        openCase(t.db(), f.id, QStringLiteral("early_help_targeted"), fsw.id, QStringLiteral("closed"));
    DeadlineService service(t.db(), book(), calendar());
    record(service, event(f.id, inv.id, "eh_plan", QDate(2026, 10, 19)));
    record(service, event(f.id, 0, "strategy_meeting", QDate(2026, 10, 20)));
    CHECK(forFamily(service, f.id).empty());
    auto everyone = service.all(asOf());
    REQUIRE(everyone.isOk());
    CHECK(everyone->empty());
}

TEST_CASE("deadline service: forWorkers keeps only cases allocated to the given workers") {
    test::TestDatabase t;
    const Worker ida = test::makeWorker(t.db(), QStringLiteral("Ida Fenn"), QStringLiteral("Blaby"));
    const Worker jo = test::makeWorker(t.db(), QStringLiteral("Jo Marr"), QStringLiteral("Blaby"));
    const Family a = test::makeFamily(t.db(), QStringLiteral("Quill"));
    const Family b = test::makeFamily(t.db(), QStringLiteral("Ostler"));
    const Involvement ia = openCase(t.db(), a.id, QStringLiteral("early_help_targeted"), ida.id);
    const Involvement ib = openCase(t.db(), b.id, QStringLiteral("early_help_targeted"), jo.id);
    DeadlineService service(t.db(), book(), calendar());
    record(service, event(a.id, ia.id, "eh_plan", QDate(2026, 10, 19)));
    record(service, event(b.id, ib.id, "eh_plan", QDate(2026, 10, 26)));

    auto mine = service.forWorkers({ida.id}, asOf());
    REQUIRE(mine.isOk());
    REQUIRE_FALSE(mine->empty());
    for (const CaseDeadline& d : *mine) {
        CHECK(d.allocatedWorkerId == ida.id);
        CHECK(d.familyId == a.id);
    }
    auto team = service.forWorkers({ida.id, jo.id}, asOf());
    REQUIRE(team.isOk());
    CHECK(ofRule(*team, "eh.review").size() == 2);
    auto all = service.all(asOf());
    REQUIRE(all.isOk());
    CHECK(all->size() == team->size());
    auto nobody = service.forWorkers({}, asOf());
    REQUIRE(nobody.isOk());
    CHECK(nobody->empty());
}

TEST_CASE("deadline service: events that make no sense are refused and nothing is stored") {
    test::TestDatabase t;
    const Worker fsw = test::makeWorker(t.db(), QStringLiteral("Ida Fenn"), QStringLiteral("Blaby"));
    const Family f = test::makeFamily(t.db(), QStringLiteral("Quill"));
    const Family other = test::makeFamily(t.db(), QStringLiteral("Ostler"));
    const Involvement inv = openCase(t.db(), f.id, QStringLiteral("early_help_targeted"), fsw.id);
    const Involvement otherInv = openCase(t.db(), other.id, QStringLiteral("early_help_targeted"), fsw.id);
    DeadlineService service(t.db(), book(), calendar());

    auto refused = [&](RecordedEvent e, const char* words) {
        const Status s = service.recordEvent(e);
        REQUIRE_FALSE(s.isOk());
        INFO(s.error().toStdString());
        CHECK(s.error().contains(QLatin1String(words)));
        CHECK(e.id == 0);
    };
    refused(event(f.id, inv.id, "eh_plna", QDate(2026, 10, 19)), "not an event kind");
    refused(event(f.id, inv.id, "eh_plan", QDate()), "valid date");
    refused(event(f.id, inv.id, "eh_plan", QDate(2026, 11, 21)), "in the future");
    refused(event(f.id, inv.id, "eh_plan", QDate(2026, 10, 19), memberWithRelationship(other, "child")),
            "not a member of this family");
    refused(event(f.id, otherInv.id, "eh_plan", QDate(2026, 10, 19)), "not one of this family");
    refused(event(999, 0, "eh_plan", QDate(2026, 10, 19)), "no family");
    CHECK(service.eventsForFamily(f.id).empty());

    // A date that is a plan may lie ahead: the conference date, the LIFT review date.
    RecordedEvent planned = event(f.id, inv.id, "icpc_scheduled", QDate(2026, 12, 9));
    REQUIRE(service.recordEvent(planned).isOk());
    CHECK(only(forFamily(service, f.id), "icpc.report.shared").deadline.due.toIso() ==
          QStringLiteral("2026-12-04")); // 3 working days before Wednesday 9 December
}

TEST_CASE("deadline service: only a team manager grants an extension, with a reason, and it shows") {
    test::TestDatabase t;
    const Worker fsw = test::makeWorker(t.db(), QStringLiteral("Ida Fenn"), QStringLiteral("Blaby"));
    const Worker manager = test::makeWorker(t.db(), QStringLiteral("Orla Pike"), QStringLiteral("Blaby"),
                                            QStringLiteral("team_manager"));
    const Family f = test::makeFamily(t.db(), QStringLiteral("Quill"));
    const Involvement inv = openCase(t.db(), f.id, QStringLiteral("early_help_targeted"), fsw.id);
    DeadlineService service(t.db(), book(), calendar());
    record(service, event(f.id, inv.id, "engagement_started", QDate(2026, 9, 8)));
    REQUIRE(only(forFamily(service, f.id), "eh.assessment").deadline.status == DeadlineStatus::Overdue);

    RecordedExtension x;
    x.familyId = f.id;
    x.involvementId = inv.id;
    x.ruleId = QStringLiteral("eh.assessment");
    x.originalDue = QDate(2026, 10, 20);
    x.newDue = QDate(2026, 12, 1);
    x.reason = QStringLiteral("Family in hospital for three weeks");
    x.grantedByWorkerId = fsw.id;

    auto refused = [&](RecordedExtension bad, const char* words) {
        const Status s = service.grantExtension(bad);
        REQUIRE_FALSE(s.isOk());
        INFO(s.error().toStdString());
        CHECK(s.error().contains(QLatin1String(words)));
    };
    refused(x, "Only a team manager can grant an extension");
    x.grantedByWorkerId = manager.id;
    RecordedExtension noReason = x;
    noReason.reason = QStringLiteral("   ");
    refused(noReason, "reason");
    RecordedExtension earlier = x;
    earlier.newDue = QDate(2026, 10, 19);
    refused(earlier, "later than the original");
    RecordedExtension unknownRule = x;
    unknownRule.ruleId = QStringLiteral("eh.nothing");
    refused(unknownRule, "no rule");
    CHECK(service.extensionsForFamily(f.id).empty());

    REQUIRE(service.grantExtension(x).isOk());
    CHECK(x.id > 0);
    auto check = [&] {
        const auto all = forFamily(service, f.id);
        const CaseDeadline& d = only(all, "eh.assessment");
        CHECK(d.deadline.due.toIso() == QStringLiteral("2026-12-01"));
        CHECK(d.deadline.originalDue.toIso() == QStringLiteral("2026-10-20"));
        CHECK(d.deadline.status == DeadlineStatus::Upcoming);
        REQUIRE(d.deadline.extension.has_value());
        CHECK(d.deadline.extension->grantedBy == QStringLiteral("Orla Pike"));
        CHECK(d.explanation.contains(QStringLiteral("Family in hospital for three weeks")));
        CHECK(d.explanation.contains(QStringLiteral("Orla Pike")));
    };
    check();

    SECTION("events and extensions survive closing and reopening the file") {
        const auto before = forFamily(service, f.id);
        t.reopen();
        DeadlineService reopened(t.db(), book(), calendar());
        const auto events = reopened.eventsForFamily(f.id);
        REQUIRE(events.size() == 1);
        CHECK(events[0].kind == QStringLiteral("engagement_started"));
        CHECK(events[0].date == QDate(2026, 9, 8));
        CHECK(events[0].involvementId == inv.id);
        CHECK(events[0].createdAt.isValid());
        const auto extensions = reopened.extensionsForFamily(f.id);
        REQUIRE(extensions.size() == 1);
        CHECK(extensions[0].reason == x.reason);
        CHECK(extensions[0].grantedByWorkerId == manager.id);
        CHECK(extensions[0].grantedAt == x.grantedAt);
        auto after = reopened.forFamily(f.id, asOf());
        REQUIRE(after.isOk());
        REQUIRE(after->size() == before.size());
        for (size_t i = 0; i < before.size(); ++i) {
            CHECK(after->at(i).explanation == before[i].explanation);
            CHECK(after->at(i).deadline.due == before[i].deadline.due);
        }
    }
    SECTION("removing an event removes its deadlines") {
        REQUIRE(service.removeEvent(service.eventsForFamily(f.id).front().id).isOk());
        CHECK(ofRule(forFamily(service, f.id), "eh.assessment").empty());
        CHECK_FALSE(service.removeEvent(12345).isOk());
    }
}

TEST_CASE("deadline service: a stored placement type sets the statutory visit interval") {
    test::TestDatabase t;
    const Worker sw = test::makeWorker(t.db(), QStringLiteral("Saoirse Venn"), QStringLiteral("Sefton CIC"),
                                       QStringLiteral("social_worker"));
    const Family f = test::makeFamily(t.db(), QStringLiteral("Thwaite"), QDate(2014, 4, 4));
    Involvement inv = openCase(t.db(), f.id, QStringLiteral("lift_mentoring"), sw.id);
    DeadlineService service(t.db(), book(), calendar());
    record(service, event(f.id, inv.id, "became_cared_for", QDate(2025, 1, 6)));
    record(service, event(f.id, inv.id, "cared_for_review", QDate(2026, 10, 5)));
    // Foster care: 6 weeks after the latest review.
    CHECK(only(forFamily(service, f.id), "cared_for.visit").deadline.due.date == QDate(2026, 11, 16));
    // Ratified as a long-term stable home: 12 weeks.
    inv.placementType = QStringLiteral("long_term_stable");
    REQUIRE(InvolvementRepository(t.db()).save(inv).isOk());
    CHECK(only(forFamily(service, f.id), "cared_for.visit").deadline.due.date == QDate(2026, 12, 28));
    // A long-term home until 18: 26 weeks.
    inv.placementType = QStringLiteral("long_term_to_18");
    REQUIRE(InvolvementRepository(t.db()).save(inv).isOk());
    CHECK(only(forFamily(service, f.id), "cared_for.visit").deadline.due.date == QDate(2027, 4, 5));
    // Not a placement type Waymark knows: refused, nothing changed.
    inv.placementType = QStringLiteral("tent");
    CHECK_FALSE(InvolvementRepository(t.db()).save(inv).isOk());
    CHECK(InvolvementRepository(t.db()).get(inv.id)->placementType == QStringLiteral("long_term_to_18"));
}
