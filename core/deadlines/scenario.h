#pragma once

#include "deadlines/casefacts.h"
#include "deadlines/deadline.h"
#include "deadlines/rulebook.h"
#include "util/result.h"

#include <QJsonObject>
#include <QStringList>

namespace waymark {

// A case given as JSON, as `waymark-cli deadlines --scenario FILE` reads it:
// {"case": {"service", "intervention", "child_dob", "cared_for", "placement_type", "eh_outcome"},
//  "events": [{"kind", "at"}], "extensions": [{"rule", "due", "new_due", "reason", "granted_by"}]}.
struct Scenario {
    CaseFacts facts;
    std::vector<CaseEvent> events;
    std::vector<Extension> extensions;
    QStringList warnings; // e.g. event kinds no rule knows
};

// Errors name the field by its JSON path: "$.events[2].at: expected YYYY-MM-DD or YYYY-MM-DDTHH:MM".
Result<Scenario> parseScenario(const QByteArray& json, const RuleBook& book);

// "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM"; a null result for anything else.
std::optional<When> parseWhen(const QString& text);

// {"rule", "title", "due", "status", "explanation", "lead_role", "starts", "start", ...}.
QJsonObject deadlineToJson(const Deadline& deadline, const RuleBook& book);

} // namespace waymark
