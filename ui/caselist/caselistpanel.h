#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace waymark {

class CaseListModel;
class Database;

// Finds a family: instant search by name, date of birth or any identifier as you type, with
// filters for my cases / my team, service and open or closed.
class CaseListPanel : public QWidget {
    Q_OBJECT
public:
    explicit CaseListPanel(Database& db, QWidget* parent = nullptr);

    void setCurrentWorker(qint64 workerId);
    void refresh(); // re-runs the search, keeping the selected family if it is still listed
    void focusSearch();
    void selectFamily(qint64 familyId);
    CaseListModel* model() const { return m_model; }

signals:
    void familySelected(qint64 familyId);

private:
    void runSearch();

    Database& m_db;
    qint64 m_workerId = 0;
    CaseListModel* m_model;
    QLineEdit* m_search;
    QComboBox* m_scope;
    QComboBox* m_service;
    QComboBox* m_state;
    QTableView* m_table;
    QLabel* m_status;
    QTimer* m_debounce;
};

} // namespace waymark
