#pragma once

#include "earlyhelp/ehforms.h"
#include "earlyhelp/ehformvalidation.h"

#include <map>
#include <vector>

namespace waymark {

// Seed 003, section 12: the plan, under the 10 Family Star headings. Each action says who is
// responsible (a worker, chosen or typed in; the young person; the parent or carer; another
// agency, named so that its work is easily identified), "What are we doing?", "Why are we doing
// it?", "What impact will it have?" and whether it is a priority now. A heading left for a later
// period of work is marked "not prioritised currently" with no actions: a PlanItem whose priority
// is not_prioritised and whose words are empty.

// True for the marker of a heading not prioritised currently (no action, no words).
bool isNotPrioritisedMarker(const PlanItem& item);
// The actions under one heading, in order (markers left out).
std::vector<PlanItem> planActions(const EhForm& plan, const QString& area);
// Whether the heading is marked not prioritised currently.
bool headingNotPrioritised(const EhForm& plan, const QString& area);

// Who is responsible, in words: "Frankie Support (worker)", "The young person: Dale", "Youth
// Offending Service (another agency): Sam, YISP worker". `workerName`: the chosen worker's name.
QString planResponsibleText(const PlanItem& item, const QString& workerName);

// Section 12: "You should see the score that you entered in assessment". The main reading's
// scores (area -> 1-10) of the latest approved Family Star form completed on or before `onOrBefore`
// (any date when invalid); empty when there is none. `scoredOn` and `kind` say which form.
std::map<QString, int> starScoresForPlan(const std::vector<EhForm>& approvedForms, const QDate& onOrBefore,
                                         QDate* scoredOn = nullptr, QString* kind = nullptr);

// A draft is checked for what is there (known codes); a submission for the whole plan: every
// heading has at least one action or is marked not prioritised; every action has its three
// answers and a responsible party (another agency needs its name; the young person theirs); at
// least one action is a priority.
ValidationIssues validatePlan(const EhForm& plan, FormCheck check);

} // namespace waymark
