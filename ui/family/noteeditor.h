#pragma once

#include "domain/casenote.h"
#include "domain/family.h"
#include "domain/involvement.h"

#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTimer;

namespace waymark {

class Database;
class DateField;
class FormErrors;
class VocabularyCombo;

// Writes a case note on the Leicestershire case recording template. Typing is kept as a draft
// in the database a couple of seconds after each change (and whenever the editor is hidden or
// the family changes), so closing the window or a crash never loses it: the draft is offered
// back the next time the family is opened.
class NoteEditor : public QWidget {
    Q_OBJECT
public:
    explicit NoteEditor(Database& db, QWidget* parent = nullptr);

    // Shows the editor for a family; restores that family's draft if there is one.
    void setFamily(const Family& family, const std::vector<Person>& members,
                   const std::vector<Involvement>& involvements);
    void setAuthor(qint64 workerId) { m_authorWorkerId = workerId; }
    // Writes the draft now if anything changed since the last one.
    void flushDraft();
    bool hasRestoredDraft() const;
    static QString draftKey(qint64 familyId);

    // Validates and saves; returns false (with messages beside the fields) when it cannot.
    bool save();
    void discard();
    void focusFirstField();

signals:
    void noteSaved(qint64 noteId);

private:
    void clearFields();
    void markChanged();
    bool isBlank() const;
    QString draftJson() const;
    void restoreDraft(const QString& json);

    Database& m_db;
    qint64 m_familyId = 0;
    qint64 m_authorWorkerId = 0;
    bool m_dirty = false;
    bool m_loading = false;
    QTimer* m_autosave;
    QLabel* m_banner;
    DateField* m_date;
    QLineEdit* m_time;
    VocabularyCombo* m_type;
    QComboBox* m_involvement;
    QLineEdit* m_subject;
    QListWidget* m_people;
    QLineEdit* m_location;
    QLineEdit* m_present;
    QLineEdit* m_outcomes;
    QPlainTextEdit* m_purpose;
    QPlainTextEdit* m_workedWell;
    QPlainTextEdit* m_worries;
    QPlainTextEdit* m_voice;
    QPlainTextEdit* m_nextSteps;
    QCheckBox* m_restricted;
    FormErrors* m_errors;
};

} // namespace waymark
