#pragma once

#include "lift/liftrecords.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace waymark {

class Database;
class FormErrors;
class VocabularyChecks;

// A LIFT mentor: who they are, what they offer, their buddy, and the families they work with.
// The buddy code word is shown only to the mentor's own SSW and to coordinators, and only when
// they ask ("Show"); everyone else sees that it is hidden and why.
class MentorDialog : public QDialog {
    Q_OBJECT
public:
    explicit MentorDialog(Database& db, QWidget* parent = nullptr);
    void load(const Mentor& mentor);
    Mentor value() const;
    const Mentor& saved() const { return m_mentor; }
    void accept() override; // validates and saves

    QLineEdit* codeWordField() const { return m_codeWord; }
    QPushButton* showCodeWordButton() const { return m_showCodeWord; }
    QLabel* codeWordNote() const { return m_codeWordNote; }
    QTreeWidget* history() const { return m_history; }
    QString saveError() const;

private:
    void updateCodeWordAccess();
    void revealCodeWord();
    void fillHistory();

    Database& m_db;
    Mentor m_mentor;
    bool m_codeWordLoaded = false; // the stored word is in the field (so unchanged means keep)
    QString m_loadedCodeWord;
    QLineEdit* m_name;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QLineEdit* m_line1;
    QLineEdit* m_line2;
    QLineEdit* m_town;
    QLineEdit* m_postcode;
    QLineEdit* m_locality;
    QComboBox* m_ssw;
    VocabularyChecks* m_support;
    QDoubleSpinBox* m_hours;
    QSpinBox* m_fosterChildren;
    QPlainTextEdit* m_saferCare;
    QLineEdit* m_buddyName;
    QLineEdit* m_buddyPhone;
    QLineEdit* m_codeWord;
    QPushButton* m_showCodeWord;
    QLabel* m_codeWordNote;
    QCheckBox* m_active;
    QPlainTextEdit* m_notes;
    QTreeWidget* m_history;
    FormErrors* m_errors;
    FormErrors* m_offerErrors;
};

} // namespace waymark
