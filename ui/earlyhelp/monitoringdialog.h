#pragma once

#include "earlyhelp/ehforms.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;

namespace waymark {

class Database;
class DateField;
class FormErrors;
class VocabularyCombo;

// An individual or family monitoring form (seed 003, sections 23-24): the payment-by-results
// questions, each with a note. Choosing "unknown" shows the guidance's advice beside the answer,
// and a form with an unexplained "unknown" cannot be submitted. Read-only unless a draft.
class MonitoringDialog : public QDialog {
    Q_OBJECT
public:
    MonitoringDialog(Database& db, const EhForm& form, QWidget* parent = nullptr);

    const EhForm& form() const { return m_form; }
    EhForm value() const;
    bool isReadOnly() const { return m_readOnly; }
    void accept() override;

private:
    void updateAdvice();

    Database& m_db;
    EhForm m_form;
    bool m_readOnly = false;
    DateField* m_completedOn;
    QComboBox* m_person = nullptr; // individual forms
    QHash<QString, VocabularyCombo*> m_answers;
    QHash<QString, QLineEdit*> m_notes;
    QHash<QString, QLabel*> m_advice;
    QLabel* m_saveError;
    FormErrors* m_errors;
};

} // namespace waymark
