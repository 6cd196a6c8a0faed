#pragma once

#include "util/result.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace waymark {

// Reads a date as a person types it: 25/12/2019, 25-12-2019, 25.12.2019 or 2019-12-25.
// An empty string gives a null QDate (not known). "31/02/2020" is refused as not a real date.
Result<QDate> parseUserDate(const QString& text);
QString formatUserDate(const QDate& date); // dd/MM/yyyy, empty for a null date

// "HH:mm" (24-hour clock).
Result<QTime> parseUserTime(const QString& text);

} // namespace waymark
