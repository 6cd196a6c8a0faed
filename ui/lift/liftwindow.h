#pragma once

#include "lift/liftrepository.h"
#include "lift/matching.h"
#include "util/result.h"

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QLabel;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace waymark {

class Database;
class DateField;
class LiftRatesPanel;

// The LIFT coordinator's screen: referrals waiting for a mentor (oldest first, with how long each
// has waited), the mentors ranked for the chosen referral with the reasons, linking and unlinking;
// the mentor list (replacing the mentor and vacancy spreadsheets); and the adoption and special
// guardianship support catalogue for aim 2 families.
class LiftWindow : public QWidget {
    Q_OBJECT
public:
    explicit LiftWindow(Database& db, QWidget* parent = nullptr);
    void refresh();

    QTreeWidget* waitingList() const { return m_waiting; }
    QTreeWidget* matchList() const { return m_matches; }
    QTreeWidget* mentorList() const { return m_mentors; }
    QTreeWidget* linkedList() const { return m_linked; }
    QTreeWidget* overdueFormsList() const { return m_overdueForms; }
    DateField* unlinkDate() const { return m_unlinkDate; }
    QLineEdit* unlinkReason() const { return m_unlinkReason; }
    QPushButton* unlinkButton() const { return m_unlink; }
    // Ends the highlighted link on the date and with the reason typed beside the button.
    bool unlinkSelected();
    QPushButton* linkButton() const { return m_link; }
    DateField* linkDate() const { return m_linkDate; }
    QLabel* status() const { return m_status; }
    QTabWidget* tabs() const { return m_tabs; }
    LiftRatesPanel* ratesPanel() const { return m_ratesPanel; }
    // Opens the mentor dialog for a new mentor (0) or an existing one; returns true when saved.
    bool editMentor(qint64 mentorId);
    // Links the highlighted mentor to the highlighted referral on the date in the date field.
    bool linkSelected();
    // The one-page team-brief agenda: unmatched referrals with the suggested mentors, as PDF.
    Status printTeamBriefTo(const QString& path);
    const std::vector<WaitingReferral>& waiting() const { return m_waitingRows; }
    const std::vector<MentorMatch>& matches() const { return m_matchRows; }

signals:
    void familyRequested(qint64 familyId);

private:
    QWidget* makeWaitingTab();
    QWidget* makeMentorsTab();
    QWidget* makeLinkedTab();
    QWidget* makeOverdueFormsTab();
    void fillOverdueForms();
    void showStatistics();
    void fillLinked();
    void fillWaiting();
    void fillMatches();
    void fillMentors();

    Database& m_db;
    QTabWidget* m_tabs;
    QTreeWidget* m_waiting;
    QTreeWidget* m_matches;
    QTreeWidget* m_mentors;
    QTreeWidget* m_linked;
    QTreeWidget* m_overdueForms;
    QWidget* m_statsWindow = nullptr;
    LiftRatesPanel* m_ratesPanel = nullptr;
    DateField* m_unlinkDate;
    QLineEdit* m_unlinkReason;
    QPushButton* m_unlink;
    QPushButton* m_link;
    QPushButton* m_teamBrief;
    DateField* m_linkDate;
    QCheckBox* m_showInactive;
    QLabel* m_status;
    QLabel* m_waitingSummary;
    std::vector<WaitingReferral> m_waitingRows;
    std::vector<MentorMatch> m_matchRows;
};

} // namespace waymark
