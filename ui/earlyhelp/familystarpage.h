#pragma once

#include "earlyhelp/earlyhelppage.h"
#include "earlyhelp/ehforms.h"
#include "util/result.h"

#include <vector>

class QCheckBox;
class QLabel;
class QTableWidget;

namespace waymark {

class Database;
class EhFormList;
class StarChartWidget;

// The Family Star work of one Early Help involvement: every version of the assessment and the
// reviews with their sign-off (EhFormList), the star chart of approved readings (the assessment
// and the latest review, or every reading over time), section 14's distance travelled, and the
// payment-by-results indicator with its reasons.
class FamilyStarPage : public EarlyHelpPage {
    Q_OBJECT
public:
    explicit FamilyStarPage(Database& db, QWidget* parent = nullptr);

    void showInvolvement(qint64 familyId, const Involvement& involvement) override;
    void refresh();

    EhFormList* forms() const { return m_list; }
    StarChartWidget* chart() const { return m_chart; }

private:
    void fillChartAndIndicators();
    void updateNewButtons();

    Database& m_db;
    Involvement m_involvement;
    std::vector<EhForm> m_approved;
    EhFormList* m_list;
    QCheckBox* m_everyReading;
    StarChartWidget* m_chart;
    QTableWidget* m_distance;
    QLabel* m_pbr;
};

} // namespace waymark
