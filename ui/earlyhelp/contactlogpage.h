#pragma once

#include "earlyhelp/contactstandards.h"
#include "earlyhelp/earlyhelppage.h"
#include "util/result.h"

#include <vector>

class QGroupBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QVBoxLayout;

namespace waymark {

class ConfirmBar;
class Database;

// The attempts to contact a family that has not engaged yet (seed 003, section 5): the log, and
// beside it the minimum standards for the intervention (brief, targeted, intensive) checked again
// after every change. From here the worker prints the log and the final attempt to contact letter
// (Appendix V).
class ContactLogPage : public EarlyHelpPage {
    Q_OBJECT
public:
    explicit ContactLogPage(Database& db, QWidget* parent = nullptr);

    void showInvolvement(qint64 familyId, const Involvement& involvement) override;
    const std::vector<ContactAttempt>& attempts() const { return m_attempts; }
    const ContactStandardsCheck& check() const { return m_check; }

    // The print buttons ask where to save, then call these (tests call them directly).
    Status printLogTo(const QString& path);
    Status printLetterTo(const QString& path); // the selected letter's reply-by date, else the latest

public slots:
    void addAttempt();
    void editSelected();
    void removeSelected(); // asks in the page first (ConfirmBar)

private:
    void reload();
    void showStandards();
    void updateButtons();
    int selectedRow() const;

    Database& m_db;
    qint64 m_familyId = 0;
    Involvement m_involvement;
    std::vector<ContactAttempt> m_attempts;
    ContactStandardsCheck m_check;
    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QPushButton* m_printLog;
    QPushButton* m_letter;
    ConfirmBar* m_confirm;
    QLabel* m_status;
    QGroupBox* m_standardsBox;
    QVBoxLayout* m_standardsLayout;
    QLabel* m_summary;
};

} // namespace waymark
