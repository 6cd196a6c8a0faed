#pragma once

#include "domain/worker.h"
#include "util/result.h"

#include <vector>

namespace waymark {

class Database;

class WorkerRepository {
public:
    explicit WorkerRepository(Database& db)
        : m_db(db) {}

    // Inserts (id == 0) or updates; validates first; sets worker.id on insert.
    Status save(Worker& worker);
    Result<Worker> get(qint64 id) const;
    std::vector<Worker> all() const; // by name

private:
    Database& m_db;
};

} // namespace waymark
