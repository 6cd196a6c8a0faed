#include "demo/casehistory.h"

#include "demo/notewriter.h"

#include <algorithm>

namespace waymark::demo {

namespace {

const QString kBrief = QStringLiteral("early_help_brief");
const QString kTargeted = QStringLiteral("early_help_targeted");
const QString kIntensive = QStringLiteral("early_help_intensive");
const QString kLift = QStringLiteral("lift_mentoring");
const QString kFamiliesFirst = QStringLiteral("families_first");

bool isLead(const QString& role) {
    return role == QLatin1String("team_manager") || role == QLatin1String("coordinator");
}

QString titleFor(const QString& role) {
    if (role == QLatin1String("family_support_worker"))
        return QStringLiteral("FSW");
    if (role == QLatin1String("youth_worker"))
        return QStringLiteral("YW");
    if (role == QLatin1String("supervising_social_worker"))
        return QStringLiteral("SSW");
    if (role == QLatin1String("social_worker"))
        return QStringLiteral("SW");
    if (role == QLatin1String("coordinator"))
        return QStringLiteral("LIFT coordinator");
    if (role == QLatin1String("team_manager"))
        return QStringLiteral("team manager");
    return QStringLiteral("worker");
}

int ageOn(const Person& p, const QDate& date) {
    int years = date.year() - p.dateOfBirth.year();
    if (date.month() < p.dateOfBirth.month() ||
        (date.month() == p.dateOfBirth.month() && date.day() < p.dateOfBirth.day()))
        --years;
    return std::max(0, years);
}

// Moves a Saturday or Sunday to the nearest weekday inside [low, high], where there is one.
QDate onWeekday(const QDate& d, const QDate& low, const QDate& high) {
    const int dow = d.dayOfWeek();
    if (dow < 6)
        return d;
    const QDate friday = d.addDays(5 - dow);
    const QDate monday = d.addDays(8 - dow);
    if (dow == 6 && friday >= low)
        return friday;
    if (monday <= high)
        return monday;
    if (friday >= low)
        return friday;
    return d;
}

// The project aim a LIFT referral's main topic stands for (seed 000, section 1).
QString liftAimFor(Topic main) {
    switch (main) {
    case Topic::ReturnHome:
        return QStringLiteral("rehabilitation_home");
    case Topic::AdoptionSupport:
        return QStringLiteral("post_adoption");
    case Topic::PlacementSupport:
        return QStringLiteral("foster_placement");
    case Topic::Respite:
        return QStringLiteral("respite_breaking_point");
    default:
        return QStringLiteral("cin_prevent_care");
    }
}

QDate randomDay(DemoRandom& rng, const QDate& low, const QDate& high) {
    return low.addDays(rng.between(0, int(std::max<qint64>(0, low.daysTo(high)))));
}

class HistoryPlanner {
public:
    HistoryPlanner(DemoRandom& rng, const DemoFamily& family, const StaffDirectory& staff, const QDate& today)
        : m_rng(rng)
        , m_family(family)
        , m_staff(staff)
        , m_lastDay(today.addDays(-1)) {}

    std::vector<PlannedCase> plan();

private:
    QString chooseService(const QString& previousOutcome);
    std::vector<Topic> chooseTopics(const QString& service, int childAge);
    QString chooseSource(const QString& service, Topic main);
    QString teamFor(const QString& service) const;
    void planNotes(PlannedCase& planned, const CaseContext& context, const DemoWorker* allocated,
                   const QString& team);
    CaseNote makeNote(NoteKind kind, const CaseContext& context, const QDate& date, const DemoWorker* author);
    QTime timeFor(NoteKind kind, const QString& service);

    DemoRandom& m_rng;
    const DemoFamily& m_family;
    const StaffDirectory& m_staff;
    QDate m_lastDay;
};

QString HistoryPlanner::chooseService(const QString& previousOutcome) {
    if (m_family.town->region == Region::Lancashire)
        return m_rng.percent(75) ? kLift : kFamiliesFirst;
    if (previousOutcome == QLatin1String("stepped_up"))
        return m_rng.percent(60) ? kFamiliesFirst : kIntensive;
    static const QString* const services[] = {&kBrief, &kTargeted, &kIntensive, &kFamiliesFirst};
    return *services[m_rng.weighted({30, 34, 14, 12})];
}

std::vector<Topic> HistoryPlanner::chooseTopics(const QString& service, int childAge) {
    std::vector<Topic> topics;
    if (service == kLift) {
        if (m_family.adoptive)
            topics.push_back(Topic::AdoptionSupport);
        else if (m_family.family.kinshipStatus == QLatin1String("kinship_foster_care"))
            topics.push_back(Topic::PlacementSupport);
        else
            topics.push_back(std::vector<Topic>{Topic::ReturnHome, Topic::ChildInNeed,
                                                Topic::Respite}[size_t(m_rng.weighted({20, 40, 40}))]);
        topics.push_back(childAge >= 3 && m_rng.percent(50) ? Topic::Behaviour : Topic::Routines);
        return topics;
    }
    struct Weighted {
        Topic topic;
        int weight;
    };
    static const Weighted earlyHelp[] = {
        {Topic::Routines, 14},          {Topic::Attendance, 14},   {Topic::Behaviour, 16},
        {Topic::ParentalWellbeing, 12}, {Topic::DomesticAbuse, 8}, {Topic::HousingMoney, 8},
        {Topic::ChildEmotional, 12},    {Topic::OnlineSafety, 6},  {Topic::YoungCarer, 4},
        {Topic::SubstanceMisuse, 6},
    };
    auto pickOne = [&](Topic avoid) {
        int total = 0;
        for (const auto& w : earlyHelp)
            if (w.topic != avoid && minimumAge(w.topic) <= childAge &&
                !(w.topic == Topic::Attendance && childAge > 16))
                total += w.weight;
        int roll = m_rng.below(total);
        for (const auto& w : earlyHelp) {
            if (w.topic == avoid || minimumAge(w.topic) > childAge ||
                (w.topic == Topic::Attendance && childAge > 16))
                continue;
            if (roll < w.weight)
                return w.topic;
            roll -= w.weight;
        }
        return Topic::Routines;
    };
    if (service == kFamiliesFirst && childAge >= minimumAge(Topic::EdgeOfCare))
        topics.push_back(Topic::EdgeOfCare);
    else
        topics.push_back(pickOne(Topic::EdgeOfCare));
    if (m_rng.percent(60))
        topics.push_back(pickOne(topics.front()));
    return topics;
}

QString HistoryPlanner::chooseSource(const QString& service, Topic main) {
    static const char* const general[] = {"school", "health",      "early_help_hub", "police",
                                          "self",   "social_care", "other"};
    if (service == kLift) {
        if (main == Topic::AdoptionSupport)
            return QStringLiteral("post_adoption_team");
        if (main == Topic::PlacementSupport)
            return QStringLiteral("fostering_team");
        if (main == Topic::Respite && m_rng.percent(60))
            return QStringLiteral("self");
        return QStringLiteral("social_care");
    }
    if (service == kFamiliesFirst) {
        static const char* const sources[] = {"social_care", "youth_justice", "police", "school",
                                              "early_help_hub"};
        return QLatin1String(sources[m_rng.weighted({50, 15, 15, 10, 10})]);
    }
    if (main == Topic::Attendance && m_rng.percent(70))
        return QStringLiteral("school");
    if (main == Topic::DomesticAbuse && m_rng.percent(60))
        return QStringLiteral("police");
    if ((main == Topic::ParentalWellbeing || main == Topic::SubstanceMisuse) && m_rng.percent(50))
        return QStringLiteral("health");
    return QLatin1String(general[m_rng.weighted({30, 20, 20, 6, 14, 7, 3})]);
}

QString HistoryPlanner::teamFor(const QString& service) const {
    if (service == kFamiliesFirst)
        return QLatin1String(team::families_first);
    return QLatin1String(m_family.town->localTeam);
}

std::vector<PlannedCase> HistoryPlanner::plan() {
    std::vector<PlannedCase> out;
    QDate oldestBirth = m_lastDay;
    for (const auto* c : m_family.childrenBornBy(m_lastDay))
        oldestBirth = std::min(oldestBirth, c->person.dateOfBirth);
    // Work begins at least a month after the oldest child's birth and at most about four years ago.
    const QDate earliest = std::max(oldestBirth.addDays(30), m_lastDay.addDays(-1500));
    const int span = int(std::max<qint64>(0, earliest.daysTo(m_lastDay)));
    const int count = 1 + m_rng.weighted({55, 32, 13});
    QDate cursor = earliest.addDays(m_rng.between(0, std::max(0, span - 40)));
    QString previousOutcome;
    // About a third of families have current work, so that caseloads and the case list look alive.
    const bool endsCurrent = m_rng.percent(35);

    for (int i = 0; i < count && cursor <= m_lastDay; ++i) {
        if (i == count - 1 && endsCurrent)
            cursor = std::max(cursor, m_lastDay.addDays(-m_rng.between(14, 150)));
        PlannedCase planned;
        Involvement& inv = planned.involvement;
        inv.service = chooseService(previousOutcome);
        const bool ff = inv.service == kFamiliesFirst;
        inv.referralDate = onWeekday(cursor, cursor.addDays(-2), m_lastDay);
        if (i == count - 1 && m_rng.percent(10)) // some families are waiting for allocation today
            inv.referralDate = std::max(inv.referralDate, onWeekday(m_lastDay.addDays(-m_rng.between(0, 12)),
                                                                    inv.referralDate, m_lastDay));

        CaseContext context;
        context.family = &m_family;
        context.service = inv.service;
        context.referralDate = inv.referralDate;
        const auto children = m_family.childrenBornBy(inv.referralDate);
        context.focusChild = children[size_t(m_rng.below(int(children.size())))];
        if (ff) // edge-of-care work is usually about the eldest
            context.focusChild = children.front();
        const int childAge = ageOn(context.focusChild->person, inv.referralDate);
        context.topics = chooseTopics(inv.service, childAge);
        context.referralSource = chooseSource(inv.service, context.topics.front());
        inv.referralSource = context.referralSource;

        const QString team = teamFor(inv.service);
        const DemoWorker* allocated = m_staff.practitioner(m_rng, team, inv.service, childAge);
        context.workerTitle = allocated ? titleFor(allocated->role) : QStringLiteral("worker");
        inv.referralReason = referralReason(m_rng, context);

        const QDate openOn =
            onWeekday(inv.referralDate.addDays(ff ? m_rng.between(0, 1) : m_rng.between(2, 15)),
                      inv.referralDate, m_lastDay.addDays(1000));
        if (m_rng.percent(5)) {
            // Closed at the front door: not appropriate, or the family said no.
            const QDate closeOn = inv.referralDate.addDays(m_rng.between(1, 10));
            if (closeOn <= m_lastDay) {
                inv.status = QStringLiteral("closed");
                inv.closedOn = onWeekday(closeOn, inv.referralDate, m_lastDay);
                inv.closureOutcome = m_rng.percent(70) ? QStringLiteral("not_appropriate_nfa")
                                                       : QStringLiteral("family_refused");
            } else {
                inv.status = QStringLiteral("referred");
            }
        } else if (openOn > m_lastDay) {
            inv.status = QStringLiteral("referred");
        } else {
            inv.openedOn = openOn;
            inv.allocatedWorkerId = allocated ? allocated->id : 0;
            static const int minDays[] = {25, 70, 90, 60, 42}; // brief, targeted, intensive, LIFT, FF
            static const int maxDays[] = {50, 125, 180, 240, 100};
            const int kind = inv.service == kBrief       ? 0
                             : inv.service == kTargeted  ? 1
                             : inv.service == kIntensive ? 2
                             : inv.service == kLift      ? 3
                                                         : 4;
            int duration = m_rng.between(minDays[kind], maxDays[kind]);
            static const char* const outcomes[] = {
                "family_met_outcomes", "no_longer_appropriate", "stepped_up", "family_refused",
                "family_disengaged",   "family_moved_away",     "other"};
            const QString outcome = QLatin1String(outcomes[m_rng.weighted({52, 8, 7, 5, 13, 5, 3})]);
            if (outcome == QLatin1String("family_disengaged") || outcome == QLatin1String("family_refused"))
                duration = duration * m_rng.between(25, 60) / 100;
            const QDate closeOn = openOn.addDays(duration);
            if (closeOn <= m_lastDay) {
                inv.status = QStringLiteral("closed");
                inv.closedOn = onWeekday(closeOn, openOn, m_lastDay);
                inv.closureOutcome = outcome;
            } else {
                inv.status = QStringLiteral("open");
            }
        }
        context.closureOutcome = inv.closureOutcome;
        if (inv.status == QLatin1String("closed"))
            inv.closureNote = closureNote(m_rng, context);

        planNotes(planned, context, inv.allocatedWorkerId ? allocated : nullptr, team);
        if (inv.service == kLift)
            planned.liftAim = liftAimFor(context.topics.front());
        previousOutcome = inv.closureOutcome;
        const bool finished = inv.status == QLatin1String("closed");
        cursor = (finished ? inv.closedOn : m_lastDay).addDays(m_rng.between(30, 420));
        out.push_back(std::move(planned));
        if (!finished)
            break; // one piece of work at a time: nothing follows an open or waiting case
    }
    return out;
}

QTime HistoryPlanner::timeFor(NoteKind kind, const QString& service) {
    switch (kind) {
    case NoteKind::HomeVisit:
    case NoteKind::AssessmentVisit:
    case NoteKind::ReviewVisit:
    case NoteKind::DirectWork:
    case NoteKind::LiftAgreement:
        if (service == kFamiliesFirst && m_rng.percent(30))
            return QTime(m_rng.between(17, 19), 15 * m_rng.below(4));
        return QTime(m_rng.between(9, 16), 15 * m_rng.below(4));
    case NoteKind::SchoolMeeting:
    case NoteKind::MultiAgencyMeeting:
        return QTime(m_rng.between(9, 15), 30 * m_rng.below(2));
    default:
        return QTime(m_rng.between(8, 17), 5 * m_rng.below(12));
    }
}

CaseNote HistoryPlanner::makeNote(NoteKind kind, const CaseContext& context, const QDate& date,
                                  const DemoWorker* author) {
    CaseNote note;
    note.familyId = m_family.family.id;
    note.contactAt = QDateTime(date, timeFor(kind, context.service));
    note.authorWorkerId = author ? author->id : 0;
    writeNote(m_rng, kind, context, date, note);
    return note;
}

void HistoryPlanner::planNotes(PlannedCase& planned, const CaseContext& context, const DemoWorker* allocated,
                               const QString& team) {
    const Involvement& inv = planned.involvement;
    const DemoWorker* lead = m_staff.lead(team);
    const DemoWorker* support = m_staff.businessSupport(team);
    auto& notes = planned.notes;

    if (!inv.openedOn.isValid()) {
        // Never opened: waiting for allocation, or closed at the front door.
        notes.push_back(makeNote(NoteKind::ReferralReceived, context, inv.referralDate, lead));
        if (inv.status == QLatin1String("closed")) {
            const NoteKind kind = inv.closureOutcome == QLatin1String("not_appropriate_nfa")
                                      ? NoteKind::NoFurtherAction
                                      : NoteKind::ClosureSummary;
            notes.push_back(makeNote(kind, context, inv.closedOn, lead));
        } else {
            const NoteKind kind =
                std::vector<NoteKind>{NoteKind::AcknowledgementLetter, NoteKind::FailedContact,
                                      NoteKind::PhoneCallParent}[size_t(m_rng.below(3))];
            const QDate when = onWeekday(randomDay(m_rng, inv.referralDate.addDays(1), m_lastDay),
                                         inv.referralDate, m_lastDay);
            notes.push_back(makeNote(kind, context, std::max(inv.referralDate, std::min(when, m_lastDay)),
                                     kind == NoteKind::AcknowledgementLetter && support ? support : lead));
        }
        return;
    }

    const bool closed = inv.status == QLatin1String("closed");
    const QDate end = closed ? inv.closedOn : std::max(inv.openedOn, m_lastDay.addDays(-m_rng.between(0, 6)));
    const int span = int(inv.openedOn.daysTo(end));
    const int count = std::clamp(2 + span / 14 + m_rng.between(-1, 1), 2, 12);

    std::vector<QDate> dates{inv.openedOn};
    for (int i = 1; i < count - (closed ? 1 : 0); ++i) {
        QDate d = randomDay(m_rng, inv.openedOn.addDays(std::min(1, span)), end);
        if (context.service != kFamiliesFirst) // Families First also works weekends
            d = onWeekday(d, inv.openedOn, end);
        dates.push_back(d);
    }
    if (closed)
        dates.push_back(inv.closedOn);
    std::sort(dates.begin(), dates.end());

    const bool lift = context.service == kLift;
    const bool ff = context.service == kFamiliesFirst;
    const bool disengaging = inv.closureOutcome == QLatin1String("family_disengaged");
    std::vector<NoteKind> kinds(size_t(count), NoteKind::HomeVisit);
    kinds.front() = NoteKind::Allocation;
    if (closed)
        kinds.back() = NoteKind::ClosureSummary;
    const int lastFree = count - (closed ? 2 : 1); // index of the last note that is neither first nor closure
    int next = 1;
    if (next <= lastFree && lastFree >= 3 && m_rng.percent(25))
        kinds[size_t(next++)] = NoteKind::FailedContact;
    if (next <= lastFree)
        kinds[size_t(next++)] = lift                              ? NoteKind::LiftAgreement
                                : ff || context.service != kBrief ? NoteKind::AssessmentVisit
                                                                  : NoteKind::HomeVisit;
    const int review = count >= 7 && context.service != kBrief ? count / 2 + 1 : -1;
    for (int i = next; i <= lastFree; ++i) {
        if (i == review) {
            kinds[size_t(i)] = NoteKind::ReviewVisit;
            continue;
        }
        if (disengaging && m_rng.percent(50)) {
            kinds[size_t(i)] = NoteKind::FailedContact;
            continue;
        }
        static const NoteKind pool[] = {NoteKind::HomeVisit,
                                        NoteKind::DirectWork,
                                        NoteKind::PhoneCallParent,
                                        NoteKind::FailedContact,
                                        NoteKind::TextMessage,
                                        NoteKind::SchoolMeeting,
                                        NoteKind::PhoneCallProfessional,
                                        NoteKind::MultiAgencyMeeting,
                                        NoteKind::Email,
                                        NoteKind::OfficeVisit,
                                        NoteKind::MentorUpdate};
        int pick;
        if (lift)
            pick = m_rng.weighted({18, 5, 14, 5, 8, 3, 8, 8, 6, 0, 20});
        else if (ff)
            pick = m_rng.weighted({30, 12, 14, 6, 8, 6, 10, 10, 4, 0, 0});
        else
            pick = m_rng.weighted({26, 14, 14, 8, 8, 8, 8, 5, 5, 4, 0});
        kinds[size_t(i)] = pool[pick];
    }

    for (int i = 0; i < count; ++i) {
        NoteKind kind = kinds[size_t(i)];
        const QDate date = dates[size_t(i)];
        const auto children = m_family.childrenBornBy(date);
        const bool anyOlder = std::any_of(children.begin(), children.end(),
                                          [&](const DemoMember* c) { return ageOn(c->person, date) >= 4; });
        if ((kind == NoteKind::DirectWork || kind == NoteKind::SchoolMeeting) &&
            ageOn(context.focusChild->person, date) < 4 && !anyOlder)
            kind = NoteKind::HomeVisit; // too young for direct work or school
        const DemoWorker* author = kind == NoteKind::Allocation                         ? lead
                                   : kind == NoteKind::AcknowledgementLetter && support ? support
                                                                                        : allocated;
        notes.push_back(makeNote(kind, context, date, author ? author : lead));
    }
}

} // namespace

const DemoWorker* StaffDirectory::lead(const QString& team) const {
    for (const auto& w : m_workers)
        if (w.team == team && isLead(w.role))
            return &w;
    for (const auto& w : m_workers)
        if (w.team == team)
            return &w;
    return m_workers.empty() ? nullptr : &m_workers.front();
}

const DemoWorker* StaffDirectory::practitioner(DemoRandom& rng, const QString& team, const QString& service,
                                               int focusChildAge) const {
    std::vector<const DemoWorker*> suitable;
    std::vector<const DemoWorker*> anyone;
    for (const auto& w : m_workers) {
        if (w.team != team || isLead(w.role) || w.role == QLatin1String("business_support"))
            continue;
        anyone.push_back(&w);
        const QString& r = w.role;
        bool fits = false;
        if (service == kLift)
            fits = r == QLatin1String("supervising_social_worker");
        else if (service == kFamiliesFirst)
            fits = r == QLatin1String("social_worker") || r == QLatin1String("family_support_worker");
        else
            fits = r == QLatin1String("family_support_worker") || r == QLatin1String("social_worker") ||
                   (r == QLatin1String("youth_worker") && service != kIntensive && focusChildAge >= 11);
        if (fits)
            suitable.push_back(&w);
    }
    if (!suitable.empty())
        return suitable[size_t(rng.below(int(suitable.size())))];
    if (!anyone.empty())
        return anyone[size_t(rng.below(int(anyone.size())))];
    return lead(team);
}

const DemoWorker* StaffDirectory::businessSupport(const QString& team) const {
    for (const auto& w : m_workers)
        if (w.team == team && w.role == QLatin1String("business_support"))
            return &w;
    return nullptr;
}

std::vector<DemoWorker> StaffDirectory::withRole(const QString& role) const {
    std::vector<DemoWorker> out;
    for (const auto& w : m_workers)
        if (w.role == role)
            out.push_back(w);
    return out;
}

std::vector<PlannedCase> planCaseHistory(DemoRandom& rng, const DemoFamily& family,
                                         const StaffDirectory& staff, const QDate& today) {
    return HistoryPlanner(rng, family, staff, today).plan();
}

} // namespace waymark::demo
