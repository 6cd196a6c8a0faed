#pragma once

#include "domain/involvement.h"
#include "earlyhelp/intake.h"
#include "validation/validationissue.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <vector>

namespace waymark {

// "SLF - range of outcomes following risk/priority assessment" (seed 003, section 1), as data.
// The words, priority and timescale are the guidance's own (translatable, context
// "waymark::Validation"); `service` is the Early Help intervention the outcome allocates to, where
// it names one.
struct PrioritisationOutcome {
    const char* code;      // "1" to "16", stored in eh_intakes.outcome
    const char* words;     // "FSW allocated for urgent contact with family"
    const char* priority;  // "High"; empty for outcome 16, where the guidance gives none
    const char* timescale; // "By end of day two"
    const char* service;   // "early_help_brief" ...; nullptr when the outcome names no intervention
};

const std::vector<PrioritisationOutcome>& prioritisationOutcomes();      // the 16, in the guidance's order
const PrioritisationOutcome* prioritisationOutcome(const QString& code); // nullptr when unknown

// Translated pieces for screens: "3. FSW allocated for urgent contact with family", "High",
// "By end of day two" ("Not given" for a missing priority), each empty for an unknown code.
QString outcomeLabel(const QString& code);
QString outcomePriority(const QString& code);
QString outcomeTimescale(const QString& code);

// The three Early Help interventions, in the order work escalates (section 3, Appendix I-III):
// rank 1 brief, 2 targeted, 3 intensive; 0 for any other service.
int interventionRank(const QString& service);
QStringList escalationTargets(const QString& fromService); // the services above it
// "up to 6 weeks / 6 sessions / 6 visits", "up to 4 months", "up to 12 months"; empty otherwise.
QString interventionAllowance(const QString& service);
// The last day the allowance covers, counted from `start`; invalid for another service.
QDate interventionEnds(const QString& service, const QDate& start);

// How far through its allowance the work is on `today`, counted from `start` (the day the
// involvement opened, or the latest escalation to its current intervention).
struct InterventionProgress {
    QString allowance; // interventionAllowance()
    QDate start;
    QDate ends;        // interventionEnds()
    int daysIn = 0;    // days since start (0 on the first day)
    int percent = 0;   // of the allowance used, may exceed 100
    bool over = false; // today is after `ends`: section 15, discuss more time with the manager
    QString words;     // "Week 3 of up to 6 (opened 02/11/2026): ends 14/12/2026"
};
InterventionProgress interventionProgress(const QString& service, const QDate& start, const QDate& today);

// The rules of section 1 for an intake: a known outcome, a date not in the future nor before the
// referral, the acceptance note written. Field keys are the JSON export's names.
ValidationIssues validateEhIntake(const EhIntake& intake, const Involvement& involvement, const QDate& today);
// Section 3 and 15: only upwards (brief -> targeted -> intensive) from the involvement's current
// service, on a date not in the future nor before the referral, with the manager's note.
ValidationIssues validateEhEscalation(const EhEscalation& escalation, const Involvement& involvement,
                                      const QDate& today);
// Not errors, shown beside the form: an outcome that allocates to another intervention than the
// involvement's service ("outcome 7 is intensive family support; this work is recorded as brief").
QStringList ehIntakeReminders(const EhIntake& intake, const Involvement& involvement);

} // namespace waymark
