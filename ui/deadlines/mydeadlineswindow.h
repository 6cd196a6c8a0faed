#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace waymark {

class Database;
class DeadlineService;
class DeadlineTable;

// "My deadlines": everything not yet done for me, or for my team (managers), under Overdue, Due
// today, This week and Later. Activating a row opens the case.
class MyDeadlinesWindow : public QWidget {
    Q_OBJECT
public:
    MyDeadlinesWindow(Database& db, DeadlineService& service, QWidget* parent = nullptr);

    void setCurrentWorker(qint64 workerId);
    void refresh();
    DeadlineTable* table() const { return m_table; }
    int overdueCount() const { return m_overdue; }

signals:
    void familyRequested(qint64 familyId);

private:
    Database& m_db;
    DeadlineService& m_service;
    qint64 m_workerId = 0;
    int m_overdue = 0;
    QComboBox* m_scope;
    QLabel* m_summary;
    DeadlineTable* m_table;
};

} // namespace waymark
