#pragma once

#include "lift/liftstatistics.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace waymark {

// The statistics laid out as the tables a person reads (Summary, By aim, By locality, Referrals,
// Mentors, Notes), shared by the CSV and XLSX exports so both say the same thing in the same order.
struct StatsCell {
    enum Kind { Text, Integer, Money, Decimal };
    Kind kind = Text;
    QString text;      // Text
    qint64 value = 0;  // Integer, or Money in pence
    double number = 0; // Decimal

    static StatsCell str(const QString& t) { return {Text, t, 0, 0}; }
    static StatsCell integer(qint64 v) { return {Integer, {}, v, 0}; }
    static StatsCell money(qint64 pence) { return {Money, {}, pence, 0}; }
    static StatsCell decimal(double d) { return {Decimal, {}, 0, d}; }
    // Text for CSV: numbers plain (12.5, 1234.50), so a spreadsheet reads them as numbers.
    QString plain() const;
};

struct StatsTable {
    QString name; // section and sheet name, untranslated so files compare across languages
    QStringList headers;
    std::vector<std::vector<StatsCell>> rows;
};

std::vector<StatsTable> liftStatisticsTables(const LiftStatistics& stats);

} // namespace waymark
