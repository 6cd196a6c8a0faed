#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QStackedWidget;

namespace waymark {

class CaseListPanel;
class DeadlineService;
class AdministrationWindow;
class LiftWindow;
class RecordSearchWindow;
class ReferralInboxWindow;
class MyDeadlinesWindow;
struct DeadlineSetup;
class Database;
class FamilyView;
class IdleMonitor;
class LockScreen;
class Vault;

// The case list on the left, the selected family on the right. Every screen gets the open
// database passed in; nothing here writes SQL. Who is working is the signed-in account
// (Database::account()); the vault checks their password when the locked window is unlocked.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(std::shared_ptr<Database> db, std::shared_ptr<Vault> vault = nullptr,
                        QWidget* parent = nullptr);
    ~MainWindow() override;

    CaseListPanel* caseList() const { return m_caseList; }
    FamilyView* familyView() const { return m_familyView; }
    qint64 currentWorkerId() const { return m_workerId; }
    // Re-reads the signed-in account from the database (after a test or an administrator changed it).
    void reloadAccount();
    // Selects the family in the case list (clearing filters if they hide it) and opens it.
    void openFamilyById(qint64 familyId);

    MyDeadlinesWindow* myDeadlines() const { return m_myDeadlines; }
    LiftWindow* liftWindow() const { return m_liftWindow; }
    RecordSearchWindow* recordSearch() const { return m_recordSearch; }
    void showRecordSearch();
    ReferralInboxWindow* referralInbox() const { return m_referralInbox; }
    void showReferralInbox();
    AdministrationWindow* administrationWindow() const { return m_adminWindow; }
    DeadlineService* deadlineService() const { return m_deadlineService.get(); }
    QString overdueAnnouncement() const; // empty when nothing is overdue

public slots:
    void newFamily();
    void showMyDeadlines();
    void showLift();
    void showAdministration();
    void addWorker();
    void lockNow(const QString& reason = QString());
    bool isLocked() const;
    LockScreen* lockScreen() const { return m_lockScreen; }
    IdleMonitor* idleMonitor() const { return m_idle; }
    void manageAccounts();
    void showAccessHistory();
    void changeMyPassword();
    void backUpNow();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void openFamily(qint64 familyId);
    void updateAnnouncement();
    void unlock();

    std::shared_ptr<Database> m_db;
    std::shared_ptr<Vault> m_vault;
    qint64 m_workerId = 0;
    CaseListPanel* m_caseList;
    FamilyView* m_familyView;
    QStackedWidget* m_stack;
    QLabel* m_placeholder;
    QStackedWidget* m_screens; // the records, or the lock screen over them
    QWidget* m_records;
    LockScreen* m_lockScreen;
    IdleMonitor* m_idle;
    QLabel* m_signedInAs;
    QAction* m_accountsAction = nullptr;
    QAction* m_accessHistoryAction = nullptr;
    QList<QWidget*> m_hiddenWhileLocked;
    QList<QAction*> m_familyActions;
    std::unique_ptr<DeadlineSetup> m_deadlineSetup; // owns the rules the deadlines point into
    std::unique_ptr<DeadlineService> m_deadlineService;
    MyDeadlinesWindow* m_myDeadlines = nullptr;
    LiftWindow* m_liftWindow = nullptr;             // made on first use
    RecordSearchWindow* m_recordSearch = nullptr;   // made on first use
    ReferralInboxWindow* m_referralInbox = nullptr; // made on first use
    QAction* m_liftAction = nullptr;
    AdministrationWindow* m_adminWindow = nullptr;
    QAction* m_adminAction = nullptr;
    QLabel* m_announcement;
};

} // namespace waymark
