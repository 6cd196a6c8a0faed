#pragma once

#include "earlyhelp/earlyhelppage.h"
#include "util/result.h"

class QFormLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace waymark {

class Database;

// The first page of the Early Help tab (seed 003, sections 1, 3 and 15, Appendix I-III): the
// prioritisation (outcome, priority, contact timescale, date, the manager's acceptance note, the
// worker proposed and who decided), the intervention with what it allows and how far through that
// the work is, and the escalations. "Record prioritisation..." and "Escalate..." are a manager's
// decisions: for anyone else the buttons are disabled and their tooltips say why.
class IntakePage : public EarlyHelpPage {
    Q_OBJECT
public:
    explicit IntakePage(Database& db, QWidget* parent = nullptr);

    void showInvolvement(qint64 familyId, const Involvement& involvement) override;

public slots:
    void recordPrioritisation(); // opens the dialog (modal); emits changed() after a save
    void escalate();

public:
    Status printTo(const QString& path); // the intake as a PDF (print/intakeprint.h)

private:
    Database& m_db;
    Involvement m_involvement;
    QFormLayout* m_prioritisationForm = nullptr;
    QLabel* m_outcome;
    QLabel* m_timescale;
    QLabel* m_decided;
    QLabel* m_worker;
    QLabel* m_note;
    QLabel* m_reminder;
    QPushButton* m_record;
    QLabel* m_intervention;
    QProgressBar* m_progress;
    QLabel* m_progressText;
    QPushButton* m_escalate;
    QTableWidget* m_escalations;
    QLabel* m_noEscalations;
    QPushButton* m_print = nullptr;
    QLabel* m_printStatus = nullptr;
};

} // namespace waymark
