#include "deadlines/engine.h"

#include <QDateTime>
#include <QHash>

#include <algorithm>

namespace waymark {

QString statusCode(DeadlineStatus status) {
    switch (status) {
    case DeadlineStatus::Met:
        return QStringLiteral("met");
    case DeadlineStatus::Upcoming:
        return QStringLiteral("upcoming");
    case DeadlineStatus::DueToday:
        return QStringLiteral("due_today");
    case DeadlineStatus::Overdue:
        return QStringLiteral("overdue");
    }
    return QString();
}

When applyOffset(const WorkingDayCalendar& calendar, const When& start, const Offset& offset, bool before,
                 std::vector<BankHoliday>* skipped) {
    const int sign = before ? -1 : 1;
    switch (offset.unit) {
    case OffsetUnit::Hours:
        if (start.hasTime()) {
            const QDateTime due =
                QDateTime(start.date, start.time).addSecs(qint64(sign) * offset.amount * 3600);
            return {due.date(), due.time()};
        }
        // A day with no time recorded may have ended late: count whole days, rounding up.
        return {start.date.addDays(sign * ((offset.amount + 23) / 24)), {}};
    case OffsetUnit::Days:
        return {start.date.addDays(sign * offset.amount), {}};
    case OffsetUnit::WorkingDays:
        return {calendar.addWorkingDays(start.date, sign * offset.amount, skipped), {}};
    case OffsetUnit::Weeks:
        return {start.date.addDays(sign * 7 * offset.amount), {}};
    case OffsetUnit::Months:
        // QDate::addMonths keeps the day, or takes the month's last day when it has fewer days.
        return {start.date.addMonths(sign * offset.amount), {}};
    case OffsetUnit::YearsMonths:
        // One step, so 29 February + 16 years 3 months is 29 May, not clamped twice.
        return {start.date.addMonths(sign * (offset.years * 12 + offset.months)), {}};
    }
    return start;
}

namespace {

using EventsByKind = QHash<QString, std::vector<const CaseEvent*>>;

struct CaseView {
    const CaseFacts& facts;
    QString intervention;
    bool caredFor = false;
    const EventsByKind* byKind = nullptr; // each in date order
};

bool recordedHolds(const RuleConditions& c, const CaseView& view) {
    if (!view.byKind)
        return false;
    const QDate expected = view.facts.expectedBirth;
    const QDate pregnancy = expected.isValid() ? expected.addDays(-280) : QDate();
    for (const QString& kind : c.recorded) {
        const auto it = view.byKind->constFind(kind);
        if (it == view.byKind->constEnd())
            continue;
        for (const CaseEvent* e : *it)
            if (!pregnancy.isValid() || pregnancy <= e->at.date)
                return true;
    }
    return false;
}

// The "since" condition: measured from the latest such event on or before the starting event, so a
// new notification (a new arrangement) starts the count again.
bool sinceHolds(const RuleConditions& c, const CaseView& view, const QDate& startDate) {
    if (c.sinceEvent.isEmpty() || !view.byKind || !startDate.isValid())
        return true;
    const auto it = view.byKind->constFind(c.sinceEvent);
    if (it == view.byKind->constEnd())
        return true;
    QDate since;
    for (const CaseEvent* e : *it)
        if (e->at.date <= startDate)
            since = e->at.date;
    if (!since.isValid())
        return true;
    if (c.sinceMinMonths >= 0 && startDate < since.addMonths(c.sinceMinMonths))
        return false;
    if (c.sinceUnderMonths >= 0 && !(startDate < since.addMonths(c.sinceUnderMonths)))
        return false;
    return true;
}

int ageOn(const QDate& dob, const QDate& day) {
    int age = day.year() - dob.year();
    if (day.month() < dob.month() || (day.month() == dob.month() && day.day() < dob.day()))
        --age;
    return age;
}

bool conditionsHold(const RuleConditions& c, const CaseView& view, const QDate& startDate) {
    const CaseFacts& f = view.facts;
    if (!c.services.isEmpty() && !f.service.isEmpty() && !c.services.contains(f.service))
        return false;
    if (!c.interventions.isEmpty() && !view.intervention.isEmpty() &&
        !c.interventions.contains(view.intervention))
        return false;
    if (!c.placementTypes.isEmpty() && !c.placementTypes.contains(f.placementType))
        return false;
    if (!c.ehOutcomes.isEmpty() && !c.ehOutcomes.contains(f.ehOutcome))
        return false;
    if (c.caredFor && *c.caredFor != view.caredFor)
        return false;
    if ((c.minAgeYears >= 0 || c.maxAgeYears >= 0) && f.childDob.isValid() && startDate.isValid()) {
        const int age = ageOn(f.childDob, startDate);
        if ((c.minAgeYears >= 0 && age < c.minAgeYears) || (c.maxAgeYears >= 0 && age > c.maxAgeYears))
            return false;
    }
    if (!c.recorded.isEmpty() && !recordedHolds(c, view))
        return false;
    return sinceHolds(c, view, startDate);
}

// The offset for this case, or nullptr when the rule (or every variant) does not apply.
const Offset* offsetFor(const Rule& rule, const CaseView& view, const QDate& startDate) {
    if (!conditionsHold(rule.conditions, view, startDate))
        return nullptr;
    if (rule.variants.empty())
        return &rule.offset;
    for (const RuleVariant& v : rule.variants)
        if (conditionsHold(v.conditions, view, startDate))
            return &v.offset;
    return nullptr;
}

DeadlineStatus statusOn(const When& due, const When& asOf) {
    if (due.hasTime() && asOf.hasTime() && due.date == asOf.date && due.time < asOf.time)
        return DeadlineStatus::Overdue; // the hour has passed today
    if (due.date > asOf.date)
        return DeadlineStatus::Upcoming;
    return due.date == asOf.date ? DeadlineStatus::DueToday : DeadlineStatus::Overdue;
}

class Computation {
public:
    Computation(const RuleBook& book, const WorkingDayCalendar& calendar, const CaseFacts& facts,
                const std::vector<CaseEvent>& events, const When& asOf,
                const std::vector<Extension>& extensions, RuleScope scope)
        : m_book(book)
        , m_calendar(calendar)
        , m_view{facts, facts.intervention, false, nullptr}
        , m_asOf(asOf)
        , m_extensions(extensions)
        , m_scope(scope) {
        m_events.reserve(events.size());
        for (const CaseEvent& e : events)
            if (e.at.isValid())
                m_events.push_back(&e);
        // The expected date of delivery starts the pre-birth rules like an event recorded on that date.
        if (facts.expectedBirth.isValid()) {
            m_expectedBirth = {expectedBirthKind(), {facts.expectedBirth, {}}};
            m_events.push_back(&m_expectedBirth);
        }
        m_view.byKind = &m_byKind;
        std::stable_sort(m_events.begin(), m_events.end(),
                         [](const CaseEvent* a, const CaseEvent* b) { return a->at < b->at; });
        for (const CaseEvent* e : m_events)
            m_byKind[e->kind].push_back(e); // still in date order
        if (m_view.intervention.isEmpty() && facts.service.startsWith(QLatin1String("early_help_")))
            m_view.intervention = facts.service.mid(11);
        if (facts.caredFor) {
            m_view.caredFor = *facts.caredFor;
        } else {
            // The latest change on or before the as-of date decides.
            for (const CaseEvent* e : m_events) {
                if (asOf.date < e->at.date)
                    break;
                if (e->kind == QLatin1String("became_cared_for"))
                    m_view.caredFor = true;
                else if (e->kind == QLatin1String("ceased_cared_for"))
                    m_view.caredFor = false;
            }
        }
    }

    std::vector<Deadline> run() {
        for (const Rule& rule : m_book.rules()) {
            const bool person = isPersonRule(rule.starts);
            if (m_scope != RuleScope::All && person != (m_scope == RuleScope::AgeRules))
                continue;
            if (rule.starts.contains(childDobKind()))
                ageRule(rule);
            else if (rule.recurs)
                recurringRule(rule);
            else
                eventRule(rule);
        }
        std::sort(m_out.begin(), m_out.end(), [](const Deadline& a, const Deadline& b) {
            if (!(a.due == b.due))
                return a.due < b.due;
            return a.rule->id < b.rule->id;
        });
        return std::move(m_out);
    }

private:
    const std::vector<const CaseEvent*>& ofKind(const QString& kind) const {
        static const std::vector<const CaseEvent*> none;
        auto it = m_byKind.constFind(kind);
        return it == m_byKind.constEnd() ? none : *it;
    }

    // The earliest satisfying event not before `notBefore` and after `after`, skipping the start itself.
    const CaseEvent* satisfaction(const Rule& rule, const CaseEvent* startEvent, const When* notBefore,
                                  const When* after) const {
        if (rule.satisfiedBy.isEmpty())
            return nullptr;
        for (const CaseEvent* e : ofKind(rule.satisfiedBy)) {
            if (e == startEvent)
                continue;
            if (notBefore && e->at < *notBefore)
                continue;
            if (after && e->at <= *after)
                continue;
            return e;
        }
        return nullptr;
    }

    bool endedAfter(const Rule& rule, const When& start) const {
        for (const QString& kind : rule.ends)
            for (const CaseEvent* e : ofKind(kind))
                if (start <= e->at && e->at.date <= m_asOf.date)
                    return true;
        return false;
    }

    void addDeadline(const Rule& rule, const Offset& offset, const QString& startKind, const When& start,
                     const CaseEvent* done) {
        Deadline d;
        d.rule = &rule;
        d.offset = offset;
        d.startKind = startKind;
        d.start = start;
        d.due = applyOffset(m_calendar, start, offset, rule.before, &d.skipped);
        if (d.skipped.size() > 1) // counting back finds them latest first; explanations read in date order
            std::sort(d.skipped.begin(), d.skipped.end(),
                      [](const BankHoliday& a, const BankHoliday& b) { return a.date < b.date; });
        d.originalDue = d.due;
        for (const Extension& ext : m_extensions)
            if (ext.ruleId == rule.id && (!ext.due.isValid() || ext.due == d.due.date) &&
                ext.newDue.isValid()) {
                d.extension = ext;
                d.due = ext.newDue;
            }
        if (done)
            d.doneAt = done->at;
        d.status = done && done->at <= d.due ? DeadlineStatus::Met : statusOn(d.due, m_asOf);
        m_out.push_back(std::move(d));
    }

    void eventRule(const Rule& rule) {
        std::vector<const CaseEvent*> starts;
        if (rule.starts.size() == 1) {
            starts = ofKind(rule.starts.front());
        } else {
            for (const QString& kind : rule.starts)
                starts.insert(starts.end(), ofKind(kind).begin(), ofKind(kind).end());
            std::stable_sort(starts.begin(), starts.end(),
                             [](const CaseEvent* a, const CaseEvent* b) { return a->at < b->at; });
        }
        const When* previousStart = nullptr;
        for (const CaseEvent* e : starts) {
            if (const Offset* offset = offsetFor(rule, m_view, e->at.date)) {
                // Counting back (reports before a conference): the work must follow the previous
                // conference; counting forward it must not precede the start.
                // Counting back from the expected date of delivery, only work done during this
                // pregnancy (40 weeks before that date) counts.
                const When pregnancy{e->at.date.addDays(-280), {}};
                const bool fromBirth = e->kind == expectedBirthKind();
                const CaseEvent* done =
                    rule.before ? satisfaction(rule, e, fromBirth ? &pregnancy : nullptr, previousStart)
                                : satisfaction(rule, e, &e->at, nullptr);
                if (done || !endedAfter(rule, e->at))
                    addDeadline(rule, *offset, e->kind, e->at, done);
            }
            previousStart = &e->at;
        }
    }

    void recurringRule(const Rule& rule) {
        // Due N after the latest starting or satisfying event: only the next one is outstanding.
        const CaseEvent* latest = nullptr;
        auto consider = [&latest](const std::vector<const CaseEvent*>& list) {
            if (!list.empty() && (!latest || !(list.back()->at < latest->at)))
                latest = list.back();
        };
        for (const QString& kind : rule.starts)
            consider(ofKind(kind));
        if (!rule.satisfiedBy.isEmpty())
            consider(ofKind(rule.satisfiedBy));
        if (!latest || endedAfter(rule, latest->at))
            return;
        if (const Offset* offset = offsetFor(rule, m_view, latest->at.date))
            addDeadline(rule, *offset, latest->kind, latest->at, nullptr);
    }

    void ageRule(const Rule& rule) {
        const QDate dob = m_view.facts.childDob;
        if (!dob.isValid())
            return;
        const Offset* offset = offsetFor(rule, m_view, m_asOf.date);
        if (!offset)
            return;
        const When start{dob, {}};
        addDeadline(rule, *offset, childDobKind(), start, satisfaction(rule, nullptr, &start, nullptr));
    }

    const RuleBook& m_book;
    const WorkingDayCalendar& m_calendar;
    CaseView m_view;
    When m_asOf;
    const std::vector<Extension>& m_extensions;
    RuleScope m_scope;
    CaseEvent m_expectedBirth;
    std::vector<const CaseEvent*> m_events; // in date order
    EventsByKind m_byKind;                  // each in date order
    std::vector<Deadline> m_out;
};

} // namespace

std::vector<Deadline> computeDeadlines(const RuleBook& book, const WorkingDayCalendar& calendar,
                                       const CaseFacts& facts, const std::vector<CaseEvent>& events,
                                       const When& asOf, const std::vector<Extension>& extensions) {
    return Computation(book, calendar, facts, events, asOf, extensions, RuleScope::All).run();
}

std::vector<Deadline> computeDeadlines(const RuleBook& book, const WorkingDayCalendar& calendar,
                                       const CaseFacts& facts, const std::vector<CaseEvent>& events,
                                       const When& asOf, const std::vector<Extension>& extensions,
                                       RuleScope scope) {
    return Computation(book, calendar, facts, events, asOf, extensions, scope).run();
}

} // namespace waymark
