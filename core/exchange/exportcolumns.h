#pragma once

#include "util/result.h"

#include <QJsonObject>
#include <QJsonValue>

#include <functional>

class QSqlQuery;

namespace waymark {
class Database;
}

namespace waymark::exchange {

// Reading stored columns into the JSON export's values, shared by every exported table (the core
// records in jsonexport.cpp, LIFT in liftexchange.cpp), so each column type is written one way.
Status eachRow(Database& db, const QString& sql, const char* what,
               const std::function<void(const QSqlQuery&)>& row);
QJsonValue text(const QSqlQuery& q, int i);
QJsonValue flag(const QSqlQuery& q, int i);
QJsonValue id(const QSqlQuery& q, int i);
QJsonValue idOrNull(const QSqlQuery& q, int i);
QJsonValue number(const QSqlQuery& q, int i);
QJsonValue dateOrNull(const QSqlQuery& q, int i);   // yyyy-MM-dd or null
QJsonValue utc(const QSqlQuery& q, int i);          // yyyy-MM-ddTHH:mm:ssZ
QJsonValue wallClock(const QSqlQuery& q, int i);    // yyyy-MM-ddTHH:mm, as written
QJsonObject address(const QSqlQuery& q, int first); // four columns from `first`

} // namespace waymark::exchange
