#include "deadlines/deadlinetable.h"

#include "deadlines/deadlinestatus.h"
#include "deadlines/rule.h"

#include <QHeaderView>

namespace waymark {

namespace {
constexpr int kIndexRole = Qt::UserRole + 1;
} // namespace

DeadlineTable::DeadlineTable(Layout layout, QWidget* parent)
    : QTreeWidget(parent)
    , m_layout(layout) {
    QStringList headers{tr("Status"), tr("Due"), tr("Deadline")};
    // The family view is narrow: there the service, lead role and worker go in the detail line.
    if (layout == Layout::ForWorker)
        headers << tr("Family") << tr("Worker");
    headers << tr("Child");
    setColumnCount(int(headers.size()));
    setHeaderLabels(headers);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    header()->setSectionResizeMode(2, QHeaderView::Stretch);
    header()->setStretchLastSection(false);
}

void DeadlineTable::setDeadlines(std::vector<CaseDeadline> deadlines, const QDate& today, bool grouped) {
    m_deadlines = std::move(deadlines);
    clear();
    setRootIsDecorated(grouped);
    QTreeWidgetItem* groups[4] = {};
    const QString groupNames[4] = {tr("Overdue"), tr("Due today"), tr("This week"), tr("Later")};
    const QDate endOfWeek = today.addDays(7 - today.dayOfWeek());
    for (size_t i = 0; i < m_deadlines.size(); ++i) {
        const CaseDeadline& cd = m_deadlines[i];
        const Deadline& d = cd.deadline;
        QString title = d.rule ? d.rule->title : QString();
        if (d.rule && d.rule->local) // an authority's own rule or override is always marked as such
            title += d.rule->replacesBuiltIn ? tr(" (local override)") : tr(" (local rule)");
        QStringList cells{deadlineStatusText(d), formatDue(d.due), title};
        if (m_layout == Layout::ForWorker)
            cells << cd.familyName << cd.allocatedWorkerName;
        cells << cd.personName;
        auto* item = new QTreeWidgetItem(cells);
        item->setIcon(0, deadlineStatusIcon(d));
        item->setData(0, kIndexRole, qint64(i));
        item->setToolTip(2, cd.explanation);
        if (d.extension)
            item->setText(1, tr("%1 (extended)").arg(formatDue(d.due)));
        if (!grouped) {
            addTopLevelItem(item);
            continue;
        }
        int group = 3;
        if (d.status == DeadlineStatus::Overdue)
            group = 0;
        else if (d.status == DeadlineStatus::DueToday)
            group = 1;
        else if (d.due.date <= endOfWeek)
            group = 2;
        if (!groups[group]) {
            groups[group] = new QTreeWidgetItem({groupNames[group]});
            QFont bold = groups[group]->font(0);
            bold.setBold(true);
            groups[group]->setFont(0, bold);
            groups[group]->setFirstColumnSpanned(false);
        }
        groups[group]->addChild(item);
    }
    if (grouped) {
        for (QTreeWidgetItem* g : groups)
            if (g) {
                g->setText(0, tr("%1 (%2)").arg(g->text(0)).arg(g->childCount()));
                addTopLevelItem(g);
                g->setExpanded(true);
            }
    }
    for (int c = 0; c < columnCount(); ++c)
        if (c != 2)
            resizeColumnToContents(c);
}

const CaseDeadline* DeadlineTable::current() const {
    const QTreeWidgetItem* item = currentItem();
    if (!item || !item->data(0, kIndexRole).isValid())
        return nullptr;
    const qint64 i = item->data(0, kIndexRole).toLongLong();
    return i >= 0 && i < qint64(m_deadlines.size()) ? &m_deadlines[size_t(i)] : nullptr;
}

} // namespace waymark
