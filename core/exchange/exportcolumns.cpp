#include "exchange/exportcolumns.h"

#include "storage/database.h"

#include <QDate>
#include <QSqlQuery>
#include <QTime>

namespace waymark::exchange {

Status eachRow(Database& db, const QString& sql, const char* what,
               const std::function<void(const QSqlQuery&)>& row) {
    auto result = db.run(sql, {}, what);
    if (!result)
        return result.status();
    QSqlQuery q = std::move(result).value();
    while (q.next())
        row(q);
    return Status::ok();
}

QJsonValue text(const QSqlQuery& q, int i) {
    return q.value(i).toString();
}
QJsonValue flag(const QSqlQuery& q, int i) {
    return q.value(i).toLongLong() != 0;
}
QJsonValue id(const QSqlQuery& q, int i) {
    return q.value(i).toLongLong();
}
QJsonValue idOrNull(const QSqlQuery& q, int i) {
    return q.value(i).isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(q.value(i).toLongLong());
}
QJsonValue number(const QSqlQuery& q, int i) {
    return q.value(i).toDouble();
}
QJsonValue dateOrNull(const QSqlQuery& q, int i) {
    const QString date = dateToText(dateFromText(q.value(i).toString()));
    return date.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(date);
}
QJsonValue utc(const QSqlQuery& q, int i) {
    return utcToText(utcFromText(q.value(i).toString()));
}
// Date and time are rewritten apart, never through a local QDateTime: a wall-clock time in a
// daylight-saving gap would otherwise be shifted by an hour on the way out.
QJsonValue wallClock(const QSqlQuery& q, int i) {
    const QString stored = q.value(i).toString();
    const QDate date = dateFromText(stored.left(10));
    const QTime time = QTime::fromString(stored.mid(11, 5), QStringLiteral("HH:mm"));
    if (!date.isValid() || !time.isValid())
        return stored;
    return QStringLiteral("%1T%2").arg(dateToText(date), time.toString(QStringLiteral("HH:mm")));
}
QJsonObject address(const QSqlQuery& q, int first) {
    return {{QStringLiteral("line1"), text(q, first)},
            {QStringLiteral("line2"), text(q, first + 1)},
            {QStringLiteral("town"), text(q, first + 2)},
            {QStringLiteral("postcode"), text(q, first + 3)}};
}

} // namespace waymark::exchange
