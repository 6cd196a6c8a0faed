#include "earlyhelp/prioritisation.h"

#include "domain/vocabulary.h"
#include "util/trcontext.h"
#include "validation/dateinput.h"
#include "validation/fieldchecks.h"

#include <QCoreApplication>

namespace waymark {

namespace {

const char* const kBrief = "early_help_brief";
const char* const kTargeted = "early_help_targeted";
const char* const kIntensive = "early_help_intensive";

QString tv(const char* text) {
    return text && *text ? Validation::tr(text) : QString();
}

} // namespace

const std::vector<PrioritisationOutcome>& prioritisationOutcomes() {
    // The table of section 1, row for row. QT_TRANSLATE_NOOP keeps the words for translators.
#define V(text) QT_TRANSLATE_NOOP("waymark::Validation", text)
    static const std::vector<PrioritisationOutcome> outcomes = {
        {"1", V("Locality Service Coordinator to signpost"), V("Low-medium"), V("Within 28 days"), nullptr},
        {"2", V("Locality Service Coordinator to process external referrals"), V("Low-medium"),
         V("Within 28 days"), nullptr},
        {"3", V("FSW allocated for urgent contact with family"), V("High"), V("By end of day two"), nullptr},
        {"4", V("FSW allocated for early/holding contact with family prior to intensive support"),
         V("Medium-high"),
         V("Within 5 working days and for up to 5 weeks until intensive family support worker available"),
         kIntensive},
        {"5", V("FSW allocated for unassessed brief intervention"), V("Low-medium"),
         V("Within 10 working days and for up to 6 weeks/sessions/visits"), kBrief},
        {"6", V("FSW for targeted assessed intervention"), V("Medium"),
         V("Within 10 working days and for up to 4 months"), kTargeted},
        {"7", V("FSW allocated for intensive family support"), V("High-medium"),
         V("Immediate or see 4 above"), kIntensive},
        {"8", V("Locality Service Coordinator to schedule for Hub discussion (not urgent, unclear needs)"),
         V("Medium-low"), V("To Hub within 10 working days"), nullptr},
        {"9", V("Parent programme to be offered"), V("Low"), V("Next available group"), nullptr},
        {"10", V("Young person programme to be offered"), V("Low"), V("Next available group"), nullptr},
        {"11", V("Youth worker allocated for unassessed brief intervention"), V("Low"),
         V("Within 10 working days"), kBrief},
        {"12", V("Youth Worker allocated for 1-1 support"), V("Medium"), V("Within 15 working days"),
         nullptr},
        {"13", V("FSW/YW allocated for young person's DASH"), V("High"), V("By end of day two"), nullptr},
        {"14", V("Allocated to FSW/YW for Parent Carer assessment or re-ablement"), V("Low-medium"),
         V("Within 15 working days"), nullptr},
        {"15", V("Close case - identified needs do not meet EH offer (but see also 1 and 2)"), V("Low"),
         V("Referrer and family notified within 5 working days"), nullptr},
        {"16", V("Close case - family withdrew referral / withdrew consent"), "",
         V("Within 5 working days confirm to referrer/family - unless safeguard concerns identified"),
         nullptr},
    };
#undef V
    return outcomes;
}

const PrioritisationOutcome* prioritisationOutcome(const QString& code) {
    for (const PrioritisationOutcome& o : prioritisationOutcomes())
        if (code == QLatin1String(o.code))
            return &o;
    return nullptr;
}

QString outcomeLabel(const QString& code) {
    const PrioritisationOutcome* o = prioritisationOutcome(code);
    return o ? Validation::tr("%1. %2").arg(QLatin1String(o->code), tv(o->words)) : QString();
}

QString outcomePriority(const QString& code) {
    const PrioritisationOutcome* o = prioritisationOutcome(code);
    if (!o)
        return QString();
    return *o->priority ? tv(o->priority) : Validation::tr("Not given");
}

QString outcomeTimescale(const QString& code) {
    const PrioritisationOutcome* o = prioritisationOutcome(code);
    return o ? tv(o->timescale) : QString();
}

int interventionRank(const QString& service) {
    if (service == QLatin1String(kBrief))
        return 1;
    if (service == QLatin1String(kTargeted))
        return 2;
    if (service == QLatin1String(kIntensive))
        return 3;
    return 0;
}

QStringList escalationTargets(const QString& fromService) {
    QStringList out;
    const int rank = interventionRank(fromService);
    if (rank == 0)
        return out;
    for (const char* s : {kBrief, kTargeted, kIntensive})
        if (interventionRank(QLatin1String(s)) > rank)
            out << QLatin1String(s);
    return out;
}

QString interventionAllowance(const QString& service) {
    switch (interventionRank(service)) {
    case 1:
        return Validation::tr("up to 6 weeks / 6 sessions / 6 visits");
    case 2:
        return Validation::tr("up to 4 months");
    case 3:
        return Validation::tr("up to 12 months");
    }
    return QString();
}

QDate interventionEnds(const QString& service, const QDate& start) {
    if (!start.isValid())
        return QDate();
    switch (interventionRank(service)) {
    case 1:
        return start.addDays(6 * 7 - 1);
    case 2:
        return start.addMonths(4).addDays(-1);
    case 3:
        return start.addMonths(12).addDays(-1);
    }
    return QDate();
}

InterventionProgress interventionProgress(const QString& service, const QDate& start, const QDate& today) {
    InterventionProgress p;
    const int rank = interventionRank(service);
    p.allowance = interventionAllowance(service);
    p.start = start;
    p.ends = interventionEnds(service, start);
    if (rank == 0)
        return p;
    if (!start.isValid()) {
        p.words = Validation::tr("Not opened yet: %1 from the day the work opens.").arg(p.allowance);
        return p;
    }
    if (today < start) {
        p.words = Validation::tr("Starts %1: %2.").arg(formatUserDate(start), p.allowance);
        return p;
    }
    p.daysIn = int(start.daysTo(today));
    const int total = int(start.daysTo(p.ends)) + 1;
    p.percent = total > 0 ? int((qint64(p.daysIn) * 100) / total) : 0;
    p.over = today > p.ends;
    if (p.over) {
        const int weeksOver = int(p.ends.daysTo(today) / 7);
        p.words =
            Validation::tr("Past the allowance (%1) since %2%3: more time, or a more intensive "
                           "intervention, is the manager's decision and needs their case note.")
                .arg(p.allowance, formatUserDate(p.ends),
                     weeksOver > 0 ? Validation::tr(", %n week(s) ago", nullptr, weeksOver) : QString());
        return p;
    }
    if (rank == 1) {
        p.words = Validation::tr("Week %1 of up to 6: the allowance runs to %2.")
                      .arg(p.daysIn / 7 + 1)
                      .arg(formatUserDate(p.ends));
    } else {
        int months = 0;
        while (start.addMonths(months + 1) <= today)
            ++months;
        p.words = Validation::tr("Month %1 of up to %2: the allowance runs to %3.")
                      .arg(months + 1)
                      .arg(rank == 2 ? 4 : 12)
                      .arg(formatUserDate(p.ends));
    }
    return p;
}

ValidationIssues validateEhIntake(const EhIntake& intake, const Involvement& involvement,
                                  const QDate& today) {
    ValidationIssues out;
    if (intake.outcome.isEmpty())
        out << ValidationIssue{QStringLiteral("outcome"),
                               Validation::tr("Choose the outcome of the prioritisation (1 to 16).")};
    else if (!prioritisationOutcome(intake.outcome))
        out << ValidationIssue{QStringLiteral("outcome"),
                               Validation::tr("\"%1\" is not one of the 16 prioritisation outcomes.")
                                   .arg(intake.outcome.left(20))};
    if (!intake.prioritisedOn.isValid())
        out << ValidationIssue{QStringLiteral("prioritisedOn"),
                               Validation::tr("Enter the date of the prioritisation.")};
    else if (intake.prioritisedOn > today)
        out << ValidationIssue{QStringLiteral("prioritisedOn"),
                               Validation::tr("This date is in the future.")};
    else if (involvement.referralDate.isValid() && intake.prioritisedOn < involvement.referralDate)
        out << ValidationIssue{QStringLiteral("prioritisedOn"),
                               Validation::tr("The prioritisation cannot be before the referral (%1).")
                                   .arg(formatUserDate(involvement.referralDate))};
    requireText(out, QStringLiteral("responseNote"), intake.responseNote,
                Validation::tr("Write the acceptance note: the type of response, its timescale and, where "
                               "possible, the worker to be allocated."));
    limitLength(out, QStringLiteral("responseNote"), intake.responseNote, kMaxLongText);
    if (interventionRank(involvement.service) == 0)
        out << ValidationIssue{
            QStringLiteral("involvementId"),
            Validation::tr("A prioritisation belongs to Early Help work (brief, targeted or "
                           "intensive).")};
    return out;
}

ValidationIssues validateEhEscalation(const EhEscalation& e, const Involvement& involvement,
                                      const QDate& today) {
    ValidationIssues out;
    const int from = interventionRank(involvement.service);
    const int to = interventionRank(e.toService);
    if (from == 0)
        out << ValidationIssue{QStringLiteral("involvementId"),
                               Validation::tr("Only Early Help work (brief, targeted or intensive) can be "
                                              "escalated.")};
    else if (!involvement.isOpen())
        out << ValidationIssue{QStringLiteral("involvementId"),
                               Validation::tr("This work is closed: it cannot be escalated.")};
    if (to == 0)
        out << ValidationIssue{QStringLiteral("toService"),
                               Validation::tr("Choose the intervention the work moves to.")};
    else if (from != 0 && to <= from)
        out << ValidationIssue{QStringLiteral("toService"),
                               Validation::tr("Escalation goes only upwards, from brief to targeted to "
                                              "intensive: this work is already %1.")
                                   .arg(vocab::service().label(involvement.service))};
    if (!e.fromService.isEmpty() && e.fromService != involvement.service)
        out << ValidationIssue{QStringLiteral("fromService"),
                               Validation::tr("The work is no longer %1: someone changed it meanwhile.")
                                   .arg(vocab::service().label(e.fromService))};
    if (!e.decidedOn.isValid())
        out << ValidationIssue{QStringLiteral("decidedOn"),
                               Validation::tr("Enter the date of the decision.")};
    else if (e.decidedOn > today)
        out << ValidationIssue{QStringLiteral("decidedOn"), Validation::tr("This date is in the future.")};
    else if (involvement.referralDate.isValid() && e.decidedOn < involvement.referralDate)
        out << ValidationIssue{QStringLiteral("decidedOn"),
                               Validation::tr("The decision cannot be before the referral (%1).")
                                   .arg(formatUserDate(involvement.referralDate))};
    requireText(out, QStringLiteral("note"), e.note,
                Validation::tr("Write the manager's case note agreeing to the extended piece of work."));
    limitLength(out, QStringLiteral("note"), e.note, kMaxLongText);
    return out;
}

QStringList ehIntakeReminders(const EhIntake& intake, const Involvement& involvement) {
    QStringList out;
    const PrioritisationOutcome* o = prioritisationOutcome(intake.outcome);
    if (o && o->service && involvement.service != QLatin1String(o->service) &&
        interventionRank(involvement.service) != 0)
        out << Validation::tr("Outcome %1 allocates to %2, but this work is recorded as %3. A move to a "
                              "more intensive intervention is recorded with Escalate.")
                   .arg(QLatin1String(o->code), vocab::service().label(QLatin1String(o->service)),
                        vocab::service().label(involvement.service));
    return out;
}

} // namespace waymark
