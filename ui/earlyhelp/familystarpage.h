#pragma once

#include "earlyhelp/earlyhelppage.h"
#include "earlyhelp/ehforms.h"
#include "util/result.h"

#include <vector>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace waymark {

class Database;
class StarChartWidget;

// The Family Star work of one Early Help involvement: every version of the assessment and the
// reviews with their sign-off, the star chart of approved readings (the assessment and the latest
// review, or every reading over time), section 14's distance travelled, and the
// payment-by-results indicator with its reasons. Workers draft and submit; team managers approve
// or return with a note; approved or returned versions are revised as new versions.
class FamilyStarPage : public EarlyHelpPage {
    Q_OBJECT
public:
    explicit FamilyStarPage(Database& db, QWidget* parent = nullptr);

    void showInvolvement(qint64 familyId, const Involvement& involvement) override;
    void refresh();

    int formCount() const { return int(m_forms.size()); }
    void selectForm(int row);
    const EhForm* selectedForm() const;
    StarChartWidget* chart() const { return m_chart; }
    QString statusText() const;

public slots:
    void newAssessment();
    void newReview();
    void openSelected();
    void submitSelected();
    void signOffSelected(); // asks approve or return, with a note
    void reviseSelected();
    void removeSelectedDraft();
    void printSelected();

public:
    // The decisions and the printout without their dialogs, for tests and for signOffSelected().
    Status approveSelected(const QString& note);
    Status returnSelected(const QString& note);
    Status printTo(qint64 formId, const QString& path);

private:
    void openForm(const EhForm& form);
    void fillForms();
    void fillChartAndIndicators();
    void updateButtons();
    void report(const Status& s, const QString& done);

    Database& m_db;
    qint64 m_familyId = 0;
    Involvement m_involvement;
    std::vector<EhForm> m_forms;
    std::vector<EhForm> m_approved;
    QTableWidget* m_table;
    QPushButton* m_newAssessment;
    QPushButton* m_newReview;
    QPushButton* m_open;
    QPushButton* m_submit;
    QPushButton* m_signOff;
    QPushButton* m_revise;
    QPushButton* m_remove;
    QPushButton* m_print;
    QLabel* m_status;
    QCheckBox* m_everyReading;
    StarChartWidget* m_chart;
    QTableWidget* m_distance;
    QLabel* m_pbr;
};

} // namespace waymark
