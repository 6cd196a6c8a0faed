#pragma once

#include "earlyhelp/ehforms.h"
#include "earlyhelp/minimumrequirements.h"

#include <QString>

#include <vector>

namespace waymark::exchange {

// The Early Help forms of an import (exchange/ehformexchange.h), parsed and checked: every
// version with its sections, readings, information-sharing rows and plan actions. Timestamps are
// kept as written.
struct EhFormDocument {
    struct Form {
        EhForm form;
        QString submittedAt, decidedAt, createdAt, updatedAt;
    };
    std::vector<Form> forms;
    struct Requirement {
        qint64 id = 0;
        qint64 involvementId = 0;
        qint64 familyId = 0;
        MinimumRequirement requirement;
    };
    std::vector<Requirement> requirements; // the minimum requirements checklist
};

} // namespace waymark::exchange
