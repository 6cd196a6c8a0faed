#pragma once

#include "lift/liftrecords.h"
#include "validation/validationissue.h"

namespace waymark {

// The procedure's rules for each LIFT record, checked before anything is written. Field keys are
// the JSON export's names, so a form can put each message beside its box.
constexpr double kLiftWeeklyHoursGuide = 8.0; // "As a guide, a maximum of 8hrs per family per week"

ValidationIssues validateMentor(const Mentor& mentor);
ValidationIssues validateLiftReferral(const LiftReferral& referral, const QDate& today);
ValidationIssues validateLiftMeeting(const LiftMeeting& meeting, const QDate& today);
ValidationIssues validateLiftClosure(const LiftClosure& closure, const QDate& today);
ValidationIssues validateFinanceForm(const FinanceForm& form, const QDate& today);
ValidationIssues validateLiftRate(const LiftRate& rate);

// Not errors, but things the worker should be told before saving (shown, never blocking).
QStringList liftMeetingReminders(const LiftMeeting& meeting);

} // namespace waymark
