#pragma once

#include "deadlines/deadline.h"

#include <QIcon>
#include <QString>

namespace waymark {

// Status is shown by words and an icon, never by colour alone.
QString
deadlineStatusText(const Deadline& deadline); // "Overdue", "Due today", "Upcoming", "Met", "Done late"
QIcon deadlineStatusIcon(const Deadline& deadline);
bool isDone(const Deadline& deadline); // met, or done late: nothing left to do
QString formatDue(const When& due);    // 24/12/2026 or 24/12/2026 15:30

} // namespace waymark
