#pragma once

#include "earlyhelp/earlyhelppage.h"

class QLabel;

namespace waymark {

class Database;
class EhFormList;

// The Signs of Wellbeing assessment of one Early Help involvement (seed 003, section 11): every
// version with its sign-off (EhFormList), opened in SignsOfWellbeingDialog and printed through
// print/ehformprint.h. One assessment per piece of work: to change it, revise it. For a brief
// intervention it is the only assessment, carrying the brief plan of work in next steps.
class SignsOfWellbeingPage : public EarlyHelpPage {
    Q_OBJECT
public:
    explicit SignsOfWellbeingPage(Database& db, QWidget* parent = nullptr);

    void showInvolvement(qint64 familyId, const Involvement& involvement) override;
    void refresh();
    EhFormList* forms() const { return m_list; }

private:
    Database& m_db;
    Involvement m_involvement;
    EhFormList* m_list;
    QLabel* m_hint;
};

} // namespace waymark
