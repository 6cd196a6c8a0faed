#pragma once

#include "earlyhelp/earlyhelppage.h"
#include "earlyhelp/ehforms.h"

#include <vector>

class QLabel;

namespace waymark {

class Database;
class EhFormList;

// The plans of one Early Help involvement (seed 003, section 12): every version with its sign-off
// (EhFormList; approving a plan records eh_plan, which starts the review timescale), and the other
// agencies' work in the approved plan, so that it is easily identified. Brief interventions plan
// their work in the Signs of Wellbeing "Next Steps" (Appendix I): no plan is offered.
class PlanPage : public EarlyHelpPage {
    Q_OBJECT
public:
    explicit PlanPage(Database& db, QWidget* parent = nullptr);

    void showInvolvement(qint64 familyId, const Involvement& involvement) override;
    void refresh();

    EhFormList* forms() const { return m_list; }
    QString otherAgenciesText() const;

private:
    Database& m_db;
    Involvement m_involvement;
    std::vector<EhForm> m_approved;
    EhFormList* m_list;
    QLabel* m_agencies;
};

} // namespace waymark
