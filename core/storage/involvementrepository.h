#pragma once

#include "domain/involvement.h"
#include "util/result.h"

#include <vector>

namespace waymark {

class Database;

class InvolvementRepository {
public:
    explicit InvolvementRepository(Database& db)
        : m_db(db) {}

    Status save(Involvement& involvement); // validates; insert (id == 0) or update
    Result<Involvement> get(qint64 id) const;
    std::vector<Involvement> forFamily(qint64 familyId) const; // newest referral first

private:
    Database& m_db;
};

} // namespace waymark
