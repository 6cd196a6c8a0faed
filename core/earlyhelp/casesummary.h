#pragma once

#include "earlyhelp/ehforms.h"
#include "earlyhelp/ehformvalidation.h"
#include "earlyhelp/familystar.h"
#include "earlyhelp/signsofwellbeing.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace waymark {

// The case summary template (seed 003, section 14): completed within 4 months of the work starting,
// then every 3 months (rules eh.case_summary.*, satisfied by eh_case_summary, which approving one
// records), and whenever consultation is sought from social care. One definition of its sections,
// scales and checks, shared by the dialog, validation and the printout.

namespace casesummary {
inline constexpr const char* composition = "family_composition"; // names and ages
inline constexpr const char* reason = "reason";                  // vocab::caseSummaryReason()
inline constexpr const char* reasonDetail = "reason_detail";
inline constexpr const char* otherWorkers = "other_workers"; // name and agency
inline constexpr const char* whyWorking = "why_working";
inline constexpr const char* harm = "harm_risk";               // 1a
inline constexpr const char* complicating = "complicating";    // 1b
inline constexpr const char* strengths = "existing_strengths"; // 1c
inline constexpr const char* safetyFactors = "safety_factors"; // 1d
inline constexpr const char* safetyGoals = "safety_goals";     // safety goals / EH outcomes
inline constexpr const char* nextSteps = "next_steps";
inline constexpr const char* danger = "danger_statements";
inline constexpr const char* achievements = "achievements";
inline constexpr const char* safetyScale = "safety_scale"; // "0".."10"
inline constexpr const char* safetyLow = "safety_scale_low";
inline constexpr const char* safetyHigh = "safety_scale_high";
inline constexpr const char* wellbeingScale = "wellbeing_scale";
inline constexpr const char* wellbeingLow = "wellbeing_scale_low";
inline constexpr const char* wellbeingHigh = "wellbeing_scale_high";
} // namespace casesummary

namespace vocab {
// Why this summary: the initial one (within 4 months), the 3-monthly one, seeking consultation or
// support from social care, or another reason (in words).
const Vocabulary& caseSummaryReason();
} // namespace vocab

// The sections in the template's order: who, why, the Signs of Safety mapping (1a-1d), safety
// goals, next steps, danger statements, key achievements.
const std::vector<FormSection>& caseSummarySections();
// The mapping's sections only (1a-1d, goals, next steps): printed as the template's grid.
const std::vector<FormSection>& signsOfSafetyMapping();

// One of the two scales: its value key, the worker's words for each end, and the guidance's
// example words (placeholders, not defaults).
struct SummaryScale {
    const char* valueKey;
    const char* lowKey;
    const char* highKey;
    const char* label;
    const char* lowExample;
    const char* highExample;
};
const std::vector<SummaryScale>& caseSummaryScales(); // safety, wellbeing

// A scale's value on the form, when it is a whole number.
std::optional<int> summaryScaleValue(const EhForm& form, const char* key);

// "Distance travelled": Family Star scores at the approved assessment and the latest approved
// review completed on or before the summary (so a printed summary does not change when later
// reviews are approved). `approvedForms` may hold any kinds: only Family Star ones are used.
std::optional<DistanceTravelled> summaryDistanceTravelled(const std::vector<EhForm>& approvedForms,
                                                          const QDate& summaryDate);

// When the next case summary is due: 3 months after the latest approved one's completion date,
// else 4 months after engagement started; invalid when engagement has not started.
QDate nextCaseSummaryDue(const QDate& engagementStarted, const std::vector<EhForm>& approvedSummaries);

// Draft: scales whole and 0-10, a known reason. Submit: the family composition, why we are working
// with the family, harm/risk, next steps, danger statements, both scales with words at each end,
// and the reason's words when it is "other".
void checkCaseSummary(const EhForm& form, FormCheck check, ValidationIssues& issues);

} // namespace waymark
