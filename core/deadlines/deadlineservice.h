#pragma once

#include "deadlines/deadline.h"
#include "domain/caseevent.h"
#include "util/result.h"

#include <vector>

namespace waymark {

class Database;
class RuleBook;
class WorkingDayCalendar;

// One deadline of one case, with who it belongs to: what "My deadlines" and the family's deadline
// panel show.
struct CaseDeadline {
    Deadline deadline;
    QString explanation; // explainDeadline(): one sentence
    qint64 familyId = 0;
    QString familyName;
    qint64 involvementId = 0; // 0: family-level
    QString service;          // vocab::service() code of the involvement, if any
    qint64 personId = 0;      // the child an age rule or child-specific event concerns, if any
    QString personName;
    qint64 allocatedWorkerId = 0;
    QString allocatedWorkerName;
};

// Turns what is stored (involvements, recorded events, extensions, children's dates of birth)
// into deadlines through the engine, and records events and extensions. Reads in bulk, so that
// computing every deadline of every case is fast enough for start-up.
class DeadlineService {
public:
    DeadlineService(Database& db, const RuleBook& book, const WorkingDayCalendar& calendar);

    // Deadlines of one family's open involvements, sorted by due date.
    Result<std::vector<CaseDeadline>> forFamily(qint64 familyId, const When& asOf) const;
    // Deadlines of open involvements allocated to any of these workers (a worker, or a manager's team).
    Result<std::vector<CaseDeadline>> forWorkers(const std::vector<qint64>& workerIds,
                                                 const When& asOf) const;
    // Every open involvement's deadlines (start-up announcement, benchmark).
    Result<std::vector<CaseDeadline>> all(const When& asOf) const;

    // Validates (known event kind, date not in the future, family/involvement/person consistent)
    // and saves in one transaction.
    Status recordEvent(RecordedEvent& event);
    Status removeEvent(qint64 eventId);
    std::vector<RecordedEvent> eventsForFamily(qint64 familyId) const;
    // Only a worker whose role is team_manager may grant; a reason is required; the new date must
    // be later than the original.
    Status grantExtension(RecordedExtension& extension);
    std::vector<RecordedExtension> extensionsForFamily(qint64 familyId) const;

    const RuleBook& ruleBook() const { return m_book; }

private:
    Database& m_db;
    const RuleBook& m_book;
    const WorkingDayCalendar& m_calendar;
};

} // namespace waymark
