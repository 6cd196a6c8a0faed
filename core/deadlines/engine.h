#pragma once

#include "calendar/workingdaycalendar.h"
#include "deadlines/casefacts.h"
#include "deadlines/deadline.h"
#include "deadlines/rulebook.h"

#include <vector>

namespace waymark {

// Every deadline that applies to one case on `asOf`, sorted by due date then rule id. Pure and
// in-memory: no strings are built here (explainDeadline() does that on demand), so it can run on
// every save. `events` need not be sorted. The returned deadlines point into `book`.
std::vector<Deadline> computeDeadlines(const RuleBook& book, const WorkingDayCalendar& calendar,
                                       const CaseFacts& facts, const std::vector<CaseEvent>& events,
                                       const When& asOf, const std::vector<Extension>& extensions = {});

// Which rules to run. The deadline service runs a family's event rules once per involvement and
// its person rules (ages from child_dob, pre-birth rules from expected_birth) once per child, each
// with that child's date of birth or expected date of delivery.
enum class RuleScope { All, EventRules, AgeRules };
std::vector<Deadline> computeDeadlines(const RuleBook& book, const WorkingDayCalendar& calendar,
                                       const CaseFacts& facts, const std::vector<CaseEvent>& events,
                                       const When& asOf, const std::vector<Extension>& extensions,
                                       RuleScope scope);

// The due moment `offset` after (or before) `start`; bank holidays passed over go to `skipped`.
When applyOffset(const WorkingDayCalendar& calendar, const When& start, const Offset& offset, bool before,
                 std::vector<BankHoliday>* skipped);

} // namespace waymark
