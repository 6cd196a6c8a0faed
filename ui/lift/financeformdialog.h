#pragma once

#include "lift/financetotals.h"
#include "lift/liftrecords.h"
#include "validation/validationissue.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace waymark {

class Database;
class DateField;
class FormColumns;
class VocabularyCombo;

// The monthly LIFT finance form (section 4): one per family per month, the sessions worked with
// the family (travel time is not claimable), whether the child was then accommodated by a foster
// carer (exempt pay) or not (taxable), the mileage (no 3-mile deduction) and where the claim is.
// Running totals at the rates in force show as it is filled in.
class FinanceFormDialog : public QDialog {
    Q_OBJECT
public:
    enum Column { DateColumn, HoursColumn, AccommodatedColumn, NoteColumn };

    FinanceFormDialog(Database& db, const LiftReferral& referral, QWidget* parent = nullptr);

    void load(const FinanceForm& form); // edit
    const FinanceForm& form() const { return m_form; }
    QTableWidget* sessionTable() const { return m_sessions; }
    void addSession(const QDate& date, const QString& hours, bool accommodated, const QString& note = {});
    FinanceTotals totals() const;
    QString totalsText() const;
    void accept() override;

private:
    FinanceForm value(ValidationIssues* problems = nullptr) const;
    void fillMonths(const QDate& include);
    void updateStatusDates();
    void refreshTotals();

    Database& m_db;
    LiftReferral m_referral;
    FinanceForm m_form;
    std::vector<LiftRate> m_rates;
    QDate m_firstMonth;
    QComboBox* m_month;
    QComboBox* m_mentor;
    QTableWidget* m_sessions;
    QPushButton* m_addRow;
    QPushButton* m_removeRow;
    QDoubleSpinBox* m_miles;
    VocabularyCombo* m_status;
    DateField* m_submittedOn;
    DateField* m_processedOn;
    DateField* m_paidOn;
    QPlainTextEdit* m_notes;
    QLabel* m_totals;
    QLabel* m_paidNote;
    QLabel* m_saveError;
    QPushButton* m_save = nullptr;
    FormColumns* m_fields;
};

} // namespace waymark
