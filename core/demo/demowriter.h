#pragma once

#include "domain/caseevent.h"
#include "domain/casenote.h"
#include "domain/family.h"
#include "domain/involvement.h"
#include "domain/person.h"
#include "util/result.h"

#include <QSqlQuery>

namespace waymark {

class Database;

namespace demo {

// Writes demo records with statements prepared once and re-used for every row: tens of thousands
// of families through the repositories (a fresh statement and a nested transaction per row)
// would take minutes. The rows are exactly what the repositories would write: the same columns,
// the same stored forms, search_text from Person::searchText(). Callers validate first and hold
// the transaction.
class DemoWriter {
public:
    explicit DemoWriter(Database& db);

    Status prepare();
    Result<qint64> insertPerson(const Person& person);
    Result<qint64> insertFamily(const Family& family); // with its members
    Result<qint64> insertInvolvement(const Involvement& involvement);
    Result<qint64> insertNote(const CaseNote& note); // with its links to people
    Result<qint64> insertEvent(const RecordedEvent& event);

private:
    Result<qint64> execInsert(QSqlQuery& query, const char* what);

    QString m_now;
    QSqlQuery m_person;
    QSqlQuery m_family;
    QSqlQuery m_member;
    QSqlQuery m_involvement;
    QSqlQuery m_note;
    QSqlQuery m_notePerson;
    QSqlQuery m_event;
};

} // namespace demo
} // namespace waymark
