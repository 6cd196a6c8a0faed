#pragma once

#include "domain/casenote.h"
#include "util/result.h"

#include <vector>

namespace waymark {

class Database;

class CaseNoteRepository {
public:
    explicit CaseNoteRepository(Database& db)
        : m_db(db) {}

    // Validates, then writes the note and its links to people in one transaction. When
    // `draftKey` is given, that autosaved draft is removed in the same transaction.
    Status save(CaseNote& note, const QString& draftKey = QString());
    // A restricted note read by someone other than its author or a team manager comes back
    // withheld: subject "Restricted note", no text (access::Action::SeeRestrictedNotes).
    Result<CaseNote> get(qint64 id) const;
    std::vector<CaseNote> forFamily(qint64 familyId) const; // newest contact first

private:
    void withholdIfRestricted(CaseNote& note) const;
    Database& m_db;
};

} // namespace waymark
