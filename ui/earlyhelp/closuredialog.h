#pragma once

#include "domain/caseevent.h"
#include "domain/involvement.h"
#include "earlyhelp/closure.h"
#include "earlyhelp/ehforms.h"

#include <QDialog>

#include <vector>

class QLabel;
class QPlainTextEdit;

namespace waymark {

class Database;
class DateField;
class FormErrors;
class VocabularyCombo;

// Closing Early Help work (seed 003, section 20): which form applies (the closure form for
// targeted and intensive work, the Brief Intervention Closure Summary of Appendix IV for brief
// work), the closing date, one of the six closure reasons, what was done and what changed, and the
// minimum requirements as the checklist holds them (copied into the form when it is saved). The
// preconditions are checked live as the reason and date change, saying why the work cannot close
// yet (e.g. no review in the two weeks before closure). Saving keeps a draft; the manager's
// approval of the submitted form closes the work. A form that is no longer a draft is read-only.
class ClosureDialog : public QDialog {
    Q_OBJECT
public:
    ClosureDialog(Database& db, const EhForm& form, const Involvement& involvement,
                  QWidget* parent = nullptr);

    const EhForm& form() const { return m_form; }
    EhForm value() const;
    bool isReadOnly() const { return m_readOnly; }
    const ClosureCheck& check() const { return m_check; }
    QString checkText() const;
    void accept() override;

private:
    void updateCheck();

    Database& m_db;
    EhForm m_form;
    Involvement m_involvement;
    bool m_readOnly = false;
    bool m_brief = false;
    std::vector<EhForm> m_approved;
    std::vector<RecordedEvent> m_events;
    ClosureCheck m_check;
    DateField* m_completedOn;
    VocabularyCombo* m_reason;
    QPlainTextEdit* m_sowReasons;
    QPlainTextEdit* m_summary;
    QPlainTextEdit* m_workCompleted;
    QPlainTextEdit* m_changes;
    QPlainTextEdit* m_nextSteps;
    QLabel* m_minimum;
    QLabel* m_checkLabel;
    QLabel* m_saveError;
    FormErrors* m_errors;
};

} // namespace waymark
