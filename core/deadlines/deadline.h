#pragma once

#include "calendar/workingdaycalendar.h"
#include "deadlines/casefacts.h"
#include "deadlines/rule.h"

#include <optional>
#include <vector>

namespace waymark {

enum class DeadlineStatus { Met, Upcoming, DueToday, Overdue };

QString statusCode(DeadlineStatus status); // met, upcoming, due_today, overdue

struct Deadline {
    const Rule* rule = nullptr; // owned by the RuleBook, which must outlive the deadline
    Offset offset;              // the offset used (a variant's, when the rule has variants)
    QString startKind;          // event kind or child_dob
    When start;
    When due;
    DeadlineStatus status = DeadlineStatus::Upcoming;
    std::optional<When> doneAt; // the satisfying event, on time or late
    std::vector<BankHoliday> skipped;
    std::optional<Extension> extension; // copies share the strings, so this stays cheap
    When originalDue;                   // before the extension
};

} // namespace waymark
