#pragma once

#include "calendar/workingdaycalendar.h"
#include "deadlines/rulebook.h"
#include "util/result.h"

#include <QString>
#include <QStringList>

namespace waymark {

// The rule book and calendar as this machine uses them: the built-in rules plus an authority's
// own files, if present in `folder` (the app's data folder), so that a council can change a
// timescale or add its own without rebuilding Waymark:
//   rules-local.json      overrides or additions (docs/deadlines.md)
//   bank-holidays.json    the official GOV.UK file
// A bad local file is reported and skipped: the built-in rules still apply.
struct DeadlineSetup {
    RuleBook book;
    WorkingDayCalendar calendar;
    QStringList problems; // one line per local file that could not be used
};

Result<DeadlineSetup> loadDeadlineSetup(const QString& folder);

} // namespace waymark
