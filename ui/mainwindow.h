#pragma once

#include <QMainWindow>

#include <memory>

class QComboBox;
class QLabel;
class QStackedWidget;

namespace waymark {

class CaseListPanel;
class DeadlineService;
class MyDeadlinesWindow;
struct DeadlineSetup;
class Database;
class FamilyView;

// The case list on the left, the selected family on the right. Every screen gets the open
// database passed in; nothing here writes SQL.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(std::shared_ptr<Database> db, QWidget* parent = nullptr);
    ~MainWindow() override;

    CaseListPanel* caseList() const { return m_caseList; }
    FamilyView* familyView() const { return m_familyView; }
    qint64 currentWorkerId() const { return m_workerId; }
    void setCurrentWorker(qint64 workerId);
    // Selects the family in the case list (clearing filters if they hide it) and opens it.
    void openFamilyById(qint64 familyId);

    MyDeadlinesWindow* myDeadlines() const { return m_myDeadlines; }
    DeadlineService* deadlineService() const { return m_deadlineService.get(); }
    QString overdueAnnouncement() const; // empty when nothing is overdue

public slots:
    void newFamily();
    void showMyDeadlines();
    void addWorker();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void fillWorkers();
    void openFamily(qint64 familyId);
    QString workerSettingsKey() const;
    void updateAnnouncement();

    std::shared_ptr<Database> m_db;
    qint64 m_workerId = 0;
    CaseListPanel* m_caseList;
    FamilyView* m_familyView;
    QStackedWidget* m_stack;
    QComboBox* m_workingAs;
    QList<QAction*> m_familyActions;
    std::unique_ptr<DeadlineSetup> m_deadlineSetup; // owns the rules the deadlines point into
    std::unique_ptr<DeadlineService> m_deadlineService;
    MyDeadlinesWindow* m_myDeadlines = nullptr;
    QLabel* m_announcement;
};

} // namespace waymark
