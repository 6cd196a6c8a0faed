#include "deadlines/deadlinestatus.h"

#include "validation/dateinput.h"

#include <QApplication>
#include <QCoreApplication>
#include <QStyle>

namespace waymark {

bool isDone(const Deadline& d) {
    return d.status == DeadlineStatus::Met || d.doneAt.has_value();
}

QString deadlineStatusText(const Deadline& d) {
    if (d.status == DeadlineStatus::Overdue && d.doneAt)
        return QCoreApplication::translate("DeadlineStatus", "Done late");
    switch (d.status) {
    case DeadlineStatus::Met:
        return QCoreApplication::translate("DeadlineStatus", "Met");
    case DeadlineStatus::Upcoming:
        return QCoreApplication::translate("DeadlineStatus", "Upcoming");
    case DeadlineStatus::DueToday:
        return QCoreApplication::translate("DeadlineStatus", "Due today");
    case DeadlineStatus::Overdue:
        return QCoreApplication::translate("DeadlineStatus", "Overdue");
    }
    return {};
}

QIcon deadlineStatusIcon(const Deadline& d) {
    QStyle* style = QApplication::style();
    if (isDone(d))
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    switch (d.status) {
    case DeadlineStatus::Overdue:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case DeadlineStatus::DueToday:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    default:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    }
}

QString formatDue(const When& due) {
    return due.hasTime() ? QStringLiteral("%1 %2").arg(formatUserDate(due.date),
                                                       due.time.toString(QStringLiteral("HH:mm")))
                         : formatUserDate(due.date);
}

} // namespace waymark
