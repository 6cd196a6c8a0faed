#pragma once

#include "domain/family.h"
#include "util/result.h"

#include <QDateTime>
#include <QStringList>

#include <vector>

namespace waymark {

class Database;

// What the case list asks for.
struct CaseListQuery {
    enum class Scope { All, Mine, MyTeam };
    enum class State { Any, Open, Closed };

    QString text; // every word must match a member's name, date of birth or identifier, or the family name
    Scope scope = Scope::All;
    qint64 workerId = 0; // "me", for Mine and MyTeam
    QString service;     // vocab::service() code, empty for any
    State state = State::Any;
    int limit = 500;
};

// One row of the case list.
struct CaseSummary {
    qint64 familyId = 0;
    QString familyName;
    QString kinshipStatus;
    QStringList memberNames;  // full names, children first
    QStringList memberBriefs; // "Grace (12)", "Charlotte": first name, with the age of a child; same order
    QStringList openServices; // service codes of involvements not closed
    QStringList workerNames;  // allocated to open involvements
    bool hasOpenInvolvement = false;
    QDateTime lastContact; // latest case note, local time
};

struct CaseListPage {
    std::vector<CaseSummary> rows;
    int totalMatches = 0; // may exceed rows.size() when the limit cut the list
};

class FamilyRepository {
public:
    explicit FamilyRepository(Database& db)
        : m_db(db) {}

    // Saves the family and its member list (replacing the stored list) in one transaction.
    Status save(Family& family);
    Result<Family> get(qint64 id) const;
    // Records a new (or existing) person and makes them a member, in one transaction.
    Status addMember(qint64 familyId, Person& person, const FamilyMember& membership);
    std::vector<qint64> familiesOfPerson(qint64 personId) const;

    CaseListPage search(const CaseListQuery& query) const;
    int count() const;

private:
    Database& m_db;
};

} // namespace waymark
