#pragma once

#include "storage/familyrepository.h"

#include <QAbstractTableModel>

namespace waymark {

// The rows of the case list: one family each.
class CaseListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { FamilyColumn, MembersColumn, ServicesColumn, WorkerColumn, LastContactColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setPage(CaseListPage page);
    qint64 familyIdAt(int row) const;
    int rowOfFamily(qint64 familyId) const;
    int totalMatches() const { return m_page.totalMatches; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    CaseListPage m_page;
};

} // namespace waymark
