#pragma once

#include "domain/caseevent.h"
#include "util/result.h"

#include <QVariantList>

#include <vector>

namespace waymark {

class Database;

// Stores managers' deadline extensions. Who may grant one, and whether the new date makes sense,
// is DeadlineService::grantExtension's job.
class ExtensionRepository {
public:
    explicit ExtensionRepository(Database& db)
        : m_db(db) {}

    Status save(RecordedExtension& extension); // insert (id == 0) or update; sets id and grantedAt on insert
    Status remove(qint64 id);
    std::vector<RecordedExtension> forFamily(qint64 familyId) const; // in the order granted

    // Every extension of the families `familySubquery` selects, in one query (see
    // CaseEventRepository::forFamilies). An empty subquery loads every family's extensions.
    Result<std::vector<RecordedExtension>> forFamilies(const QString& familySubquery,
                                                       const QVariantList& bindings) const;

private:
    Database& m_db;
};

} // namespace waymark
