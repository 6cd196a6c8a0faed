#include "demo/eventplanner.h"

#include <algorithm>

namespace waymark::demo {

namespace {

// Weekdays only: meetings, plans and forms happen in office hours.
QDate weekday(const QDate& d) {
    const int dow = d.dayOfWeek();
    return dow == 6 ? d.addDays(2) : dow == 7 ? d.addDays(1) : d;
}

class EventPlanner {
public:
    EventPlanner(DemoRandom& rng, const DemoFamily& family, const Involvement& inv, const QDate& today)
        : m_rng(rng)
        , m_family(family)
        , m_inv(inv)
        , m_lastDay(today.addDays(-1))
        , m_end(inv.status == QLatin1String("closed") ? inv.closedOn : today.addDays(-1)) {}

    std::vector<RecordedEvent> plan() {
        const QString& service = m_inv.service;
        if (service == QLatin1String("families_first"))
            familiesFirst();
        else {
            add("referral_received", m_inv.referralDate);
            if (m_rng.percent(90))
                add("referral_decision", weekday(m_inv.referralDate.addDays(m_rng.between(0, 2))));
        }
        if (!m_inv.openedOn.isValid()) {
            closure(false);
            return std::move(m_out);
        }
        if (service.startsWith(QLatin1String("early_help_")))
            earlyHelp();
        else if (service == QLatin1String("lift_mentoring"))
            lift();
        if ((service == QLatin1String("families_first") ||
             service == QLatin1String("early_help_intensive")) &&
            m_rng.percent(12))
            safeguarding();
        closure(service.startsWith(QLatin1String("early_help_")));
        return std::move(m_out);
    }

private:
    // Dates past the end of the work (or after yesterday) are dropped, unless the kind is a plan.
    void add(const char* kind, const QDate& date, qint64 personId = 0, bool planned = false) {
        if (!date.isValid() || date < m_inv.referralDate || (!planned && date > m_end))
            return;
        RecordedEvent e;
        e.familyId = m_inv.familyId;
        e.involvementId = m_inv.id;
        e.personId = personId;
        e.kind = QLatin1String(kind);
        e.date = date;
        e.recordedByWorkerId = m_inv.allocatedWorkerId;
        m_out.push_back(std::move(e));
    }

    const DemoMember* someChild() {
        std::vector<const DemoMember*> children;
        for (const DemoMember& m : m_family.members)
            if (m.isChild && !m.person.isUnborn() && m.person.dateOfBirth.isValid() &&
                m.person.dateOfBirth < m_inv.openedOn)
                children.push_back(&m);
        return children.empty() ? nullptr : children[size_t(m_rng.below(int(children.size())))];
    }

    void earlyHelp() {
        const bool assessed = m_inv.service != QLatin1String("early_help_brief");
        add("eh_allocated", m_inv.openedOn);
        if (m_rng.percent(85))
            add("referrer_contacted", weekday(m_inv.openedOn.addDays(m_rng.between(0, 4))));
        const QDate engaged = weekday(m_inv.openedOn.addDays(m_rng.between(1, 10)));
        add("engagement_started", engaged);
        // Case summaries: the first within 4 months, then about every 3.
        for (QDate d = engaged.addDays(m_rng.between(80, 130)); d <= m_end;
             d = d.addDays(m_rng.between(80, 100)))
            if (m_rng.percent(85))
                add("eh_case_summary", weekday(d));
        if (!assessed)
            return;
        if (m_rng.percent(8))
            return; // no assessment recorded: shows as overdue while the case is open
        const QDate assessment = weekday(engaged.addDays(m_rng.between(18, 48))); // a few finish late
        add("eh_assessment_completed", assessment);
        const QDate plan = weekday(assessment.addDays(m_rng.between(0, 7)));
        add("eh_plan", plan);
        const int interval = m_inv.service == QLatin1String("early_help_targeted") ? 42 : 84;
        for (QDate d = plan.addDays(interval + m_rng.between(-10, 6)); d <= m_end;
             d = d.addDays(interval + m_rng.between(-10, 8)))
            if (m_rng.percent(90))
                add("eh_review", weekday(d));
    }

    void lift() {
        const QDate agreement = weekday(m_inv.openedOn.addDays(m_rng.between(5, 20)));
        add("lift_agreement_meeting", agreement);
        if (agreement <= m_end) {
            // The review date set at the meeting may lie ahead of today.
            const QDate review = weekday(agreement.addDays(7 * m_rng.between(10, 14)));
            // A case closed before its review date keeps no review to do.
            if (!(m_inv.status == QLatin1String("closed") && review > m_end)) {
                add("lift_review_scheduled", review, 0, true);
                if (m_rng.percent(85))
                    add("lift_review", weekday(review.addDays(m_rng.between(-3, 10))));
            }
        }
        for (QDate d = agreement.addDays(m_rng.between(26, 33)); d <= m_end;
             d = d.addDays(m_rng.between(26, 35)))
            if (m_rng.percent(88))
                add("lift_finance_form", weekday(d));
        if (m_rng.percent(8)) {
            if (const DemoMember* child = someChild()) {
                const QDate cared = m_inv.openedOn.addDays(m_rng.between(10, 60));
                add("became_cared_for", cared, child->person.id);
                if (m_rng.percent(85))
                    add("placement_meeting", weekday(cared.addDays(m_rng.between(1, 3))), child->person.id);
                if (m_rng.percent(85))
                    add("cared_for_visit", cared.addDays(m_rng.between(2, 8)), child->person.id);
            }
        }
    }

    void familiesFirst() {
        const bool immediate = m_rng.percent(15);
        add(immediate ? "sff_referral_immediate" : "sff_referral", m_inv.referralDate);
        if (m_rng.percent(92))
            add("sff_social_worker_contacted", m_inv.referralDate);
        if (m_rng.percent(90))
            add("sff_worker_allocated", weekday(m_inv.referralDate.addDays(m_rng.between(0, 1))));
    }

    void safeguarding() {
        const DemoMember* child = someChild();
        const qint64 personId = child ? child->person.id : 0;
        const QDate strategy = weekday(m_inv.openedOn.addDays(m_rng.between(5, 40)));
        if (strategy > m_end)
            return;
        add("strategy_meeting", strategy, personId);
        add("strategy_decisions_shared", strategy);
        if (m_rng.percent(85))
            add("strategy_minutes_distributed", weekday(strategy.addDays(m_rng.between(2, 7))));
        add("child_seen", strategy, personId);
        add("s47_manager_discussion", weekday(strategy.addDays(m_rng.between(2, 6))));
        add("s47_concluded", weekday(strategy.addDays(m_rng.between(6, 15))));
        if (!m_rng.percent(50))
            return;
        const QDate icpc = weekday(strategy.addDays(m_rng.between(12, 22)));
        add("icpc", icpc, personId);
        add("icpc_recommendations_recorded", weekday(icpc.addDays(m_rng.between(0, 2))));
        add("conference_decisions_signed_off", weekday(icpc.addDays(1)));
        add("conference_minutes_circulated", weekday(icpc.addDays(m_rng.between(3, 8))));
        for (QDate d = weekday(icpc.addDays(m_rng.between(7, 14))); d <= m_end;
             d = weekday(d.addDays(m_rng.between(24, 30))))
            add("core_group", d);
        for (QDate d = weekday(icpc.addDays(m_rng.between(5, 15))); d <= m_end;
             d = weekday(d.addDays(m_rng.between(10, 24))))
            add("cp_visit", d, personId);
    }

    void closure(bool earlyHelp) {
        if (m_inv.status != QLatin1String("closed"))
            return;
        if (earlyHelp && m_inv.openedOn.isValid()) {
            add("closure_planned", m_inv.closedOn, 0, true);
            if (m_rng.percent(75))
                add("eh_review", weekday(m_inv.closedOn.addDays(-m_rng.between(3, 13))));
        }
        add("case_closed", m_inv.closedOn);
    }

    DemoRandom& m_rng;
    const DemoFamily& m_family;
    const Involvement& m_inv;
    QDate m_lastDay;
    QDate m_end;
    std::vector<RecordedEvent> m_out;
};

} // namespace

std::vector<RecordedEvent> planEvents(DemoRandom& rng, const DemoFamily& family,
                                      const Involvement& involvement, const QDate& today) {
    std::vector<RecordedEvent> events = EventPlanner(rng, family, involvement, today).plan();
    std::stable_sort(events.begin(), events.end(),
                     [](const RecordedEvent& a, const RecordedEvent& b) { return a.date < b.date; });
    return events;
}

} // namespace waymark::demo
