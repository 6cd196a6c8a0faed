#pragma once

#include "domain/caseevent.h"
#include "util/result.h"

#include <QVariantList>

#include <vector>

namespace waymark {

class Database;

// Stores recorded case events. Checks only what the table itself needs; whether an event makes
// sense (a known kind, a date not in the future, people of the right family) is
// DeadlineService::recordEvent's job, because it needs the rule book.
class CaseEventRepository {
public:
    explicit CaseEventRepository(Database& db)
        : m_db(db) {}

    Status save(RecordedEvent& event); // insert (id == 0) or update; sets id and createdAt on insert
    Status remove(qint64 id);
    Result<RecordedEvent> get(qint64 id) const;
    std::vector<RecordedEvent> forFamily(qint64 familyId) const; // by date, then id

    // Every event of the families `familySubquery` selects ("SELECT family_id FROM ... WHERE ..."),
    // in one query, ordered by family, date and id: the deadline service loads all cases this way
    // instead of one query per family. An empty subquery loads every family's events.
    Result<std::vector<RecordedEvent>> forFamilies(const QString& familySubquery,
                                                   const QVariantList& bindings) const;

private:
    Database& m_db;
};

} // namespace waymark
