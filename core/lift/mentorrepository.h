#pragma once

#include "lift/liftrecords.h"
#include "util/result.h"

#include <optional>
#include <vector>

namespace waymark {

class Database;

// LIFT mentors: the mentor spreadsheet and the vacancy spreadsheet of the procedure, in one place.
// Anyone who works with cases may read mentors; supervising social workers, coordinators and
// managers may change them (access::Action::ManageMentors).
class MentorRepository {
public:
    explicit MentorRepository(Database& db)
        : m_db(db) {}

    Status save(Mentor& mentor); // validates; insert (id == 0) or update
    // Saves the mentor and, in the same transaction, sets (or with an empty word removes) the code
    // word, so a new mentor and their buddy's word arrive together or not at all.
    Status save(Mentor& mentor, const QString& newCodeWord);
    Result<Mentor> get(qint64 id) const;
    std::vector<Mentor> all(bool activeOnly = false) const; // by name

    // The buddy code word: only the mentor's own SSW or a coordinator may read or set it, and each
    // reading is audited. An empty word removes it. Never part of Mentor, so never in a list.
    Result<QString> codeWord(qint64 mentorId) const;
    Status setCodeWord(qint64 mentorId, const QString& word);
    bool hasCodeWord(qint64 mentorId) const;

private:
    Database& m_db;
};

} // namespace waymark
