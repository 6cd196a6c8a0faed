#pragma once

#include "domain/family.h"
#include "domain/person.h"
#include "earlyhelp/ehforms.h"
#include "earlyhelp/ehformvalidation.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace waymark {

// The Signs of Wellbeing assessment (seed 003, section 11 and its example): the analysis part of
// the Early Help assessment, and for a brief intervention the only assessment, with a brief plan
// of work in "next steps". One definition of its sections, scale and checks, shared by the dialog,
// validation and the printout.

// A free-text section of an Early Help form: its key in EhForm::texts, its heading (translatable
// through EarlyHelp::tr) and a hint for the person writing it.
struct FormSection {
    const char* key;
    const char* label;
    const char* hint;
};

// Section One's summary fields, in the example's order (the completion date is
// EhForm::completedOn): start date (ISO), person completing, team, line manager.
const std::vector<FormSection>& sowSummaryFields();
// The numbered sections: reasons, strengths, worries, needs, outcomes, next steps.
const std::vector<FormSection>& sowSections();

// The keys, so callers do not spell them.
namespace sow {
inline constexpr const char* startedOn = "started_on";
inline constexpr const char* completedBy = "completed_by";
inline constexpr const char* team = "team";
inline constexpr const char* lineManager = "line_manager";
inline constexpr const char* reasons = "reasons";
inline constexpr const char* strengths = "strengths";
inline constexpr const char* worries = "worries";
inline constexpr const char* needs = "needs";
inline constexpr const char* outcomes = "outcomes";
inline constexpr const char* nextSteps = "next_steps";
inline constexpr const char* scale = "scale";
// The involvement's service when the form was written (vocab::service()): a brief intervention's
// assessment must carry its plan of work in next steps. Set by the dialog from the involvement.
inline constexpr const char* intervention = "intervention";
} // namespace sow

// "5. Use this scaling tool to summarise current position of family": 0 to 10, with the
// guidance's words at the even points.
struct ScaleAnchor {
    int value;
    const char* label;
};
const std::vector<ScaleAnchor>& sowScaleAnchors(); // 0, 2, 4, 6, 8, 10
// The anchor's words at an even point; empty for an odd value or one out of range.
QString sowScaleAnchor(int value);
// What the scale says at `value`: the anchor's words at an even point, "between" the two anchors
// either side at an odd one. Empty out of range.
QString sowScaleDescription(int value);
// The scale value a form records (texts["scale"]), when it is a whole number.
std::optional<int> sowScaleValue(const EhForm& form);

// The information-sharing table as the family's record has it, one row per member in the record's
// order: a child's age ("9", "unborn"), an adult's role and age ("Mother, 38"), and for a member with
// parental responsibility who they hold it for ("Yes: Tobin, Sky"). Whether sharing was explained
// is left for the worker. `people` holds the members' records (any order).
std::vector<InfoSharingRow> infoSharingFromFamily(const Family& family, const std::vector<Person>& people,
                                                  const QDate& today);

// Draft: what is there is right (dates, the scale 0-10 and whole, rows named). Submit: the
// reasons, the worries, what needs to happen, the scale, at least one family member in the
// information-sharing table; for a brief intervention, next steps (the brief plan of work).
void checkSignsOfWellbeing(const EhForm& form, const QDate& today, FormCheck check, ValidationIssues& issues);

} // namespace waymark
