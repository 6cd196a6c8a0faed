#pragma once

#include "domain/involvement.h"
#include "earlyhelp/intake.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace waymark {

class Database;
class DateField;
class FormErrors;

// A manager's decision that the work becomes a more intensive intervention (seed 003, sections 3
// and 15, Appendix I: "manager case notes any decision to extend or continue as assessed service or
// step up"): the intervention it moves to, the date and the manager's note, all required. Saves
// through EhIntakeRepository::escalate, which changes the involvement's service in the same
// transaction.
class EscalationDialog : public QDialog {
    Q_OBJECT
public:
    EscalationDialog(Database& db, const Involvement& involvement, QWidget* parent = nullptr);

    EhEscalation value() const;
    const EhEscalation& saved() const { return m_saved; }
    void accept() override;

private:
    void showTarget();

    Database& m_db;
    Involvement m_involvement;
    EhEscalation m_saved;
    QComboBox* m_to;
    QLabel* m_allows;
    DateField* m_date;
    QPlainTextEdit* m_note;
    QLabel* m_saveError;
    FormErrors* m_errors;
};

} // namespace waymark
