#include "demo/liftplanner.h"

#include "demo/fictionalnames.h"

#include <QSet>

#include <algorithm>

namespace waymark::demo {

namespace {

// The towns mentors live in: foster carers across the county, not only where the families are.
const DemoTown kMentorTowns[] = {
    {"Preston", "PR1", Region::Lancashire, team::lift_north},
    {"Blackburn", "BB1", Region::Lancashire, team::lift_east},
    {"Burnley", "BB11", Region::Lancashire, team::lift_east},
    {"Lancaster", "LA1", Region::Lancashire, team::lift_north},
    {"Blackpool", "FY1", Region::Lancashire, team::lift_north},
    {"Chorley", "PR7", Region::Lancashire, team::lift_east},
    {"Accrington", "BB5", Region::Lancashire, team::lift_east},
    {"Skelmersdale", "WN8", Region::Lancashire, team::lift_east},
    {"Morecambe", "LA4", Region::Lancashire, team::lift_north},
    {"Fleetwood", "FY7", Region::Lancashire, team::lift_north},
};

QString text(const char* s) {
    return QString::fromUtf8(s);
}

QDate weekday(const QDate& d) {
    const int dow = d.dayOfWeek();
    return dow == 6 ? d.addDays(2) : dow == 7 ? d.addDays(1) : d;
}

QDate firstOfMonth(const QDate& d) {
    return QDate(d.year(), d.month(), 1);
}

QString personName(DemoRandom& rng, bool female) {
    const NameGroup& group = pickNameGroup(rng);
    const char* given = female ? rng.pickFrom(group.femaleAdults) : rng.pickFrom(group.maleAdults);
    return text(given) + QLatin1Char(' ') + text(rng.pickFrom(group.surnames));
}

// Spoken down the phone, so two ordinary words nobody would say by accident.
QString codeWord(DemoRandom& rng) {
    static const char* const first[] = {"amber",  "silver",  "purple", "golden",
                                        "copper", "crimson", "quiet",  "early"};
    static const char* const second[] = {"lighthouse", "marmalade", "umbrella", "kestrel", "teapot",
                                         "harbour",    "bluebell",  "lantern",  "thimble", "pennant"};
    return text(rng.pick(first)) + QLatin1Char(' ') + text(rng.pick(second));
}

QStringList someSupport(DemoRandom& rng, QStringList base, int extra) {
    static const char* const all[] = {"day_respite", "behaviour_management", "boundaries",
                                      "routines_organisation", "linking_support"};
    for (int i = 0; i < extra; ++i) {
        const QString code = text(rng.pick(all));
        if (!base.contains(code))
            base << code;
    }
    return base;
}

class LiftPlanner {
public:
    LiftPlanner(DemoRandom& rng, const DemoFamily& family, const Involvement& inv, const QString& aim,
                std::vector<MentorChoice>& mentors, std::vector<RecordedEvent>& events, const QDate& today)
        : m_rng(rng)
        , m_family(family)
        , m_inv(inv)
        , m_aim(aim.isEmpty() ? QStringLiteral("cin_prevent_care") : aim)
        , m_mentors(mentors)
        , m_events(events)
        , m_lastDay(today.addDays(-1))
        , m_closed(inv.status == QLatin1String("closed"))
        , m_end(m_closed ? inv.closedOn : today.addDays(-1)) {}

    PlannedLift plan() {
        referral();
        if (m_inv.openedOn.isValid() && !m_mentors.empty()) {
            links();
            meetings();
            finance();
            closure();
        }
        std::stable_sort(m_events.begin(), m_events.end(),
                         [](const RecordedEvent& a, const RecordedEvent& b) { return a.date < b.date; });
        return std::move(m_out);
    }

private:
    QDate eventDate(const char* kind) const {
        for (const RecordedEvent& e : m_events)
            if (e.kind == QLatin1String(kind))
                return e.date;
        return QDate();
    }

    void addEvent(const char* kind, const QDate& date) {
        RecordedEvent e;
        e.familyId = m_inv.familyId;
        e.involvementId = m_inv.id;
        e.kind = QLatin1String(kind);
        e.date = date;
        e.recordedByWorkerId = m_inv.allocatedWorkerId;
        m_events.push_back(std::move(e));
    }

    void referral() {
        LiftReferral& r = m_out.referral;
        r.aim = m_aim;
        r.locality = text(m_family.town->name);
        if (m_aim == QLatin1String("rehabilitation_home"))
            r.supportNeeded = someSupport(m_rng, {QStringLiteral("routines_organisation")}, m_rng.below(3));
        else if (m_aim == QLatin1String("post_adoption"))
            r.supportNeeded = someSupport(m_rng, {QStringLiteral("behaviour_management")}, m_rng.below(3));
        else if (m_aim == QLatin1String("foster_placement"))
            r.supportNeeded = someSupport(m_rng, {QStringLiteral("behaviour_management")}, m_rng.below(2));
        else if (m_aim == QLatin1String("respite_breaking_point"))
            r.supportNeeded = someSupport(m_rng, {QStringLiteral("day_respite")}, m_rng.below(3));
        else
            r.supportNeeded = someSupport(m_rng, {QStringLiteral("boundaries")}, 1 + m_rng.below(2));
        if (m_aim == QLatin1String("post_adoption"))
            r.legalOrder = m_family.adoptive || m_rng.percent(60)
                               ? QStringLiteral("adoption_order")
                               : QStringLiteral("special_guardianship_order");

        if (m_closed && !m_inv.openedOn.isValid()) {
            r.decision = QStringLiteral("not_appropriate");
            if (m_inv.closureOutcome == QLatin1String("family_refused")) {
                r.decisionReason = QStringLiteral("The family did not wish to take part: LIFT is voluntary.");
            } else {
                static const char* const reasons[] = {
                    "The CCSW's risk assessment found a mentor's visits would not be safe at present.",
                    "The needs are being met by the Early Help team; no further action for LIFT.",
                    "The referral asks for overnight care, which LIFT mentors do not provide.",
                    "No aim of the project fits: signposted to the local family hub instead.",
                };
                r.decisionReason = text(m_rng.pick(reasons));
            }
            r.familyWishesToTakePart = m_inv.closureOutcome != QLatin1String("family_refused");
            return;
        }
        if (!m_inv.openedOn.isValid() && m_rng.percent(35)) {
            r.decision = QStringLiteral("pending"); // waiting for the CCSW's risk assessment
            return;
        }
        r.decision = QStringLiteral("appropriate");
        r.familyWishesToTakePart = true;
        const QDate latest = m_inv.openedOn.isValid() ? m_inv.openedOn : m_lastDay;
        r.riskAssessedOn = std::min(weekday(m_inv.referralDate.addDays(m_rng.between(0, 6))), latest);
    }

    MentorChoice& chooseMentor(qint64 avoid) {
        const QString team = QLatin1String(m_family.town->localTeam);
        std::vector<MentorChoice*> near, any;
        for (MentorChoice& m : m_mentors) {
            if (m.id == avoid)
                continue;
            any.push_back(&m);
            if (m.team == team)
                near.push_back(&m);
        }
        if (any.empty())
            return m_mentors.front();
        const auto& pool = !near.empty() && m_rng.percent(85) ? near : any;
        if (m_closed) // past work: anyone in the pool
            return *pool[size_t(m_rng.below(int(pool.size())))];
        // Work now goes to the least busy, as a coordinator would share it out.
        return **std::min_element(pool.begin(), pool.end(), [](const MentorChoice* a, const MentorChoice* b) {
            return a->currentFamilies < b->currentFamilies;
        });
    }

    void links() {
        const MentorChoice& first = chooseMentor(0);
        MentorLink link;
        link.mentorId = first.id;
        link.linkedOn = m_inv.openedOn;
        const int span = int(m_inv.openedOn.daysTo(m_end));
        if (span > 60 && m_rng.percent(6) && m_mentors.size() > 1) {
            static const char* const reasons[] = {
                "The mentor's own foster placement needed more of their time",
                "The mentor moved out of the area",
                "The family and the mentor did not get on: a new match was made at team brief",
            };
            const QDate change =
                std::min(weekday(m_inv.openedOn.addDays(m_rng.between(30, span - 20))), m_end);
            link.unlinkedOn = change;
            link.unlinkReason = text(m_rng.pick(reasons));
            m_out.links.push_back(link);
            link = MentorLink();
            link.mentorId = chooseMentor(first.id).id;
            link.linkedOn = change;
        }
        if (m_closed) {
            link.unlinkedOn = m_inv.closedOn;
            link.unlinkReason = QStringLiteral("LIFT closed"); // as LiftRepository::saveClosure writes it
        } else {
            for (MentorChoice& m : m_mentors)
                if (m.id == link.mentorId)
                    ++m.currentFamilies;
        }
        m_out.links.push_back(link);
    }

    const MentorChoice& mentorOn(const QDate& date) const {
        qint64 id = m_out.links.front().mentorId;
        for (const MentorLink& l : m_out.links)
            if (l.linkedOn <= date)
                id = l.mentorId;
        for (const MentorChoice& m : m_mentors)
            if (m.id == id)
                return m;
        return m_mentors.front();
    }

    LiftMeeting meeting(const char* kind, const QDate& held, const QDate& reviewDue) {
        const MentorChoice& mentor = mentorOn(held);
        LiftMeeting m;
        m.kind = QLatin1String(kind);
        m.heldOn = held;
        m.reviewDue = reviewDue;
        m.atFamilyHome = m_rng.percent(85);
        m.place = m.atFamilyHome ? QStringLiteral("Family home, %1").arg(text(m_family.town->name))
                                 : QStringLiteral("%1 Children's Centre").arg(text(m_family.town->name));
        const bool sswAway = m_rng.percent(8); // on leave: the coordinator steps in
        m.attendees = QStringList{QStringLiteral("family"), QStringLiteral("mentor")};
        if (!sswAway)
            m.attendees << QStringLiteral("ssw");
        if (m_aim != QLatin1String("respite_breaking_point") && m_rng.percent(80))
            m.attendees << QStringLiteral("ccsw");
        if (m_rng.percent(35))
            m.attendees << QStringLiteral("child");
        if (sswAway || m_rng.percent(20))
            m.attendees << QStringLiteral("coordinator");
        m.supportAreas = m_out.referral.supportNeeded;
        static const char* const plans[] = {
            "Tuesday and Thursday, 4pm to 6pm: tea and bedtime routines for the first six weeks.",
            "Day respite at the mentor's home every other Saturday, 10am to 3pm; home visit on Wednesdays.",
            "Mondays at the children's centre with mum and the parenting group; home visit on Fridays.",
            "School run on Tuesday and Thursday mornings; Wednesday after school: the reward chart.",
        };
        m.actionPlan = text(m_rng.pick(plans));
        static const char* const mentorRisks[] = {
            "Dog at the family home: to be kept in the kitchen during visits.",
            "Dad's former partner has been hostile to professionals; mentor not to visit if he is present.",
            "None known beyond lone working.",
        };
        m.risksToMentor = text(m_rng.pick(mentorRisks));
        if (mentor.fosterChildrenAtHome > 0)
            m.risksToChildren = QStringLiteral(
                "The mentor has foster children at home: the safer care plan was discussed and day respite "
                "happens only when agreed with the CCSWs and IROs.");
        m.riskActions = QStringLiteral("Mentor to ring their buddy before and after each visit. ") +
                        (m.atFamilyHome ? QStringLiteral("Visits in daylight hours only.")
                                        : QStringLiteral("Meetings in a public place for the first month."));
        m.mustNotifyCcswIro =
            mentor.fosterChildrenAtHome > 0 && m.supportAreas.contains(QStringLiteral("day_respite"));
        if (m.mustNotifyCcswIro && m_rng.percent(85)) {
            const QDate told = weekday(held.addDays(m_rng.between(1, 6)));
            if (told <= m_lastDay)
                m.notifiedOn = told;
        }
        m.boundaries = QStringLiteral(
            "Support only as agreed here. The family ring the mentor only to rearrange or cancel a visit, "
            "between 9am and 7pm.");
        static const double hours[] = {3, 4, 4, 5, 6, 6, 8, 8};
        m.hoursPerWeek = m_rng.percent(8) ? (m_rng.percent(50) ? 10 : 12) : m_rng.pick(hours);
        if (m.hoursPerWeek > 8)
            m.hoursReason = QStringLiteral("Extra evenings while mum recovers from an operation, agreed for "
                                           "six weeks and then back to 8.");
        m.caseNoteAdded = m_rng.percent(90);
        m.recordedByWorkerId = mentor.sswWorkerId;
        return m;
    }

    void meetings() {
        const QDate agreed = eventDate("lift_agreement_meeting");
        if (!agreed.isValid())
            return; // linked, agreement meeting still to arrange
        QDate due = eventDate("lift_review_scheduled");
        if (!due.isValid()) {
            // LiftRepository::saveMeeting records the review date set at every meeting.
            due = weekday(agreed.addDays(7 * m_rng.between(10, 14)));
            addEvent("lift_review_scheduled", due);
        }
        m_out.meetings.push_back(meeting("agreement", agreed, due));
        QDate held = eventDate("lift_review");
        while (held.isValid() && held <= m_end) {
            static const char* const progress[] = {
                "Routines are more settled: bedtime is by 8pm most nights and mornings are calmer.",
                "The children enjoy the respite days; the family has started going to the Saturday group.",
                "Progress is slow: two visits were cancelled by the family. Plan kept for another 12 weeks.",
                "Behaviour at home has improved with the reward chart; school reports fewer incidents.",
            };
            const QDate next = weekday(held.addDays(7 * m_rng.between(10, 14)));
            LiftMeeting review = meeting("review", held, next);
            review.progress = text(m_rng.pick(progress));
            m_out.meetings.push_back(review);
            addEvent("lift_review_scheduled", next);
            // A further review at the next date, mostly held on time; some are missed (overdue).
            if (!m_rng.percent(85))
                break;
            held = weekday(next.addDays(m_rng.between(-3, 10)));
            if (held > m_end)
                break;
            addEvent("lift_review", held);
        }
    }

    void sessions(FinanceForm& form, const QDate& from, const QDate& to, const QDate& returnHome,
                  const QDate& caredFrom) {
        const int days = int(from.daysTo(to)) + 1;
        const int count = m_rng.between(1, std::min(8, days));
        QSet<int> offsets;
        for (int i = 0; i < count; ++i)
            offsets.insert(m_rng.below(days));
        std::vector<int> sorted(offsets.begin(), offsets.end());
        std::sort(sorted.begin(), sorted.end());
        static const int minutes[] = {60, 90, 120, 120, 150, 180, 240};
        static const char* const notes[] = {
            "Day respite at the mentor's home", "Home visit: bedtime routine",
            "Park and tea with the children",   "School run and morning routine",
            "Children's centre with mum",       ""};
        for (int offset : sorted) {
            FinanceSession s;
            s.date = from.addDays(offset);
            s.minutes = m_rng.pick(minutes);
            // Exempt while the child is accommodated by a foster carer, taxable before or after.
            if (m_aim == QLatin1String("foster_placement"))
                s.childAccommodated = true;
            else if (m_aim == QLatin1String("rehabilitation_home"))
                s.childAccommodated = s.date < returnHome;
            else
                s.childAccommodated = caredFrom.isValid() && s.date >= caredFrom;
            s.note = text(m_rng.pick(notes));
            form.sessions.push_back(s);
        }
    }

    void finance() {
        const QDate agreed = eventDate("lift_agreement_meeting");
        const QDate returnHome = agreed.isValid() ? agreed.addDays(m_rng.between(30, 100)) : QDate();
        const QDate caredFrom = eventDate("became_cared_for");
        QSet<QDate> months;
        // The planner's rough monthly events are replaced by one per calendar month, as the
        // procedure asks ("per child/family per month ... collected regularly to prevent a
        // backlog"): from the agreement's month to the last complete month of the work. Most are
        // submitted; a few recent ones are missing (overdue), fewer in older months.
        std::vector<RecordedEvent> kept;
        for (RecordedEvent& e : m_events)
            if (e.kind != QLatin1String("lift_finance_form"))
                kept.push_back(std::move(e));
        m_events = std::move(kept);
        if (!agreed.isValid())
            return;
        const QDate lastWorked = m_closed ? m_inv.closedOn : firstOfMonth(m_lastDay).addDays(-1);
        for (QDate month = firstOfMonth(agreed); month <= lastWorked; month = month.addMonths(1)) {
            const QDate from = std::max(month, agreed);
            const QDate to = std::min(month.addMonths(1).addDays(-1), lastWorked);
            const QDate submitted = weekday(month.addMonths(1).addDays(m_rng.between(1, 12)));
            const bool recent = month.addMonths(4) > m_lastDay;
            if (from > to || submitted > m_lastDay || !m_rng.percent(recent ? 85 : 97))
                continue;
            months.insert(month);
            FinanceForm form;
            form.month = month;
            form.mentorId = mentorOn(to).id;
            form.submittedOn = submitted;
            const QDate processed = weekday(submitted.addDays(m_rng.between(2, 9)));
            const QDate paid = weekday(processed.addDays(m_rng.between(3, 12)));
            if (processed > m_lastDay || m_rng.percent(4)) {
                form.status = QStringLiteral("submitted");
            } else if (paid > m_lastDay) {
                form.status = QStringLiteral("processed");
                form.processedOn = processed;
            } else {
                form.status = QStringLiteral("paid");
                form.processedOn = processed;
                form.paidOn = paid;
            }
            form.mileageMiles = m_rng.between(0, 80) * 0.5;
            sessions(form, from, to, returnHome, caredFrom);
            m_out.forms.push_back(std::move(form));
            addEvent("lift_finance_form", submitted);
        }
        // This month's form, still being filled in: a draft records no event.
        if (agreed.isValid() && !m_closed && m_rng.percent(45)) {
            const QDate month = firstOfMonth(m_lastDay);
            const QDate from = std::max(month, agreed);
            if (!months.contains(month) && from <= m_lastDay) {
                FinanceForm draft;
                draft.month = month;
                draft.mentorId = mentorOn(m_lastDay).id;
                sessions(draft, from, m_lastDay, returnHome, caredFrom);
                m_out.forms.push_back(std::move(draft));
            }
        }
    }

    void closure() {
        if (!m_closed)
            return;
        LiftClosure c;
        c.closedOn = m_inv.closedOn;
        c.aim = m_aim;
        const QString& outcome = m_inv.closureOutcome;
        c.aimAchieved = outcome == QLatin1String("family_met_outcomes");
        if (c.aimAchieved) {
            static const char* const achieved[] = {
                "The plan's goals were met: routines are in place and the family no longer need a mentor.",
                "The child returned home and the family have kept the new routines going.",
                "The placement is stable again and the carers feel able to manage without LIFT.",
                "The family has support from the local family hub; no admission to care was needed.",
            };
            c.reason = text(m_rng.pick(achieved));
        } else if (outcome == QLatin1String("stepped_up")) {
            c.reason =
                QStringLiteral("Concerns increased and the case stepped up to children's social care.");
        } else if (outcome == QLatin1String("family_disengaged") ||
                   outcome == QLatin1String("family_refused")) {
            c.reason = QStringLiteral("The family stopped taking part: several visits were cancelled.");
        } else if (outcome == QLatin1String("family_moved_away")) {
            c.reason = QStringLiteral("The family moved out of Lancashire before the aim was met.");
        } else {
            c.reason = QStringLiteral("LIFT was no longer the right support; the aim was not met.");
        }
        const QDate due = c.followUpDue();
        if (due <= m_lastDay && m_rng.percent(90)) {
            c.followUpOn = std::min(weekday(due.addDays(m_rng.between(0, 21))), m_lastDay);
            const bool backInCare = m_rng.percent(c.aimAchieved ? 8 : 30);
            const bool wasInCare =
                m_aim == QLatin1String("rehabilitation_home") || m_aim == QLatin1String("foster_placement");
            c.careFollowUp = !backInCare ? QStringLiteral("no")
                             : wasInCare ? QStringLiteral("returned_to_care")
                                         : QStringLiteral("entered_care");
            c.followUpNote = backInCare
                                 ? QStringLiteral("Checked on LCS: the child came into care during the year.")
                                 : QStringLiteral("Checked on LCS: the children remain at home.");
        }
        addEvent("lift_closed", c.closedOn);
        if (c.followUpOn.isValid())
            addEvent("lift_follow_up", c.followUpOn);
        m_out.closure = c;
    }

    DemoRandom& m_rng;
    const DemoFamily& m_family;
    const Involvement& m_inv;
    const QString m_aim;
    std::vector<MentorChoice>& m_mentors;
    std::vector<RecordedEvent>& m_events;
    const QDate m_lastDay;
    const bool m_closed;
    const QDate m_end;
    PlannedLift m_out;
};

} // namespace

// About one mentor to 20 demo families (the demo's share of LIFT cases is high): each then works
// with one to three families at a time, within their hours, as a coordinator would share it out.
int demoMentorTarget(int families) {
    return std::max(8, (families + 10) / 20);
}

QString demoMentorTeam(const QString& locality) {
    for (const DemoTown& town : kMentorTowns)
        if (locality == QLatin1String(town.name))
            return QLatin1String(town.localTeam);
    return QLatin1String(team::lift_north);
}

DemoMentor makeDemoMentor(quint32 seed, int index, const std::vector<DemoWorker>& ssws) {
    DemoRandom rng = DemoRandom::stream(seed ^ 0x11F7A11Du, quint64(index));
    const DemoTown& town = kMentorTowns[index % int(std::size(kMentorTowns))];
    DemoMentor out;
    out.team = QLatin1String(town.localTeam);
    Mentor& m = out.mentor;
    m.name = personName(rng, rng.percent(70));
    m.phone = mobileNumber(rng);
    m.email = m.name.toLower().replace(QLatin1Char(' '), QLatin1Char('.')).remove(QLatin1Char('\'')) +
              QStringLiteral("@lift-mentors.example");
    m.address.line1 = streetAddress(rng);
    m.address.town = text(town.name);
    m.address.postcode = fakePostcode(rng, town);
    m.locality = text(town.name);
    std::vector<const DemoWorker*> sameTeam;
    for (const DemoWorker& w : ssws)
        if (w.team == out.team)
            sameTeam.push_back(&w);
    m.sswWorkerId = !sameTeam.empty() ? sameTeam[size_t(rng.below(int(sameTeam.size())))]->id
                                      : ssws[size_t(rng.below(int(ssws.size())))].id;
    static const char* const support[] = {"day_respite", "behaviour_management", "boundaries",
                                          "routines_organisation", "linking_support"};
    const int offered = rng.between(2, 4);
    const int start = rng.below(5);
    for (int i = 0; i < offered; ++i)
        m.supportOffered << text(support[(start + i) % 5]);
    m.hoursPerWeek = 2 * rng.between(3, 8);
    m.fosterChildrenAtHome = rng.weighted({30, 35, 25, 10});
    if (m.fosterChildrenAtHome > 0)
        m.saferCareNotes =
            QStringLiteral(
                "%1 foster child(ren) placed: day respite in the foster home only when the CCSWs and IROs "
                "have been told.")
                .arg(m.fosterChildrenAtHome);
    m.buddyName = personName(rng, rng.percent(60));
    m.buddyPhone = mobileNumber(rng);
    m.active = rng.percent(92);
    static const char* const notes[] = {"Approved foster carer for many years; experienced with teenagers.",
                                        "Short-break carer; good with young children and routines.",
                                        "Former teaching assistant; confident with behaviour plans.",
                                        "Drives; can take children out for the day."};
    m.notes = text(rng.pick(notes));
    out.codeWord = codeWord(rng);
    return out;
}

PlannedLift planLift(DemoRandom& rng, const DemoFamily& family, const Involvement& involvement,
                     const QString& aim, std::vector<MentorChoice>& mentors,
                     std::vector<RecordedEvent>& events, const QDate& today) {
    return LiftPlanner(rng, family, involvement, aim, mentors, events, today).plan();
}

} // namespace waymark::demo
