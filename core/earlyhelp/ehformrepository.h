#pragma once

#include "earlyhelp/ehforms.h"
#include "util/result.h"

#include <vector>

namespace waymark {

class Database;

// Early Help forms with their versions and the manager's sign-off (core/earlyhelp/ehforms.h). Every
// write checks the family access rule; sign-off needs a team manager, and not the one who
// submitted the form. Approving records the case event the deadlines wait for (an assessment:
// eh_assessment_completed; a review: eh_review), dated when the work was completed.
class EhFormRepository {
public:
    explicit EhFormRepository(Database& db)
        : m_db(db) {}

    // A new draft (id 0) or changes to a draft. A submitted, approved or returned version is
    // refused: revise() it instead.
    Status saveDraft(EhForm& form);
    Status removeDraft(qint64 formId);
    Status submit(qint64 formId); // checks the whole form (FormCheck::Submit)
    Status approve(qint64 formId, const QString& note);
    Status returnForChanges(qint64 formId, const QString& note); // the note says what to change
    // The next version of an approved or returned form, as a draft with the same content. Refused
    // while the series already has a newer version.
    Result<EhForm> revise(qint64 formId);

    Result<EhForm> get(qint64 formId) const;
    // Every version of every form of the involvement (optionally one kind), with content, oldest
    // series first and versions in order.
    std::vector<EhForm> forInvolvement(qint64 involvementId, const QString& kind = QString()) const;
    std::vector<EhForm> versions(qint64 seriesId) const;
    // What counts in reports: the latest approved version of each series, by completion date.
    std::vector<EhForm> approved(qint64 involvementId, const QString& kind = QString()) const;

private:
    Status decide(qint64 formId, const QString& status, const QString& note);
    Status writeContent(const EhForm& form);
    Status syncReferralEvents(const EhForm& form);
    void loadContent(EhForm& form) const;
    std::vector<EhForm> select(const QString& where, const QVariantList& bindings) const;

    Database& m_db;
};

} // namespace waymark
