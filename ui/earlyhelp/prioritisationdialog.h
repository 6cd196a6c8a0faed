#pragma once

#include "domain/involvement.h"
#include "earlyhelp/intake.h"
#include "util/result.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace waymark {

class Database;
class DateField;
class FormErrors;

// The Team Leader's / Senior FOW's prioritisation of an Early Help referral (seed 003, section 1):
// one of the 16 outcomes (its priority and contact timescale shown as it is chosen), the date, the
// acceptance note and the worker proposed. Saves through EhIntakeRepository; a refusal (access, a
// rule checked on saving) appears in a line above the buttons.
class PrioritisationDialog : public QDialog {
    Q_OBJECT
public:
    PrioritisationDialog(Database& db, const Involvement& involvement, QWidget* parent = nullptr);

    void load(const EhIntake& intake);
    EhIntake value() const;
    const EhIntake& saved() const { return m_intake; }
    QString detailsText() const;  // the chosen outcome's priority and timescale, as shown
    QString reminderText() const; // empty when hidden

    void accept() override;

private:
    void showOutcome();

    Database& m_db;
    Involvement m_involvement;
    EhIntake m_intake;
    QComboBox* m_outcome;
    QLabel* m_details;
    QLabel* m_reminder;
    DateField* m_date;
    QPlainTextEdit* m_note;
    QComboBox* m_worker;
    QLabel* m_saveError;
    FormErrors* m_errors;
};

} // namespace waymark
