#pragma once

#include "earlyhelp/earlyhelppage.h"

class QLabel;

namespace waymark {

class Database;
class EhFormList;

// Stockport Families First work (seed 004, section 5): the referral with its criteria and
// priority, the crisis response, family meetings, the menu of support, reviews, step-down,
// closure and the family's feedback, each a form with versions and the team manager's sign-off.
// Above the list, the response timescales of the latest referral: the social worker contacted the
// same day (2 hours when immediate) and a named worker within 1 working day.
class FamiliesFirstPage : public EarlyHelpPage {
    Q_OBJECT
public:
    explicit FamiliesFirstPage(Database& db, QWidget* parent = nullptr);

    void showInvolvement(qint64 familyId, const Involvement& involvement) override;
    EhFormList* forms() const { return m_list; }
    QString responseText() const;

private:
    void updateResponse();

    Database& m_db;
    EhFormList* m_list;
    QLabel* m_response;
};

} // namespace waymark
