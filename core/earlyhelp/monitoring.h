#pragma once

#include "earlyhelp/ehforms.h"
#include "earlyhelp/ehformvalidation.h"

#include <QString>

#include <vector>

namespace waymark {

// The individual and family monitoring forms' payment-by-results questions (seed 003, sections 23
// and 24). Answers are stored in the form's texts: "q.<key>" holds the answer code and
// "q.<key>.note" any note. The guidance asks workers to avoid "unknown": answer "no" unless there
// is a disclosure or an observation, and record "yes" at a later review if one comes. So an
// "unknown" answer needs a note saying why it cannot be answered before the form can be submitted.
struct MonitoringQuestion {
    const char* key;
    const char* label; // QT_TRANSLATE_NOOP("Vocabulary", ...)
    const Vocabulary& (*answers)();
};

namespace vocab {
const Vocabulary& yesNoUnknown();
const Vocabulary& generalHealth();
const Vocabulary& whereSmoke();
} // namespace vocab

const std::vector<MonitoringQuestion>& individualMonitoringQuestions(); // about one member
const std::vector<MonitoringQuestion>& familyMonitoringQuestions();     // about the household
const std::vector<MonitoringQuestion>& monitoringQuestions(const QString& kind);

QString answerKey(const char* questionKey);
QString noteKey(const char* questionKey);
// Section 24 in a sentence, shown beside an "unknown" answer.
QString unknownAdvice();

void checkMonitoringForm(const EhForm& form, FormCheck check, ValidationIssues& issues);

} // namespace waymark
