#pragma once

#include "domain/involvement.h"
#include "earlyhelp/contactstandards.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QTimeEdit;

namespace waymark {

class Database;
class DateField;
class FormErrors;
class VocabularyCombo;

// One attempt to contact the family (seed 003, section 5): when, how, what came of it, the date a
// calling card or letter asks the family to reply by (a letter gives 10 days), and a note. Saved
// through ContactAttemptRepository, which keeps the deadlines' events in step.
class ContactAttemptDialog : public QDialog {
    Q_OBJECT
public:
    ContactAttemptDialog(Database& db, const Involvement& involvement, QWidget* parent = nullptr);

    void load(const ContactAttempt& attempt); // edit an attempt already logged
    const ContactAttempt& attempt() const { return m_attempt; }
    void accept() override;

private:
    ContactAttempt value() const;
    void methodChanged();
    void showDay();

    Database& m_db;
    Involvement m_involvement;
    ContactAttempt m_attempt;
    QDate m_suggestedReplyBy; // what the form filled in itself, replaced when the method changes
    DateField* m_date;
    QTimeEdit* m_time;
    QLabel* m_day;
    VocabularyCombo* m_method;
    VocabularyCombo* m_outcome;
    DateField* m_replyBy;
    QLabel* m_replyHint;
    QPlainTextEdit* m_note;
    QLabel* m_saveError;
    FormErrors* m_errors;
};

} // namespace waymark
