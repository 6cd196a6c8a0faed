#include "security/accesshistorydialog.h"

#include "audit/auditlog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace waymark {

namespace {

QString actionLabel(const QString& action) {
    if (action == QLatin1String(audit::view))
        return AccessHistoryDialog::tr("Viewed");
    if (action == QLatin1String(audit::create))
        return AccessHistoryDialog::tr("Added");
    if (action == QLatin1String(audit::change))
        return AccessHistoryDialog::tr("Changed");
    if (action == QLatin1String(audit::remove))
        return AccessHistoryDialog::tr("Removed");
    if (action == QLatin1String(audit::print))
        return AccessHistoryDialog::tr("Printed");
    return action;
}

QString entityLabel(const QString& entity) {
    if (entity == QLatin1String("families"))
        return AccessHistoryDialog::tr("family record");
    if (entity == QLatin1String("case_notes"))
        return AccessHistoryDialog::tr("case note");
    if (entity == QLatin1String("involvements"))
        return AccessHistoryDialog::tr("service");
    if (entity == QLatin1String("case_events"))
        return AccessHistoryDialog::tr("recorded event");
    if (entity == QLatin1String("deadline_extensions"))
        return AccessHistoryDialog::tr("deadline extension");
    return entity;
}

} // namespace

AccessHistoryDialog::AccessHistoryDialog(const Database& db, qint64 familyId, const QString& familyName,
                                         QWidget* parent)
    : QDialog(parent)
    , m_table(new QTableWidget) {
    setWindowTitle(tr("Who has seen this record"));
    setObjectName(QStringLiteral("accessHistory"));
    auto* intro = new QLabel(tr("<b>%1</b>: every view and change, newest first, from the audit trail.")
                                 .arg(familyName.toHtmlEscaped()));
    m_table->setObjectName(QStringLiteral("accessTable"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Which")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    audit::Filter filter;
    filter.familyId = familyId;
    const auto entries = audit::entries(db, filter);
    m_table->setRowCount(int(entries.size()));
    for (int row = 0; row < int(entries.size()); ++row) {
        const audit::Entry& e = entries[size_t(row)];
        const QStringList cells = {e.at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")),
                                   e.username, actionLabel(e.action), entityLabel(e.entity)};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    m_table->resizeColumnsToContents();
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table);
    layout->addWidget(close);
    resize(640, 420);
}

} // namespace waymark
