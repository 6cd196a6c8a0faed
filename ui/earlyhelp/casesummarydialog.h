#pragma once

#include "domain/involvement.h"
#include "earlyhelp/ehforms.h"
#include "validation/validationissue.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace waymark {

class Database;
class DateField;
class FormErrors;
class VocabularyCombo;

// The case summary template (seed 003, section 14): who the family are (pre-filled with the
// members' names and ages), why this summary, other workers (pre-filled from the family's other
// allocated services), why we are working with the family, the Signs of Safety mapping (1a-1d),
// safety goals, next steps, danger statements, the safety and wellbeing scales with the worker's
// words at each end, key achievements, and the distance travelled from the approved Family Star
// forms (read-only). Sections come from earlyhelp/casesummary.h. A form that is no longer a draft
// opens read-only.
class CaseSummaryDialog : public QDialog {
    Q_OBJECT
public:
    CaseSummaryDialog(Database& db, const EhForm& form, const Involvement& involvement,
                      QWidget* parent = nullptr);

    const EhForm& form() const { return m_form; }
    EhForm value() const;
    bool isReadOnly() const { return m_readOnly; }
    QTableWidget* distanceTable() const { return m_distance; }
    void accept() override;

private:
    void load(const EhForm& form);
    void fillDistance();
    void showIssues(const ValidationIssues& issues);

    Database& m_db;
    EhForm m_form;
    Involvement m_involvement;
    std::vector<EhForm> m_approved;
    bool m_readOnly = false;
    DateField* m_completedOn;
    VocabularyCombo* m_reason;
    QLineEdit* m_reasonDetail;
    QHash<QString, QPlainTextEdit*> m_sections;
    QHash<QString, QSpinBox*> m_scales;
    QHash<QString, QLineEdit*> m_scaleEnds;
    QTableWidget* m_distance;
    QLabel* m_distanceNote;
    QLabel* m_saveError;
    FormErrors* m_topErrors;
    FormErrors* m_errors;
};

} // namespace waymark
