#pragma once

#include "earlyhelp/earlyhelppage.h"
#include "earlyhelp/minimumrequirements.h"

#include <QHash>

#include <vector>

class QLabel;
class QLineEdit;
class QPushButton;

namespace waymark {

class Database;
class EhFormList;
class VocabularyCombo;

// The end of the work (seed 003, sections 9 and 20): the minimum requirements checklist (GP,
// dentist, children's centre, 2/3 year old entitlement, school place, smoking cessation, young
// carer), kept up to date through the work and carried into the closure; then the closure forms
// (the closure form for targeted and intensive work, the Brief Intervention Closure Summary for
// brief work) with their sign-off. The manager's approval of a closure form closes the work.
class ClosurePage : public EarlyHelpPage {
    Q_OBJECT
public:
    explicit ClosurePage(Database& db, QWidget* parent = nullptr);

    void showInvolvement(qint64 familyId, const Involvement& involvement) override;
    void refresh();

    EhFormList* forms() const { return m_list; }
    // Saves the checklist rows that changed; false (and the reason shown) when one was refused.
    bool saveMinimumRequirements();
    QString minimumRequirementsStatus() const;
    QString closureStateText() const;

private:
    void loadMinimumRequirements();

    Database& m_db;
    Involvement m_involvement;
    std::vector<MinimumRequirement> m_minimum;
    QHash<QString, VocabularyCombo*> m_status;
    QHash<QString, QLineEdit*> m_notes;
    QHash<QString, QLabel*> m_checked;
    QPushButton* m_saveMinimum;
    QLabel* m_minimumStatus;
    QLabel* m_state;
    EhFormList* m_list;
};

} // namespace waymark
