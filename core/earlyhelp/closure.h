#pragma once

#include "domain/caseevent.h"
#include "domain/involvement.h"
#include "earlyhelp/ehforms.h"
#include "earlyhelp/ehformvalidation.h"
#include "util/result.h"

#include <QDate>
#include <QStringList>

#include <vector>

namespace waymark {

class Database;

// Seed 003, section 20 and Appendices I-IV: closing an Early Help involvement.
//
// A targeted or intensive intervention closes with the closure form ("closure"), a brief one with
// the Brief Intervention Closure Summary of Appendix IV ("brief_closure"). The form carries the
// reason (one of the six closure outcomes of section 20, vocab::closureOutcome()), what was done
// and what changed, and a snapshot of the minimum requirements (section 9). The worker submits it;
// the team manager's approval is the sign-off the guidance requires ("only Managers can sign off a
// case closure") and closes the involvement, dated when the form was completed.
//
// Text keys of a closure form.
namespace closure_text {
constexpr const char* reason = "reason";                // vocab::closureOutcome(), the first six
constexpr const char* summary = "summary";              // closure form: the situation at closure
constexpr const char* workCompleted = "work_completed"; // "What work was completed?"
constexpr const char* changes = "changes";              // "What changes happened"
constexpr const char* nextSteps = "next_steps";         // any next steps (section 20's case note)
constexpr const char* sowReasons = "reasons";           // brief: copied from the Signs of Wellbeing
} // namespace closure_text

// Section 20: "A review should always be completed in the two weeks prior to closure". The
// checklists of Appendices II and III are looser ("Review must have been completed within a month
// of closure or do again"); the stricter two weeks is used.
constexpr int kReviewBeforeClosureDays = 14;

bool isClosureKind(const QString& kind);
// The closure form an involvement's service uses: brief_closure for early_help_brief, else closure.
QString closureFormKind(const QString& service);
// The six closure reasons of section 20 (codes of vocab::closureOutcome()).
QStringList closureReasons();

struct ClosureCheck {
    QString formKind;           // the form that applies to this involvement
    bool reviewRequired = true; // false for a brief intervention and where no review is possible
    qint64 reviewFormId = 0;    // the approved review that meets the rule, if any
    QStringList blockers;       // why it cannot close yet; empty: it can
    QStringList notes;          // what the guidance says about this closure, in words
    bool canClose() const { return blockers.isEmpty(); }
};

// The preconditions for closing `involvement` with `closureForm` (its kind, reason and completion
// date, the closing date): a pure function of the records, for the dialog's live check, the
// submission and the approval.
//  - the involvement is open Early Help work, the form is the one its service uses, the reason is
//    one of the six and the closing date is given, not in the future and not before it opened;
//  - targeted and intensive: an approved Family Star review completed in the kReviewBeforeClosureDays
//    days up to the closing date, except where section 20 allows none: the family refused the
//    service (no work was undertaken) or disengaged having never engaged (no engagement_started
//    event and no approved Family Star form). When the family moved away unexpectedly the review
//    may be the worker's alone (a worker-only reading);
//  - brief: no Family Star review (section 11); the summary copies the Signs of Wellbeing reasons.
// Minimum requirements not met are notes, not blockers: the checklists ask the worker to ensure
// them, and a family that refused the service will not have met them.
// `approvedForms`: EhFormRepository::approved(involvement.id); `events`: the family's case events.
ClosureCheck checkClosure(const Involvement& involvement, const EhForm& closureForm,
                          const std::vector<EhForm>& approvedForms, const std::vector<RecordedEvent>& events);

// What a closure form must hold (pure, the one line in validateEhForm): a known reason; on
// submission the reason, and the summary (closure form) or the work completed (brief summary).
ValidationIssues validateClosureForm(const EhForm& form, FormCheck check);

// Fills what a closure form copies from the records: the minimum requirements snapshot (always
// refreshed while a draft) and, when empty, the reasons from the Signs of Wellbeing assessment
// (the latest approved one, else the latest). Called when a closure draft is saved.
void copyIntoClosureForm(Database& db, EhForm& form);

// The checks with the records read from the database (access rules apply).
Result<ClosureCheck> checkClosure(Database& db, const EhForm& closureForm);
// The same as a Status: failure says why the work cannot close yet (checked on submission).
Status closurePreconditions(Database& db, const EhForm& closureForm);
// Called when a manager approves a closure form, inside the approval's transaction: checks again,
// closes the involvement (status closed, closed on the completion date, the reason as the closure
// outcome, the summary as the note) and records the case_closed event.
Status closeOnApproval(Database& db, const EhForm& closureForm);

} // namespace waymark
