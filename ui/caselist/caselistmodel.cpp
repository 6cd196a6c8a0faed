#include "caselist/caselistmodel.h"

#include "domain/vocabulary.h"
#include "validation/dateinput.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace waymark {

void CaseListModel::setPage(CaseListPage page) {
    beginResetModel();
    m_page = std::move(page);
    endResetModel();
}

qint64 CaseListModel::familyIdAt(int row) const {
    return row >= 0 && row < int(m_page.rows.size()) ? m_page.rows[size_t(row)].familyId : 0;
}

int CaseListModel::rowOfFamily(qint64 familyId) const {
    for (size_t i = 0; i < m_page.rows.size(); ++i)
        if (m_page.rows[i].familyId == familyId)
            return int(i);
    return -1;
}

int CaseListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_page.rows.size());
}

int CaseListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= int(m_page.rows.size()))
        return {};
    const CaseSummary& s = m_page.rows[size_t(index.row())];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case FamilyColumn:
            return s.familyName;
        case MembersColumn:
            return role == Qt::ToolTipRole ? s.memberNames.join(QLatin1Char('\n'))
                                           : s.memberBriefs.join(QStringLiteral(", "));
        case ServicesColumn: {
            QStringList labels;
            for (const QString& code : s.openServices)
                labels << vocab::service().label(code);
            return labels.isEmpty() ? tr("none open") : labels.join(QStringLiteral(", "));
        }
        case WorkerColumn:
            return s.workerNames.join(QStringLiteral(", "));
        case LastContactColumn:
            return formatUserDate(s.lastContact.date());
        }
    }
    if (role == Qt::ForegroundRole && !s.hasOpenInvolvement && index.column() == ServicesColumn)
        return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    if (role == Qt::FontRole && index.column() == FamilyColumn) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return {};
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FamilyColumn:
        return tr("Family");
    case MembersColumn:
        return tr("Members");
    case ServicesColumn:
        return tr("Open services");
    case WorkerColumn:
        return tr("Worker");
    case LastContactColumn:
        return tr("Last contact");
    }
    return {};
}

} // namespace waymark
