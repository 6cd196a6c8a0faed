#pragma once

#include "domain/involvement.h"
#include "earlyhelp/ehforms.h"
#include "validation/validationissue.h"

#include <QDialog>
#include <QHash>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSlider;
class QSpinBox;
class QTableWidget;

namespace waymark {

class Database;
class DateField;
class FormErrors;

// The Signs of Wellbeing assessment (seed 003, section 11): Section One's summary, the
// information-sharing table (pre-filled from the family's members for a new form: a child's age,
// an adult's role, who holds parental responsibility; rows can be changed, added and removed),
// the numbered sections, and the 0-10 scaling tool with the guidance's words for the value shown
// as it moves. Sections, hints and anchors come from earlyhelp/signsofwellbeing.h. Saving keeps a
// draft; a form that is no longer a draft opens read-only.
class SignsOfWellbeingDialog : public QDialog {
    Q_OBJECT
public:
    SignsOfWellbeingDialog(Database& db, const EhForm& form, const Involvement& involvement,
                           QWidget* parent = nullptr);

    const EhForm& form() const { return m_form; } // as saved
    EhForm value() const;                         // as the fields stand now
    bool isReadOnly() const { return m_readOnly; }
    QTableWidget* infoSharingTable() const { return m_infoSharing; }
    void addInfoSharingRow(const InfoSharingRow& row);
    void accept() override;

private:
    void load(const EhForm& form);
    void updateScaleLabel();
    void showIssues(const ValidationIssues& issues);

    Database& m_db;
    EhForm m_form;
    Involvement m_involvement;
    bool m_readOnly = false;
    DateField* m_startedOn;
    DateField* m_completedOn;
    QHash<QString, QLineEdit*> m_summary;
    QTableWidget* m_infoSharing;
    QPushButton* m_addRow;
    QPushButton* m_removeRow;
    QHash<QString, QPlainTextEdit*> m_sections;
    QSpinBox* m_scale;
    QSlider* m_slider;
    QLabel* m_scaleLabel;
    QLabel* m_saveError;
    FormErrors* m_summaryErrors;
    FormErrors* m_tableErrors;
    FormErrors* m_scaleErrors;
    FormErrors* m_errors;
};

} // namespace waymark
