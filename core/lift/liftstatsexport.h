#pragma once

#include "lift/liftstatistics.h"
#include "util/result.h"

#include <QByteArray>
#include <QJsonObject>

namespace waymark {

class Database;

// The LIFT statistics as files (docs/lift.md, "Statistics"). None carries a family's name or a
// mentor's code word: families appear by record number only.

// Everything, money in pence (whole numbers), for scheduled jobs.
QJsonObject liftStatisticsToJson(const LiftStatistics& stats);

// RFC 4180 CSV, UTF-8 with a byte order mark so that Excel reads the £ sign, CRLF line ends. One
// file of several tables, each introduced by a row holding only its name (Summary, By aim, By
// locality, Referrals, Mentors, Notes), then its header row, its rows and a blank line. Money is
// in pounds with two decimals and no symbol, so that it stays a number.
QByteArray liftStatisticsToCsv(const LiftStatistics& stats);
// One CSV field, quoted when it must be; text starting with = + - @ gets a leading apostrophe so
// that a spreadsheet never runs it as a formula.
QString csvField(const QString& text, bool isText);

// An .xlsx workbook with one sheet per table (the same tables as the CSV), numbers as numbers and
// money in a £ currency format. Written beside `path` and renamed into place when complete.
Status writeLiftStatisticsXlsx(const LiftStatistics& stats, const QString& path);

// The audit entry for statistics leaving Waymark (format, how many referrals; no names). Called by
// every export, after the file is written.
Status recordStatisticsExport(const Database& db, const LiftStatistics& stats, const QString& format);

} // namespace waymark
