#pragma once

#include "calendar/workingdaycalendar.h"
#include "deadlines/rulebook.h"

namespace waymark::test {

// The built-in rule book, loaded once for the whole test run (a test fails if it does not load).
const RuleBook& book();
// England and Wales working days from the rules alone, no loaded file.
const WorkingDayCalendar& calendar();

} // namespace waymark::test
