#pragma once

#include "domain/involvement.h"
#include "domain/worker.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QPlainTextEdit;

namespace waymark {

class DateField;
class FormErrors;
class VocabularyCombo;

// A service's work with the family: referral, allocation, opening and closure.
class InvolvementDialog : public QDialog {
    Q_OBJECT
public:
    InvolvementDialog(const std::vector<Worker>& workers, const QDate& today, QWidget* parent = nullptr);

    void load(const Involvement& involvement);
    Involvement value() const;
    void accept() override;

private:
    void updateClosureFields();

    Involvement m_involvement;
    QDate m_today;
    VocabularyCombo* m_service;
    DateField* m_referralDate;
    VocabularyCombo* m_referralSource;
    QPlainTextEdit* m_referralReason;
    QComboBox* m_worker;
    VocabularyCombo* m_status;
    DateField* m_openedOn;
    DateField* m_closedOn;
    VocabularyCombo* m_closureOutcome;
    QPlainTextEdit* m_closureNote;
    VocabularyCombo* m_placement;
    FormErrors* m_errors;
};

} // namespace waymark
