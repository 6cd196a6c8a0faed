#pragma once

#include "domain/person.h"
#include "util/result.h"

#include <vector>

namespace waymark {

class Database;

// A recorded person who may be the same as one being entered, and why we think so.
struct PossibleDuplicate {
    Person person;
    QString reason; // "same name and date of birth", "same social-care number"...
};

class PersonRepository {
public:
    explicit PersonRepository(Database& db)
        : m_db(db) {}

    Status save(Person& person); // validates; insert (id == 0) or update
    Result<Person> get(qint64 id) const;
    std::vector<Person> getMany(const std::vector<qint64>& ids) const; // in the order given

    // People already recorded who match by surname + first given name + date of birth, or by any
    // identifier. The person itself (same id) is never returned.
    std::vector<PossibleDuplicate> findPossibleDuplicates(const Person& person) const;

private:
    Database& m_db;
};

} // namespace waymark
