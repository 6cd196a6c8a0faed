#pragma once

#include "deadlines/deadline.h"
#include "deadlines/rulebook.h"

namespace waymark {

// One sentence a worker can check by hand: the rule, the starting event and its date, the
// offset, any bank holidays skipped, whether and when it was met, and any extension.
QString explainDeadline(const Deadline& deadline, const RuleBook& book);

// "10 working days", "72 hours", "15 years 9 months".
QString describeOffset(const Offset& offset);

} // namespace waymark
