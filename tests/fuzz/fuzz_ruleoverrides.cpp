#include "deadlines/engine.h"
#include "deadlines/explanation.h"
#include "deadlines/rulebook.h"
#include "fuzz/fuzzsupport.h"

#include <QSet>
#include <QStringList>

#include <optional>

namespace waymark::fuzz {

namespace {

constexpr const char* kTarget = "rule-overrides";
const QString kFileName = QStringLiteral("rules-local.json");

bool same(const Offset& a, const Offset& b) {
    return a.amount == b.amount && a.unit == b.unit && a.years == b.years && a.months == b.months;
}

bool same(const RuleConditions& a, const RuleConditions& b) {
    return a.services == b.services && a.interventions == b.interventions &&
           a.placementTypes == b.placementTypes && a.ehOutcomes == b.ehOutcomes && a.caredFor == b.caredFor &&
           a.minAgeYears == b.minAgeYears && a.maxAgeYears == b.maxAgeYears && a.sinceEvent == b.sinceEvent &&
           a.sinceMinMonths == b.sinceMinMonths && a.sinceUnderMonths == b.sinceUnderMonths &&
           a.recorded == b.recorded;
}

// Every field, so that "unchanged" means unchanged.
bool same(const Rule& a, const Rule& b) {
    if (a.variants.size() != b.variants.size())
        return false;
    for (size_t i = 0; i < a.variants.size(); ++i)
        if (!same(a.variants[i].conditions, b.variants[i].conditions) ||
            !same(a.variants[i].offset, b.variants[i].offset))
            return false;
    return a.id == b.id && a.title == b.title && a.source == b.source && a.starts == b.starts &&
           same(a.offset, b.offset) && a.before == b.before && a.recurs == b.recurs &&
           a.satisfiedBy == b.satisfiedBy && a.ends == b.ends && same(a.conditions, b.conditions) &&
           a.leadRole == b.leadRole && a.note == b.note && a.file == b.file && a.local == b.local &&
           a.replacesBuiltIn == b.replacesBuiltIn;
}

bool same(const RuleBook& a, const RuleBook& b) {
    if (a.rules().size() != b.rules().size() || a.eventKinds() != b.eventKinds())
        return false;
    for (size_t i = 0; i < a.rules().size(); ++i)
        if (!same(a.rules()[i], b.rules()[i]) || a.find(a.rules()[i].id) != &a.rules()[i])
            return false;
    return true;
}

const RuleBook& builtInBook() {
    static const std::optional<RuleBook> book = [] {
        auto loaded = RuleBook::builtIn();
        check(loaded.isOk(), kTarget, "the built-in rule book does not load: " + text(loaded.error()));
        return std::optional<RuleBook>(std::move(loaded).value());
    }();
    return *book;
}

bool isKnownKind(const RuleBook& book, const QString& kind) {
    return kind == childDobKind() || kind == expectedBirthKind() || book.isEventKind(kind);
}

// A loaded rule must be usable: every event kind it names is known, and the engine can work out
// each of its offsets, from a date and from a date and time, forwards and backwards.
void checkUsable(const RuleBook& book, const Rule& rule, const WorkingDayCalendar& calendar) {
    QStringList kinds = rule.starts + rule.ends;
    if (!rule.satisfiedBy.isEmpty())
        kinds << rule.satisfiedBy;
    for (const QString& kind : std::as_const(kinds))
        check(isKnownKind(book, kind), kTarget,
              "an accepted rule names an event kind the book does not know");
    std::vector<Offset> offsets = {rule.offset};
    for (const RuleVariant& v : rule.variants)
        offsets.push_back(v.offset);
    const QDate day(2026, 11, 5);
    for (const Offset& offset : offsets)
        for (const When& start : {When{day, {}}, When{day, QTime(16, 30)}})
            for (bool before : {false, true}) {
                std::vector<BankHoliday> skipped;
                const When due = applyOffset(calendar, start, offset, before, &skipped);
                check(due.isValid(), kTarget, "an accepted offset gives no due date");
            }
}

// Runs the whole rule book on a small case in which every starting event of the file's rules
// happened, and explains every deadline: a rule that loads must not break the engine.
void runEngine(const RuleBook& book, const WorkingDayCalendar& calendar) {
    CaseFacts facts;
    facts.childDob = QDate(2012, 2, 29);
    facts.expectedBirth = QDate(2027, 3, 1);
    std::vector<CaseEvent> events;
    QSet<QString> kinds;
    for (const Rule& rule : book.rules()) {
        if (!rule.local)
            continue;
        for (const QString& kind : rule.starts + rule.ends + QStringList{rule.satisfiedBy})
            if (!kind.isEmpty() && kind != childDobKind() && kind != expectedBirthKind())
                kinds.insert(kind);
    }
    for (const QString& kind : std::as_const(kinds)) {
        events.push_back({kind, {QDate(2026, 9, 14), QTime(9, 15)}});
        events.push_back({kind, {QDate(2026, 11, 2), {}}});
    }
    const When asOf{QDate(2026, 11, 20), QTime(12, 0)};
    for (const Deadline& d : computeDeadlines(book, calendar, facts, events, asOf)) {
        check(d.due.isValid(), kTarget, "the engine gave a deadline with no due date");
        check(!explainDeadline(d, book).isEmpty(), kTarget, "a deadline has no explanation");
    }
}

} // namespace

int fuzzRuleOverrides(const uint8_t* data, size_t size) {
    ensureApplication();
    const RuleBook& builtIn = builtInBook();
    static const WorkingDayCalendar calendar;
    const QByteArray json = bytes(data, size);

    RuleBook book = builtIn;
    const Status applied = book.applyOverrides(json, kFileName);
    if (!applied) {
        check(same(book, builtIn), kTarget,
              "a refused override file changed the rule book (error was: " + text(applied.error()) + ")");
        check(applied.error().startsWith(kFileName + QLatin1Char(':')), kTarget,
              "the refusal does not name the file: " + text(applied.error()));
        return 0;
    }

    // Accepted: the built-in rules the file did not name are untouched, and the file's rules are
    // marked local and replace a built-in rule of the same id.
    QSet<QString> localIds;
    for (const Rule& rule : book.rules()) {
        check(book.find(rule.id) == &rule, kTarget, "a rule cannot be found by its id");
        if (rule.local) {
            localIds.insert(rule.id);
            check(rule.file == kFileName, kTarget, "a local rule does not name its file");
            check(rule.replacesBuiltIn == (builtIn.find(rule.id) != nullptr), kTarget,
                  "a local rule is wrongly marked as replacing a built-in one, or not");
            checkUsable(book, rule, calendar);
        }
    }
    for (const Rule& rule : builtIn.rules()) {
        check(book.find(rule.id) != nullptr, kTarget, "an override file removed a built-in rule");
        if (!localIds.contains(rule.id))
            check(same(*book.find(rule.id), rule), kTarget,
                  "an override file changed a built-in rule it does not name");
    }
    check(book.rules().size() >= builtIn.rules().size(), kTarget, "an override file removed rules");

    // The same file applied again gives the same book: overrides replace, they do not pile up.
    RuleBook twice = book;
    const Status again = twice.applyOverrides(json, kFileName);
    check(again.isOk(), kTarget,
          "an accepted override file is refused the second time: " + text(again.error()));
    check(same(twice, book), kTarget, "applying the same override file twice changes the book");

    runEngine(book, calendar);
    return 0;
}

} // namespace waymark::fuzz
