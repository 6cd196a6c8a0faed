#pragma once

#include "governance/retention.h"
#include "governance/subjectaccess.h"

#include <QWidget>

#include <memory>
#include <vector>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTreeWidget;

namespace waymark {

class Database;
class Vault;

// The administrator's screens for what the command line already does: backups (make one, see
// them, and how to restore), the retention review (families past the retention period, deleted
// one at a time with a reason), and subject access requests (find the person, write the JSON and
// the PDF for review). Every action goes through the same core functions, so the same rules and
// audit entries apply.
class AdministrationWindow : public QWidget {
    Q_OBJECT
public:
    AdministrationWindow(std::shared_ptr<Database> db, std::shared_ptr<Vault> vault,
                         QWidget* parent = nullptr);
    void refresh();

    QTabWidget* tabs() const { return m_tabs; }
    QLabel* status() const { return m_status; }
    QTreeWidget* backupList() const { return m_backups; }
    QTreeWidget* retentionList() const { return m_due; }
    QSpinBox* retentionYears() const { return m_years; }
    QLineEdit* deletionReason() const { return m_reason; }
    QTreeWidget* subjectList() const { return m_subjects; }
    QLineEdit* subjectSearch() const { return m_search; }
    QLineEdit* reportFolder() const { return m_folder; }

    bool backUpNow();
    bool saveRetentionYears();
    bool deleteSelectedFamily(); // needs the reason typed
    bool findSubjects();
    bool writeReportForSelected(); // into the folder typed (or chosen)

private:
    QWidget* makeBackupsTab();
    QWidget* makeRetentionTab();
    QWidget* makeSubjectAccessTab();
    void fillBackups();
    void fillRetention();

    std::shared_ptr<Database> m_db;
    std::shared_ptr<Vault> m_vault;
    QTabWidget* m_tabs;
    QLabel* m_status;
    QTreeWidget* m_backups;
    QSpinBox* m_years;
    QTreeWidget* m_due;
    QLineEdit* m_reason;
    QLineEdit* m_search;
    QTreeWidget* m_subjects;
    QLineEdit* m_folder;
    std::vector<retention::Candidate> m_candidates;
    std::vector<SubjectCandidate> m_found;
};

} // namespace waymark
