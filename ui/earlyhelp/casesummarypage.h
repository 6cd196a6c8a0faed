#pragma once

#include "earlyhelp/earlyhelppage.h"

#include <QDate>

class QLabel;

namespace waymark {

class Database;
class EhFormList;

// The case summaries of one Early Help involvement (seed 003, section 14): every version with its
// sign-off (EhFormList), opened in CaseSummaryDialog and printed through print/ehformprint.h, and
// when the next one is due: 4 months after engagement started (the involvement's first
// engagement_started event), then 3 months after the latest approved summary
// (nextCaseSummaryDue). The deadline rules eh.case_summary.* say the same on the Deadlines tab.
class CaseSummaryPage : public EarlyHelpPage {
    Q_OBJECT
public:
    explicit CaseSummaryPage(Database& db, QWidget* parent = nullptr);

    void showInvolvement(qint64 familyId, const Involvement& involvement) override;
    void refresh();
    EhFormList* forms() const { return m_list; }
    QDate nextDue() const { return m_nextDue; }
    QString dueText() const;

private:
    Database& m_db;
    Involvement m_involvement;
    EhFormList* m_list;
    QLabel* m_due;
    QDate m_nextDue;
};

} // namespace waymark
