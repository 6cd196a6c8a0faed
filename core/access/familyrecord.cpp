#include "access/familyrecord.h"

#include "access/accesspolicy.h"
#include "audit/auditlog.h"
#include "storage/familyrepository.h"

namespace waymark {

Result<Family> viewFamily(const Database& db, qint64 familyId) {
    if (Status s = access::requireFamily(db, familyId); !s)
        return s;
    if (Status s =
            audit::record(db, QLatin1String(audit::view), QStringLiteral("families"), familyId, familyId);
        !s)
        return s;
    return FamilyRepository(const_cast<Database&>(db)).get(familyId);
}

} // namespace waymark
