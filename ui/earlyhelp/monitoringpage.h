#pragma once

#include "earlyhelp/earlyhelppage.h"

namespace waymark {

class Database;
class EhFormList;

// The individual and family monitoring forms (seed 003, sections 11, 23 and 24): completed at the
// assessment and at every review, one individual form per member worked with, with the
// payment-by-results questions. Not needed for a brief intervention.
class MonitoringPage : public EarlyHelpPage {
    Q_OBJECT
public:
    explicit MonitoringPage(Database& db, QWidget* parent = nullptr);

    void showInvolvement(qint64 familyId, const Involvement& involvement) override;
    EhFormList* forms() const { return m_list; }

private:
    Database& m_db;
    EhFormList* m_list;
};

} // namespace waymark
