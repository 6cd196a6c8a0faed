#include "validation/dateinput.h"

#include "util/trcontext.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace waymark {

Result<QDate> parseUserDate(const QString& input) {
    const QString text = input.trimmed();
    if (text.isEmpty())
        return QDate();
    static const QRegularExpression dmy(QStringLiteral("^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})$"));
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    int day = 0, month = 0, year = 0;
    if (auto m = iso.match(text); m.hasMatch()) {
        year = m.captured(1).toInt();
        month = m.captured(2).toInt();
        day = m.captured(3).toInt();
    } else if (auto m2 = dmy.match(text); m2.hasMatch()) {
        day = m2.captured(1).toInt();
        month = m2.captured(2).toInt();
        year = m2.captured(3).toInt();
    } else {
        return Result<QDate>::failure(
            Validation::tr("Write the date as day/month/year, for example 25/12/2019."));
    }
    const QDate date(year, month, day);
    if (!date.isValid())
        return Result<QDate>::failure(Validation::tr("This is not a real date (check the day and month)."));
    return date;
}

QString formatUserDate(const QDate& date) {
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

Result<QTime> parseUserTime(const QString& input) {
    static const QRegularExpression re(QStringLiteral("^(\\d{1,2})[:.](\\d{2})$"));
    const auto m = re.match(input.trimmed());
    if (!m.hasMatch())
        return Result<QTime>::failure(Validation::tr("Write the time as hours:minutes, for example 14:30."));
    const QTime time(m.captured(1).toInt(), m.captured(2).toInt());
    if (!time.isValid())
        return Result<QTime>::failure(Validation::tr("This is not a real time of day."));
    return time;
}

} // namespace waymark
