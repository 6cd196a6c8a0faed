#pragma once

#include "earlyhelp/ehforms.h"

#include <QDialog>
#include <QHash>

#include <map>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace waymark {

class Database;
class DateField;
class FormErrors;
class VocabularyCombo;

// An Early Help plan (seed 003, section 12) under the 10 Family Star headings. Beside each heading
// the score from the latest approved Family Star form ("You should see the score that you entered
// in assessment"). Each heading holds actions: who is responsible (a worker chosen from the list or
// typed in, the young person, the parent or carer, another agency named so that its work is easily
// identified), "What are we doing?", "Why are we doing it?", "What impact will it have?" and
// whether it is a priority now; or the heading is marked "not prioritised currently". What is still
// missing before the plan can be submitted is listed live under the form. Saving keeps a draft; a
// form that is no longer a draft opens read-only.
class PlanDialog : public QDialog {
    Q_OBJECT
public:
    // `approvedForms`: EhFormRepository::approved() of the involvement, for the scores.
    PlanDialog(Database& db, const EhForm& form, const std::vector<EhForm>& approvedForms,
               QWidget* parent = nullptr);

    const EhForm& form() const { return m_form; } // as saved
    EhForm value() const;                         // as the fields stand now
    bool isReadOnly() const { return m_readOnly; }
    // Adds an empty action under the heading and returns its index there (objectNames end in
    // "_<area>_<index>": responsibleKind, responsibleWorker, responsibleName, agency, doing, why,
    // impact, priority).
    int addAction(const QString& area);
    int actionCount(const QString& area) const;
    QString readinessText() const;
    void accept() override;

private:
    struct Action {
        QWidget* box = nullptr;
        VocabularyCombo* kind = nullptr;
        QComboBox* worker = nullptr;
        QLineEdit* name = nullptr;
        QLineEdit* agency = nullptr;
        QPlainTextEdit* doing = nullptr;
        QPlainTextEdit* why = nullptr;
        QPlainTextEdit* impact = nullptr;
        VocabularyCombo* priority = nullptr;
        QPushButton* remove = nullptr;
    };
    struct Heading {
        QCheckBox* notPrioritised = nullptr;
        QVBoxLayout* actions = nullptr;
        QPushButton* add = nullptr;
        std::vector<Action> list;
        int next = 0; // the index the next action is named with
    };

    QWidget* buildHeadings();
    void load(const EhForm& form);
    void fillAction(const Action& a, const PlanItem& item);
    void updateAction(const Action& a);
    void updateHeading(const QString& area);
    void updateReadiness();

    Database& m_db;
    EhForm m_form;
    bool m_readOnly = false;
    std::map<QString, int> m_scores;
    std::vector<std::pair<qint64, QString>> m_workers;
    qint64 m_defaultWorker = 0;
    std::map<QString, Heading> m_headings;
    DateField* m_completedOn;
    QLabel* m_readiness;
    QLabel* m_saveError;
    FormErrors* m_errors;
};

} // namespace waymark
