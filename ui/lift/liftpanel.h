#pragma once

#include "lift/liftrecords.h"
#include "util/result.h"

#include <QWidget>

#include <optional>
#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;

namespace waymark {

class Database;

// The family's LIFT work on its record: each referral with its aim, decision and mentor, the
// agreement and review meetings, the closure summary and the monthly finance forms, with the
// buttons for each form enabled only when the procedure has reached that step. Linking a mentor
// is the coordinator's job on their own screen, so it is not offered here.
class LiftPanel : public QWidget {
    Q_OBJECT
public:
    explicit LiftPanel(Database& db, QWidget* parent = nullptr);

    void showFamily(qint64 familyId);
    void refresh();
    int referralCount() const { return int(m_referrals.size()); }
    void selectReferral(int row);
    std::optional<LiftReferral> selectedReferral() const;
    QString mentorText() const;
    QString closureText() const;

public slots:
    void newReferral();
    void editReferral();
    void agreementMeeting();
    void reviewMeeting();
    void editSelectedMeeting();
    void closureSummary();
    void newFinanceForm();
    void editFinanceForm();
    void printSelectedMeeting();
    void printClosure();
    void printSelectedForm();
    void showSupportCatalogue(); // seed 001 services, for aim 2 families

public:
    // Writes a LIFT form as PDF (print/liftprint.h: "agreement", "review", "closure", "finance")
    // for the family's folder. The print buttons ask where; tests call this directly.
    Status printTo(const QString& form, qint64 id, const QString& path);
    QLabel* printStatus() const { return m_printStatus; }

signals:
    void changed(); // a LIFT record was saved: the deadlines and chronology follow

private:
    void showReferral();
    void updateButtons();
    std::optional<LiftMeeting> agreement() const;
    void saved(qint64 referralId);

    Database& m_db;
    qint64 m_familyId = 0;
    qint64 m_selectedId = 0;
    std::vector<LiftReferral> m_referrals;
    std::vector<MentorLink> m_links;
    std::vector<LiftMeeting> m_meetings;
    std::optional<LiftClosure> m_closure;
    std::vector<FinanceForm> m_forms;
    QTableWidget* m_referralTable;
    QLabel* m_mentor;
    QTableWidget* m_meetingTable;
    QLabel* m_closureLabel;
    QTableWidget* m_formTable;
    QPushButton* m_newReferral;
    QPushButton* m_editReferral;
    QPushButton* m_agreement;
    QPushButton* m_review;
    QPushButton* m_closureButton;
    QPushButton* m_newForm;
    QPushButton* m_editForm;
    QPushButton* m_printMeeting;
    QPushButton* m_printClosure;
    QPushButton* m_printForm;
    QPushButton* m_supportCatalogue;
    QLabel* m_printStatus;
    void print(const QString& form, qint64 id, const QString& suggestedName);
};

} // namespace waymark
