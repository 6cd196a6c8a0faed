#include "deadlines/deadlineservice.h"

#include "access/accesspolicy.h"
#include "deadlines/engine.h"
#include "deadlines/explanation.h"
#include "deadlines/rulebook.h"
#include "storage/caseeventrepository.h"
#include "storage/database.h"
#include "storage/extensionrepository.h"
#include "util/trcontext.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace waymark {

namespace {

struct OpenCase {
    qint64 involvementId = 0;
    qint64 familyId = 0;
    QString service;
    QString familyName;
    qint64 workerId = 0;
    QString placementType; // where a cared-for child lives: some visit intervals depend on it
    QString ehOutcome;     // the Early Help prioritisation outcome (eh_intakes), "1" to "16" or empty
};

struct Child {
    qint64 personId = 0;
    QString name;
    QDate dob;
    bool unborn = false; // then `dob` is the expected date of delivery
};

// Everything the engine needs for a set of open involvements, read with one query per table
// (not per family) so that start-up can compute every case at once.
struct Loaded {
    std::vector<OpenCase> cases;
    QHash<qint64, std::vector<Child>> children;               // by family, in member order
    QHash<qint64, std::vector<RecordedEvent>> events;         // by family
    QHash<qint64, std::vector<RecordedExtension>> extensions; // by family
    QHash<qint64, QString> workerNames;
};

// `where` selects open involvements from `involvements i`; its bindings are used twice over, once
// for the involvements and once inside the family subquery of each other table.
Result<Loaded> load(Database& db, const QString& where, const QVariantList& whereBindings) {
    Loaded out;
    // Only the families the signed-in account may see (access/accesspolicy.h).
    QVariantList bindings = whereBindings;
    const QString visible = access::visibleFamiliesCondition(db, QStringLiteral("i.family_id"), bindings);
    // The text follows the order of the bindings: the caller's condition, then visibility.
    const QString openWhere = QStringLiteral("i.status <> 'closed'") +
                              (where.isEmpty() ? QString() : QStringLiteral(" AND ") + where) +
                              QStringLiteral(" AND ") + visible;
    {
        auto q = db.run(QStringLiteral("SELECT id, name FROM workers"), {}, "reading workers");
        if (!q)
            return q.status();
        QSqlQuery query = std::move(q).value();
        while (query.next())
            out.workerNames.insert(query.value(0).toLongLong(), query.value(1).toString());
    }
    {
        auto q = db.run(
            QStringLiteral(
                "SELECT i.id, i.family_id, i.service, f.name, i.allocated_worker_id, i.placement_type, "
                "eh.outcome FROM involvements i JOIN families f ON f.id = i.family_id "
                "LEFT JOIN eh_intakes eh ON eh.involvement_id = i.id WHERE %1 "
                "ORDER BY i.family_id, i.id")
                .arg(openWhere),
            bindings, "reading open involvements");
        if (!q)
            return q.status();
        QSqlQuery query = std::move(q).value();
        while (query.next())
            out.cases.push_back({query.value(0).toLongLong(), query.value(1).toLongLong(),
                                 query.value(2).toString(), query.value(3).toString(),
                                 query.value(4).toLongLong(), query.value(5).toString(),
                                 query.value(6).toString()});
    }
    if (out.cases.empty())
        return out;
    const QString families = QStringLiteral("SELECT i.family_id FROM involvements i WHERE %1").arg(openWhere);
    {
        auto q =
            db.run(QStringLiteral("SELECT m.family_id, p.id, p.given_names, p.family_name, p.date_of_birth, "
                                  "p.dob_expected FROM family_members m JOIN people p ON p.id = m.person_id "
                                  "WHERE m.relationship = 'child' AND m.family_id IN (%1) "
                                  "ORDER BY m.family_id, m.position")
                       .arg(families),
                   bindings, "reading children");
        if (!q)
            return q.status();
        QSqlQuery query = std::move(q).value();
        while (query.next()) {
            // An unborn child's date is when it is due, not a birthday: it starts the pre-birth rules,
            // never an age rule, and is no one's age for a case-level condition.
            Child c;
            c.unborn = query.value(5).toBool();
            c.personId = query.value(1).toLongLong();
            c.name = QStringList{query.value(2).toString().trimmed(), query.value(3).toString().trimmed()}
                         .join(QLatin1Char(' '))
                         .trimmed();
            c.dob = dateFromText(query.value(4).toString());
            if (c.dob.isValid())
                out.children[query.value(0).toLongLong()].push_back(c);
        }
    }
    auto events = CaseEventRepository(db).forFamilies(families, bindings);
    if (!events)
        return events.status();
    for (RecordedEvent& e : std::move(events).value())
        out.events[e.familyId].push_back(std::move(e));
    auto extensions = ExtensionRepository(db).forFamilies(families, bindings);
    if (!extensions)
        return extensions.status();
    for (RecordedExtension& x : std::move(extensions).value())
        out.extensions[x.familyId].push_back(std::move(x));
    return out;
}

// A family-wide record (involvement 0) counts for every involvement of the family.
bool concerns(qint64 recordInvolvement, qint64 involvement) {
    return recordInvolvement == 0 || recordInvolvement == involvement;
}

std::vector<CaseDeadline> compute(const Loaded& data, const RuleBook& book,
                                  const WorkingDayCalendar& calendar, const When& asOf) {
    std::vector<CaseDeadline> out;
    static const std::vector<RecordedEvent> noEvents;
    static const std::vector<RecordedExtension> noExtensions;
    static const std::vector<Child> noChildren;
    std::vector<CaseEvent> events, childEvents;
    std::vector<qint64> eventPeople; // parallel to `events`
    std::vector<Extension> extensions, childExtensions;
    std::vector<qint64> extensionPeople; // parallel to `extensions`

    const bool anyPersonRule = std::any_of(book.rules().begin(), book.rules().end(),
                                           [](const Rule& rule) { return isPersonRule(rule.starts); });
    for (const OpenCase& c : data.cases) {
        const auto eventsIt = data.events.constFind(c.familyId);
        const auto& recorded = eventsIt == data.events.constEnd() ? noEvents : *eventsIt;
        const auto extIt = data.extensions.constFind(c.familyId);
        const auto& granted = extIt == data.extensions.constEnd() ? noExtensions : *extIt;
        const auto childIt = data.children.constFind(c.familyId);
        const auto& children = childIt == data.children.constEnd() ? noChildren : *childIt;

        events.clear();
        eventPeople.clear();
        for (const RecordedEvent& e : recorded)
            if (concerns(e.involvementId, c.involvementId)) {
                events.push_back({e.kind, When{e.date, e.time}});
                eventPeople.push_back(e.personId);
            }
        extensions.clear();
        extensionPeople.clear();
        for (const RecordedExtension& x : granted)
            if (concerns(x.involvementId, c.involvementId)) {
                extensions.push_back({x.ruleId, x.originalDue, When{x.newDue, x.newDueTime}, x.reason,
                                      data.workerNames.value(x.grantedByWorkerId)});
                extensionPeople.push_back(x.personId);
            }

        CaseDeadline base;
        base.familyId = c.familyId;
        base.familyName = c.familyName;
        base.involvementId = c.involvementId;
        base.service = c.service;
        base.allocatedWorkerId = c.workerId;
        base.allocatedWorkerName = data.workerNames.value(c.workerId);
        auto addDeadline = [&](Deadline&& d, qint64 personId, const QString& personName) {
            CaseDeadline cd = base;
            cd.personId = personId;
            cd.personName = personName;
            cd.explanation = explainDeadline(d, book);
            cd.deadline = std::move(d);
            out.push_back(std::move(cd));
        };
        auto childName = [&children](qint64 personId) {
            for (const Child& child : children)
                if (child.personId == personId)
                    return child.name;
            return QString();
        };

        // Case-level rules: every event of the involvement, whoever it concerns (a strategy meeting
        // about one child is still the case's strategy meeting). Ages, where a case-level rule
        // has an age condition, are those of the youngest child, the one the strictest timescales
        // (under-6 visits, pre-school work) are written for.
        CaseFacts facts;
        facts.service = c.service;
        facts.placementType = c.placementType;
        facts.ehOutcome = c.ehOutcome;
        for (const Child& child : children)
            if (!child.unborn && (!facts.childDob.isValid() || facts.childDob < child.dob))
                facts.childDob = child.dob;
        for (Deadline& d :
             computeDeadlines(book, calendar, facts, events, asOf, extensions, RuleScope::EventRules)) {
            // Name the child when the starting event was recorded about one.
            qint64 personId = 0;
            for (size_t i = 0; i < events.size(); ++i)
                if (eventPeople[i] != 0 && events[i].kind == d.startKind && events[i].at == d.start) {
                    personId = eventPeople[i];
                    break;
                }
            addDeadline(std::move(d), personId, personId ? childName(personId) : QString());
        }

        // Age rules once per child, from that child's date of birth, and pre-birth rules once per
        // unborn child, from its expected date of delivery; each sees only the events about that
        // child or about nobody in particular (one child becoming cared for makes the other
        // children's pathway plans no more due; one pregnancy's conference does not meet another's).
        if (!anyPersonRule)
            continue;
        for (const Child& child : children) {
            childEvents.clear();
            for (size_t i = 0; i < events.size(); ++i)
                if (eventPeople[i] == 0 || eventPeople[i] == child.personId)
                    childEvents.push_back(events[i]);
            childExtensions.clear();
            for (size_t i = 0; i < extensions.size(); ++i)
                if (extensionPeople[i] == 0 || extensionPeople[i] == child.personId)
                    childExtensions.push_back(extensions[i]);
            CaseFacts childFacts = facts;
            childFacts.childDob = child.unborn ? QDate() : child.dob;
            childFacts.expectedBirth = child.unborn ? child.dob : QDate();
            for (Deadline& d : computeDeadlines(book, calendar, childFacts, childEvents, asOf,
                                                childExtensions, RuleScope::AgeRules))
                addDeadline(std::move(d), child.personId, child.name);
        }
    }
    std::sort(out.begin(), out.end(), [](const CaseDeadline& a, const CaseDeadline& b) {
        if (!(a.deadline.due == b.deadline.due))
            return a.deadline.due < b.deadline.due;
        if (a.familyId != b.familyId)
            return a.familyId < b.familyId;
        if (a.involvementId != b.involvementId)
            return a.involvementId < b.involvementId;
        if (a.deadline.rule->id != b.deadline.rule->id)
            return a.deadline.rule->id < b.deadline.rule->id;
        return a.personId < b.personId;
    });
    return out;
}

bool exists(Database& db, const QString& sql, const QVariantList& bindings, const char* what) {
    auto q = db.run(sql, bindings, what);
    if (!q)
        return false;
    QSqlQuery query = std::move(q).value();
    return query.next();
}

// Kinds whose date is a plan rather than something that happened (the conference date, the review
// date set at the LIFT agreement meeting): they may lie in the future.
bool isPlannedKind(const QString& kind) {
    return kind.endsWith(QLatin1String("_scheduled")) || kind == QLatin1String("closure_planned");
}

// The family exists, the involvement is one of its own and the person one of its members.
Status checkBelongs(Database& db, qint64 familyId, qint64 involvementId, qint64 personId) {
    if (familyId == 0 ||
        !exists(db, QStringLiteral("SELECT 1 FROM families WHERE id = ?"), {familyId}, "checking the family"))
        return Status::failure(Deadlines::tr("There is no family %1.").arg(familyId));
    if (involvementId != 0 &&
        !exists(db, QStringLiteral("SELECT 1 FROM involvements WHERE id = ? AND family_id = ?"),
                {involvementId, familyId}, "checking the involvement"))
        return Status::failure(
            Deadlines::tr("Involvement %1 is not one of this family's involvements.").arg(involvementId));
    if (personId != 0 &&
        !exists(db, QStringLiteral("SELECT 1 FROM family_members WHERE family_id = ? AND person_id = ?"),
                {familyId, personId}, "checking the person"))
        return Status::failure(Deadlines::tr("Person %1 is not a member of this family.").arg(personId));
    return Status::ok();
}

} // namespace

DeadlineService::DeadlineService(Database& db, const RuleBook& book, const WorkingDayCalendar& calendar)
    : m_db(db)
    , m_book(book)
    , m_calendar(calendar) {}

Result<std::vector<CaseDeadline>> DeadlineService::forFamily(qint64 familyId, const When& asOf) const {
    auto data = load(m_db, QStringLiteral("i.family_id = ?"), {familyId});
    if (!data)
        return data.status();
    return compute(*data, m_book, m_calendar, asOf);
}

Result<std::vector<CaseDeadline>> DeadlineService::forWorkers(const std::vector<qint64>& workerIds,
                                                              const When& asOf) const {
    if (workerIds.empty())
        return std::vector<CaseDeadline>{};
    QStringList marks;
    QVariantList ids;
    for (qint64 id : workerIds) {
        marks << QStringLiteral("?");
        ids << id;
    }
    auto data =
        load(m_db, QStringLiteral("i.allocated_worker_id IN (%1)").arg(marks.join(QLatin1Char(','))), ids);
    if (!data)
        return data.status();
    return compute(*data, m_book, m_calendar, asOf);
}

Result<std::vector<CaseDeadline>> DeadlineService::all(const When& asOf) const {
    auto data = load(m_db, QString(), {});
    if (!data)
        return data.status();
    return compute(*data, m_book, m_calendar, asOf);
}

Status DeadlineService::recordEvent(RecordedEvent& event) {
    event.kind = event.kind.trimmed();
    if (!m_book.isEventKind(event.kind))
        return Status::failure(
            Deadlines::tr("\"%1\" is not an event kind the rule book knows.").arg(event.kind));
    if (!event.date.isValid())
        return Status::failure(Deadlines::tr("The event needs a valid date."));
    if (event.date > m_db.today() && !isPlannedKind(event.kind))
        return Status::failure(
            Deadlines::tr("The event's date is in the future: record it once it has happened."));
    // The checks only read, and run before the repository's own transaction: a refused event must
    // not leave an abandoned guard behind that would spoil a caller's surrounding transaction.
    if (Status s = checkBelongs(m_db, event.familyId, event.involvementId, event.personId); !s)
        return s;
    if (event.recordedByWorkerId != 0 && !exists(m_db, QStringLiteral("SELECT 1 FROM workers WHERE id = ?"),
                                                 {event.recordedByWorkerId}, "checking the worker"))
        return Status::failure(Deadlines::tr("There is no worker %1.").arg(event.recordedByWorkerId));
    return CaseEventRepository(m_db).save(event);
}

Status DeadlineService::removeEvent(qint64 eventId) {
    return CaseEventRepository(m_db).remove(eventId);
}

std::vector<RecordedEvent> DeadlineService::eventsForFamily(qint64 familyId) const {
    return CaseEventRepository(m_db).forFamily(familyId);
}

Status DeadlineService::grantExtension(RecordedExtension& extension) {
    extension.reason = extension.reason.trimmed();
    if (extension.reason.isEmpty())
        return Status::failure(
            Deadlines::tr("Give the reason for the extension: the guidance requires one."));
    if (!m_book.find(extension.ruleId))
        return Status::failure(
            Deadlines::tr("There is no rule \"%1\" in the rule book.").arg(extension.ruleId));
    if (!extension.originalDue.isValid() || !extension.newDue.isValid())
        return Status::failure(Deadlines::tr("An extension needs the original and the new due date."));
    if (extension.newDue <= extension.originalDue)
        return Status::failure(Deadlines::tr("The new due date must be later than the original one."));
    if (Status s = access::require(m_db, access::Action::GrantExtension); !s)
        return s;
    if (Status s = access::requireWrite(m_db, extension.familyId); !s)
        return s;
    auto role = m_db.run(QStringLiteral("SELECT role FROM workers WHERE id = ?"),
                         {extension.grantedByWorkerId}, "checking the worker");
    if (!role)
        return role.status();
    QSqlQuery roleQuery = std::move(role).value();
    if (!roleQuery.next() || roleQuery.value(0).toString() != QLatin1String("team_manager"))
        return Status::failure(Deadlines::tr("Only a team manager can grant an extension."));
    if (Status s = checkBelongs(m_db, extension.familyId, extension.involvementId, extension.personId); !s)
        return s;
    return ExtensionRepository(m_db).save(extension);
}

std::vector<RecordedExtension> DeadlineService::extensionsForFamily(qint64 familyId) const {
    return ExtensionRepository(m_db).forFamily(familyId);
}

} // namespace waymark
