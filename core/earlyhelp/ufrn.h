#pragma once

#include "domain/person.h"
#include "domain/vocabulary.h"
#include "util/result.h"

#include <QString>

#include <optional>
#include <vector>

namespace waymark {

// The Leicestershire Early Help Unique Family Reference Number (seed 003, section 2): "EH",
// the locality's number (01 Blaby ... 07 Oadby Wigston), the youngest child's case-system
// (Framework-i) number, and "F": EH03123456F. It links a family's members for monitoring at
// family level, and is shown against every member.
struct EarlyHelpLocality {
    const char* code; // "03"
    const char* name; // "Harborough"
};
const std::vector<EarlyHelpLocality>& earlyHelpLocalities();
namespace vocab {
const Vocabulary& earlyHelpLocality(); // the same, as a coded list for forms: "01" -> "01 Blaby"
}

struct UfrnParts {
    QString localityCode;    // "03"
    QString childCaseNumber; // "123456"
};

// Builds the UFRN, or says what is wrong (an unknown locality; a case number that is missing or
// not digits).
Result<QString> makeUfrn(const QString& localityCode, const QString& youngestChildCaseNumber);
// Reads a UFRN typed or stored (spaces and case forgiven); nullopt when it is not one.
std::optional<UfrnParts> parseUfrn(const QString& text);

// The youngest child whose number makes the UFRN: the latest date of birth among the children
// given, leaving out unborn children (they have no case-system number yet). Twins: the one whose
// record was made first. nullopt when no child qualifies.
std::optional<Person> youngestChildForUfrn(const std::vector<Person>& children);

// What the guidance asks when the family's youngest child is no longer the one in the UFRN (a
// baby born, a younger child joining): empty when nothing is needed.
QString ufrnYoungestChildAdvice(const QString& ufrn, const std::vector<Person>& children);

} // namespace waymark
