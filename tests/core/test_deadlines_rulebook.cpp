#include "calendar/workingdaycalendar.h"
#include "deadlines/engine.h"
#include "deadlines/explanation.h"
#include "deadlines/rulebook.h"
#include "deadlines/scenario.h"

#include <QSet>

#include <catch2/catch.hpp>

using namespace waymark;

namespace {

RuleBook shipped() {
    auto r = RuleBook::builtIn();
    INFO(r.error().toStdString());
    REQUIRE(r.isOk());
    return r.value();
}

const QByteArray kEvents =
    R"json({"events": {"strategy_meeting": "the strategy meeting", "done": "it being done"}})json";

QString loadError(const QByteArray& rules) {
    auto r = RuleBook::fromFiles(
        {{QStringLiteral("events.json"), kEvents}, {QStringLiteral("authority.json"), rules}});
    REQUIRE_FALSE(r.isOk());
    return r.error();
}

// A case made to satisfy one rule's conditions, with every event kind the rule starts from.
std::vector<Deadline> fire(const RuleBook& book, const Rule& rule, std::vector<CaseEvent>& events,
                           CaseFacts& facts) {
    static const WorkingDayCalendar calendar;
    const RuleConditions& c = rule.conditions;
    if (!c.services.isEmpty())
        facts.service = c.services.last();
    if (!rule.variants.empty() && !rule.variants.front().conditions.interventions.isEmpty())
        facts.intervention = rule.variants.front().conditions.interventions.first();
    else if (!c.interventions.isEmpty())
        facts.intervention = c.interventions.first();
    if (!c.placementTypes.isEmpty())
        facts.placementType = c.placementTypes.first();
    if (!c.ehOutcomes.isEmpty())
        facts.ehOutcome = c.ehOutcomes.first();
    facts.caredFor = c.caredFor.value_or(false);
    const int age = c.minAgeYears >= 0 ? c.minAgeYears : c.maxAgeYears >= 0 ? c.maxAgeYears : 10;
    facts.childDob = QDate(2026 - age, 1, 1);
    // Pre-birth rules count from the expected date of delivery and need their pathway recorded.
    if (rule.starts.contains(expectedBirthKind()))
        facts.expectedBirth = QDate(2026, 12, 1);
    for (const QString& kind : c.recorded)
        events.push_back({kind, {QDate(2026, 5, 1), {}}});
    for (const QString& kind : rule.starts)
        if (kind != childDobKind() && kind != expectedBirthKind())
            events.push_back({kind, {QDate(2026, 6, 1), {}}});
    return computeDeadlines(book, calendar, facts, events, {QDate(2026, 6, 2), {}});
}

} // namespace

TEST_CASE("rule book: the shipped files load, every rule is complete and ids are unique") {
    const RuleBook book = shipped();
    CHECK(book.rules().size() > 150);
    QSet<QString> ids;
    QHash<QString, int> bySeed;
    for (const Rule& rule : book.rules()) {
        INFO(rule.id.toStdString());
        CHECK_FALSE(ids.contains(rule.id));
        ids.insert(rule.id);
        CHECK_FALSE(rule.title.isEmpty());
        CHECK_FALSE(rule.leadRole.isEmpty());
        CHECK(rule.source.contains(QStringLiteral(".txt: ")));
        CHECK_FALSE(rule.local);
        bySeed[rule.source.left(rule.source.indexOf(QLatin1Char(':')))]++;
    }
    CHECK(bySeed.value(QStringLiteral("002_5c4b2fad3bbe01b4.txt")) > 100);
    CHECK(bySeed.value(QStringLiteral("003_ccbd38c2f9350e87.txt")) >= 20);
    CHECK(bySeed.value(QStringLiteral("000_fd911b894f924737.txt")) == 3); // review, finance form, follow-up
    CHECK(bySeed.value(QStringLiteral("004_463f7115aa0aff06.txt")) == 3);
}

TEST_CASE("rule book: the ids and meanings the command line contract promises") {
    const RuleBook book = shipped();
    struct Expect {
        const char* id;
        const char* starts;
        int amount;
        OffsetUnit unit;
        bool before;
    };
    const Expect expected[] = {
        {"s47.conclude", "strategy_meeting", 10, OffsetUnit::WorkingDays, false},
        {"icpc.held", "strategy_meeting", 15, OffsetUnit::WorkingDays, false},
        {"strategy.minutes", "strategy_meeting", 5, OffsetUnit::WorkingDays, false},
        {"core_group.first", "icpc", 10, OffsetUnit::WorkingDays, false},
        {"icpc.recommendations_recorded", "icpc", 2, OffsetUnit::WorkingDays, false},
        {"core_group.next", "core_group", 28, OffsetUnit::Days, false},
        {"cp.visit", "cp_visit", 20, OffsetUnit::WorkingDays, false},
        {"icpc.report.shared", "icpc_scheduled", 3, OffsetUnit::WorkingDays, true},
        {"assessment.checkpoint.10", "assessment_started", 10, OffsetUnit::WorkingDays, false},
        {"assessment.checkpoint.25", "assessment_started", 25, OffsetUnit::WorkingDays, false},
        {"assessment.checkpoint.35", "assessment_started", 35, OffsetUnit::WorkingDays, false},
        {"assessment.planning_meeting", "assessment_started", 20, OffsetUnit::WorkingDays, false},
        {"assessment.complete", "assessment_started", 35, OffsetUnit::WorkingDays, false},
        {"assessment.complete.latest", "assessment_started", 40, OffsetUnit::WorkingDays, false},
        {"assessment.statutory", "assessment_started", 45, OffsetUnit::WorkingDays, false},
        {"cared_for.first_visit", "became_cared_for", 7, OffsetUnit::Days, false},
        {"cared_for.placement_meeting", "became_cared_for", 72, OffsetUnit::Hours, false},
        {"eh.assessment", "engagement_started", 6, OffsetUnit::Weeks, false},
    };
    for (const Expect& e : expected) {
        INFO(e.id);
        const Rule* rule = book.find(QString::fromLatin1(e.id));
        REQUIRE(rule);
        CHECK(rule->starts.contains(QString::fromLatin1(e.starts)));
        CHECK(rule->offset.amount == e.amount);
        CHECK(rule->offset.unit == e.unit);
        CHECK(rule->before == e.before);
    }
    CHECK(book.find(QStringLiteral("core_group.next"))->recurs);
    CHECK(book.find(QStringLiteral("cp.visit"))->recurs);
    for (const char* id : {"pathway.part1.start", "pathway.part1.complete"}) {
        const Rule* rule = book.find(QString::fromLatin1(id));
        REQUIRE(rule);
        CHECK(rule->starts == QStringList{childDobKind()});
        CHECK(rule->conditions.caredFor == std::optional<bool>(true));
    }
    CHECK(book.find(QStringLiteral("pathway.part1.start"))->offset.years == 15);
    CHECK(book.find(QStringLiteral("pathway.part1.start"))->offset.months == 9);
    CHECK(book.find(QStringLiteral("pathway.part1.complete"))->offset.years == 16);
    CHECK(book.find(QStringLiteral("pathway.part1.complete"))->offset.months == 3);
    const Rule* review = book.find(QStringLiteral("eh.review"));
    REQUIRE(review);
    CHECK(review->recurs);
    CHECK(review->starts.contains(QStringLiteral("eh_plan")));
    REQUIRE(review->variants.size() == 2);
    CHECK(review->variants[0].offset.amount == 6);
    CHECK(review->variants[1].offset.amount == 12);
}

TEST_CASE("rule book: every rule is produced by at least one scenario") {
    const RuleBook book = shipped();
    QSet<QString> fired;
    for (const Rule& rule : book.rules()) {
        std::vector<CaseEvent> events;
        CaseFacts facts;
        for (const Deadline& d : fire(book, rule, events, facts)) {
            fired.insert(d.rule->id);
            CHECK_FALSE(explainDeadline(d, book).isEmpty());
        }
    }
    QStringList never;
    for (const Rule& rule : book.rules())
        if (!fired.contains(rule.id))
            never << rule.id;
    INFO(never.join(QStringLiteral(", ")).toStdString());
    CHECK(never.isEmpty());
}

TEST_CASE("rule book: loader errors name the file and the rule") {
    const QString badUnit =
        loadError(R"json({"rules": [{"id": "x.one", "title": "T", "source": "s", "lead_role": "r",
        "starts": "strategy_meeting", "offset": {"amount": 2, "unit": "fortnights"}}]})json");
    CHECK(badUnit.contains(QStringLiteral("authority.json")));
    CHECK(badUnit.contains(QStringLiteral("x.one")));
    CHECK(badUnit.contains(QStringLiteral("fortnights")));

    const QString missingId =
        loadError(R"json({"rules": [{"id": "x.ok", "title": "T", "source": "s", "lead_role": "r",
        "starts": "strategy_meeting", "offset": {"amount": 2, "unit": "days"}}, {"title": "T"}]})json");
    CHECK(missingId.contains(QStringLiteral("authority.json")));
    CHECK(missingId.contains(QStringLiteral("rules[1]")));
    CHECK(missingId.contains(QStringLiteral("missing \"id\"")));

    const QString duplicate = loadError(R"json({"rules": [
        {"id": "x.twice", "title": "T", "source": "s", "lead_role": "r", "starts": "strategy_meeting",
         "offset": {"amount": 2, "unit": "days"}},
        {"id": "x.twice", "title": "T", "source": "s", "lead_role": "r", "starts": "strategy_meeting",
         "offset": {"amount": 3, "unit": "days"}}]})json");
    CHECK(duplicate.contains(QStringLiteral("authority.json")));
    CHECK(duplicate.contains(QStringLiteral("x.twice")));
    CHECK(duplicate.contains(QStringLiteral("duplicate")));

    const QString unknownKind = loadError(R"json({"rules": [{"id": "x.typo", "title": "T", "source": "s",
        "lead_role": "r", "starts": "strategy_meting", "offset": {"amount": 2, "unit": "days"}}]})json");
    CHECK(unknownKind.contains(QStringLiteral("x.typo")));
    CHECK(unknownKind.contains(QStringLiteral("strategy_meting")));

    const QString notJson = loadError("{\"rules\": [");
    CHECK(notJson.contains(QStringLiteral("authority.json")));
}

TEST_CASE("rule book: no timescale may be longer than 100 years, so the engine neither overflows nor hangs") {
    // Found by fuzzing rules-local.json: 2000000000 working days counted for ever at start-up, and
    // 2000000000 weeks or years overflowed int in the engine.
    const auto rule = [](const char* offset) {
        return QByteArray(R"json({"rules": [{"id": "s47.conclude", "title": "T", "source": "s",
            "lead_role": "r", "starts": "strategy_meeting", "offset": )json") +
               offset + "}]}";
    };
    const RuleBook original = shipped();
    for (const char* offset :
         {R"({"amount": 2000000000, "unit": "working_days"})", R"({"amount": 26101, "unit": "working_days"})",
          R"({"amount": 2000000000, "unit": "weeks"})", R"({"amount": 2147483647, "unit": "hours"})",
          R"({"amount": 1201, "unit": "months"})", R"({"amount": 36526, "unit": "days"})",
          R"({"years": 2000000000, "months": 1})", R"({"years": 100, "months": 1})"}) {
        INFO(offset);
        RuleBook book = original;
        const Status refused = book.applyOverrides(rule(offset), QStringLiteral("rules-local.json"));
        REQUIRE_FALSE(refused.isOk());
        CHECK(refused.error().contains(QStringLiteral("rules-local.json")));
        CHECK(refused.error().contains(QStringLiteral("s47.conclude")));
        CHECK(refused.error().contains(QStringLiteral("100 years")));
        CHECK_FALSE(book.find(QStringLiteral("s47.conclude"))->local);
    }
    const QString age =
        loadError(R"json({"rules": [{"id": "x.age", "title": "T", "source": "s", "lead_role": "r",
        "starts": "strategy_meeting", "offset": {"amount": 2, "unit": "days"},
        "conditions": {"age_years": {"max": 101}}}]})json");
    CHECK(age.contains(QStringLiteral("conditions.age_years.max")));

    // The longest allowed still works out, quickly.
    RuleBook book = original;
    REQUIRE(book.applyOverrides(rule(R"({"amount": 26100, "unit": "working_days"})"),
                                QStringLiteral("rules-local.json")));
    const WorkingDayCalendar calendar;
    const When due = applyOffset(calendar, {QDate(2026, 11, 5), {}},
                                 book.find(QStringLiteral("s47.conclude"))->offset, false, nullptr);
    CHECK(due.date.year() > 2120); // about 253 working days a year
    CHECK(due.date.year() < 2135);
}

TEST_CASE("rule book: a local override replaces a rule or adds one, and is marked wherever shown") {
    RuleBook book = shipped();
    // clang-format off
    const QByteArray local = R"json({"events": {"family_time": "family time"},
      "rules": [
        {"id": "s47.conclude", "title": "Section 47 enquiry concluded (local standard)",
         "source": "Our practice standard 2027", "lead_role": "Allocated social worker",
         "starts": "strategy_meeting", "offset": {"amount": 8, "unit": "working_days"},
         "satisfied_by": "s47_concluded"},
        {"id": "local.family_time_review", "title": "Family time arrangements reviewed", "source": "Local",
         "lead_role": "Allocated social worker", "starts": "family_time", "offset": {"amount": 3, "unit": "days"}}
      ]})json";
    // clang-format on
    // A broken file changes nothing.
    CHECK_FALSE(
        book.applyOverrides(R"json({"rules": [{"id": "s47.conclude"}]})json", QStringLiteral("ours.json")));
    CHECK_FALSE(book.find(QStringLiteral("s47.conclude"))->local);

    REQUIRE(book.applyOverrides(local, QStringLiteral("ours.json")));
    const Rule* replaced = book.find(QStringLiteral("s47.conclude"));
    CHECK(replaced->local);
    CHECK(replaced->replacesBuiltIn);
    CHECK(replaced->offset.amount == 8);
    const Rule* added = book.find(QStringLiteral("local.family_time_review"));
    REQUIRE(added);
    CHECK(added->local);
    CHECK_FALSE(added->replacesBuiltIn);

    const WorkingDayCalendar calendar;
    const auto all = computeDeadlines(book, calendar, {},
                                      {{QStringLiteral("strategy_meeting"), {QDate(2026, 12, 18), {}}},
                                       {QStringLiteral("family_time"), {QDate(2026, 12, 18), {}}}},
                                      {QDate(2026, 12, 20), {}});
    bool sawReplaced = false, sawAdded = false;
    for (const Deadline& d : all) {
        if (d.rule->id == QLatin1String("s47.conclude")) {
            sawReplaced = true;
            CHECK(d.due.date == QDate(2027, 1, 4)); // 8 working days across Christmas and New Year
            CHECK(explainDeadline(d, book).contains(QStringLiteral("local override from ours.json")));
            const QJsonObject json = deadlineToJson(d, book);
            CHECK(json.value(QStringLiteral("override")).toBool());
            CHECK(json.value(QStringLiteral("origin")).toString() == QStringLiteral("local"));
        }
        if (d.rule->id == QLatin1String("local.family_time_review")) {
            sawAdded = true;
            CHECK(d.due.date == QDate(2026, 12, 21));
            CHECK(explainDeadline(d, book).contains(QStringLiteral("local rule from ours.json")));
        }
        if (d.rule->id == QLatin1String("icpc.held"))
            CHECK(deadlineToJson(d, book).value(QStringLiteral("origin")).toString() ==
                  QStringLiteral("rulebook"));
    }
    CHECK(sawReplaced);
    CHECK(sawAdded);
}

TEST_CASE("scenario: errors name the JSON field") {
    const RuleBook book = shipped();
    auto bad = parseScenario(
        R"json({"events": [{"kind": "icpc", "at": "2026-01-01"}, {"kind": "icpc", "at": "2026-01-02"},
        {"kind": "icpc", "at": "02/01/2026"}]})json",
        book);
    REQUIRE_FALSE(bad.isOk());
    CHECK(bad.error() == QStringLiteral("$.events[2].at: expected YYYY-MM-DD or YYYY-MM-DDTHH:MM"));
    CHECK(parseScenario(R"json({"case": {}})json", book).error().startsWith(QStringLiteral("$.events")));
    CHECK(parseScenario(R"json({"case": {"intervention": "huge"}, "events": []})json", book)
              .error()
              .startsWith(QStringLiteral("$.case.intervention")));
    CHECK(parseScenario(R"json({"case": {"child_dob": "2026-02-30"}, "events": []})json", book)
              .error()
              .startsWith(QStringLiteral("$.case.child_dob")));
    CHECK(parseScenario(R"json({"events": [{"kind": "icpc", "at": "2026-01-01T25:00"}]})json", book)
              .error()
              .startsWith(QStringLiteral("$.events[0].at")));
    auto ok = parseScenario(R"json({"events": [{"kind": "mystery", "at": "2026-01-01T09:15"}]})json", book);
    REQUIRE(ok.isOk());
    CHECK(ok->events.at(0).at.toIso() == QStringLiteral("2026-01-01T09:15"));
    CHECK(ok->warnings.size() == 1);
}
