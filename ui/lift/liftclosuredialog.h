#pragma once

#include "lift/liftrecords.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QRadioButton;

namespace waymark {

class Database;
class DateField;
class FormErrors;
class VocabularyCombo;

// The closure summary (section 3: "When a case is agreed as closed the SSW completes a closure
// summary form"), and a year later whether the child entered or returned to care (section 8).
class LiftClosureDialog : public QDialog {
    Q_OBJECT
public:
    LiftClosureDialog(Database& db, const LiftReferral& referral, QWidget* parent = nullptr);

    void load(const LiftClosure& closure); // edit, e.g. to add the one-year follow-up
    const LiftClosure& closure() const { return m_closure; }
    QString lengthText() const;
    QString followUpText() const;
    bool followUpEnabled() const;
    void accept() override;

private:
    LiftClosure value() const;
    void refresh();

    Database& m_db;
    LiftReferral m_referral;
    LiftClosure m_closure;
    QDate m_firstLinked;
    DateField* m_closedOn;
    VocabularyCombo* m_aim;
    QRadioButton* m_achieved;
    QRadioButton* m_notAchieved;
    QPlainTextEdit* m_reason;
    QLabel* m_length;
    QLabel* m_followUpDue;
    VocabularyCombo* m_careFollowUp;
    DateField* m_followUpOn;
    QPlainTextEdit* m_followUpNote;
    QLabel* m_saveError;
    FormErrors* m_errors;
    FormErrors* m_followUpErrors;
};

} // namespace waymark
