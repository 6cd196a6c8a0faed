#pragma once

#include "earlyhelp/ehforms.h"

#include <QDialog>
#include <QHash>

#include <vector>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace waymark {

class Database;
class DateField;
class FormErrors;
class StarChartWidget;
class VocabularyCombo;

// A Family Star assessment or review (seed 003, sections 11 and 13): each of the 10 areas scored
// 1-10 with the words behind the score (an assessment's narrative; a review's "What has gone
// well?" and "What worries you?"), who scored and when, and whether the family agreed. When they
// did not, the family's own scores are kept as a second reading. The chart beside the form draws
// the scores as they are entered over the approved assessment and latest review. Saving keeps a
// draft; submitting to the manager is on the Family Star page. A form that is no longer a draft
// opens read-only.
class FamilyStarDialog : public QDialog {
    Q_OBJECT
public:
    FamilyStarDialog(Database& db, const EhForm& form, std::vector<EhForm> approvedEarlier,
                     QWidget* parent = nullptr);

    const EhForm& form() const { return m_form; } // as saved
    EhForm value() const;                         // as the fields stand now
    bool isReadOnly() const { return m_readOnly; }
    StarChartWidget* chart() const { return m_chart; }
    void accept() override;

private:
    void load(const EhForm& form);
    void updateChart();
    void updateFamilyScores();
    QWidget* buildAreas(bool review);

    Database& m_db;
    EhForm m_form;
    std::vector<EhForm> m_earlier;
    bool m_readOnly = false;
    bool m_review = false;
    DateField* m_completedOn;
    QLineEdit* m_scoredBy;
    VocabularyCombo* m_perspective;
    QLineEdit* m_attendance;
    VocabularyCombo* m_outcome; // reviews only
    QHash<QString, QSpinBox*> m_scores;
    QHash<QString, QPlainTextEdit*> m_narratives;
    QHash<QString, QPlainTextEdit*> m_goneWell;
    QHash<QString, QPlainTextEdit*> m_worries;
    QWidget* m_familyBox;
    QHash<QString, QSpinBox*> m_familyScores;
    StarChartWidget* m_chart;
    QLabel* m_saveError;
    FormErrors* m_errors;
};

} // namespace waymark
