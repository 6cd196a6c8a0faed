#pragma once

#include "earlyhelp/formdefinition.h"

#include <QDateTime>

#include <vector>

namespace waymark {

class Database;

// The Stockport Families First pathway (seed 004, section 5): referral with its criteria and
// priority, the crisis response, family meetings, the menu of support, reviews against goals,
// step-down, closure (the section 8 checklist) and the family's feedback. Each is an Early Help
// form of a Families First involvement (service "families_first"), with the same versions and
// manager sign-off as every other form (the team manager oversees every case, section 5).
namespace vocab {
const Vocabulary& ffPriority();      // standard (contact the social worker the same day), immediate (2 hours)
const Vocabulary& ffCriteria();      // section 3's referral criteria
const Vocabulary& ffCrisisSupport(); // what the initial visit put in place
const Vocabulary& ffMenu();          // step 6's menu of support
const Vocabulary& ffReviewNext();    // next review or closure
const Vocabulary& ffOutcomes();      // the outcomes the team evaluates its impact against
} // namespace vocab

const std::vector<const FormDefinition*>& familiesFirstForms();
bool isFamiliesFirstKind(const QString& kind);

// The response timescales of section 5 for a referral form: the social worker contacted the same
// day (within 2 hours when immediate) and a named worker allocated the same day or within 1
// working day. Each line says whether it was met, is still due (by when), or was missed.
struct ResponseCheck {
    QString contact;
    QString namedWorker;
    bool contactMet = false;
    bool namedWorkerMet = false;
};
ResponseCheck checkResponse(const EhForm& referral, const QDateTime& now);

// Referral-specific rules beyond the fields (checkDefinedForm calls this).
void checkFamiliesFirstForm(const EhForm& form, FormCheck check, ValidationIssues& issues);

// The case events a saved referral stands for (rules sff.*): the referral (immediate or not) at
// its received time, the social worker contacted, the named worker allocated. Kept in step with the
// form by EhFormRepository when the form is saved.
struct FfEvent {
    QString kind;
    QDateTime at; // time known
    bool hasTime = true;
};
std::vector<FfEvent> familiesFirstReferralEvents(const EhForm& referral);

} // namespace waymark
