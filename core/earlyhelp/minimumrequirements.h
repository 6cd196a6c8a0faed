#pragma once

#include "domain/vocabulary.h"
#include "util/result.h"
#include "validation/validationissue.h"

#include <QDate>
#include <QString>

#include <map>
#include <vector>

namespace waymark {

class Database;

// Seed 003, section 9: the minimum requirements every intervention must achieve (unless it is a
// 1 or 2 session intervention or signposting), kept up to date through the work, added to the
// plan and carried into the closure (the closure form and Appendix IV's Brief Intervention
// Closure Summary, where the completed ones are shown in bold).

namespace vocab {
// gp, dentist, childrens_centre, early_education, school_place, smoking_cessation, young_carer:
// worded as Appendix IV words them.
const Vocabulary& minimumRequirement();
const Vocabulary& minimumRequirementStatus(); // met, not_met, not_applicable
} // namespace vocab

struct MinimumRequirement {
    QString item;   // vocab::minimumRequirement()
    QString status; // vocab::minimumRequirementStatus(); empty: not checked yet
    QString note;   // e.g. "registered with Dr Example"; required when it does not apply
    QDate updatedOn;

    bool isMet() const { return status == QLatin1String("met"); }
    bool operator==(const MinimumRequirement& o) const {
        return item == o.item && status == o.status && note == o.note && updatedOn == o.updatedOn;
    }
};

ValidationIssues validateMinimumRequirement(const MinimumRequirement& r, const QDate& today);

// "met: registered with Dr X", "not met", "not applicable: no child under 5"; empty when unchecked.
QString minimumRequirementText(const MinimumRequirement& r);

// The snapshot a closure form carries: texts "minreq.<item>" = "<status code>: <note>" (e.g.
// "minreq.gp" = "met: registered with Dr Example"), one per item that has been checked; and back, in
// vocabulary order, every item (unchecked ones empty).
constexpr const char* kMinReqPrefix = "minreq.";
void copyMinimumRequirements(const std::vector<MinimumRequirement>& items, std::map<QString, QString>& texts);
std::vector<MinimumRequirement> minimumRequirementsFromTexts(const std::map<QString, QString>& texts);

// One row per involvement and item (eh_minimum_requirements). Reads follow the family access
// rule; saves need write access and go through Database::insert/update, so they are audited.
class MinimumRequirementRepository {
public:
    explicit MinimumRequirementRepository(Database& db)
        : m_db(db) {}

    // All 7 items in vocabulary order; an item never checked has an empty status.
    Result<std::vector<MinimumRequirement>> forInvolvement(qint64 involvementId) const;
    // Records one item (updatedOn defaults to today).
    Status save(qint64 involvementId, MinimumRequirement& requirement);

private:
    Database& m_db;
};

} // namespace waymark
