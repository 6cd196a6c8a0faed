#pragma once

#include "deadlines/deadlineservice.h"

#include <QTreeWidget>

#include <vector>

namespace waymark {

// A list of deadlines: status (words and icon), due, what, and optionally the family, child and
// worker. Grouped under headings when asked (Overdue / Due today / This week / Later).
class DeadlineTable : public QTreeWidget {
    Q_OBJECT
public:
    enum class Layout { ForFamily, ForWorker };

    DeadlineTable(Layout layout, QWidget* parent = nullptr);

    // Shows `deadlines`; with `grouped`, under headings relative to `today`.
    void setDeadlines(std::vector<CaseDeadline> deadlines, const QDate& today, bool grouped);
    const CaseDeadline* current() const;
    int deadlineCount() const { return int(m_deadlines.size()); }
    const std::vector<CaseDeadline>& deadlines() const { return m_deadlines; }

private:
    Layout m_layout;
    std::vector<CaseDeadline> m_deadlines;
};

} // namespace waymark
