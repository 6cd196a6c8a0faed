#pragma once

#include "util/result.h"

#include <QDate>
#include <QHash>
#include <QString>

#include <vector>

namespace waymark {

enum class Division { EnglandAndWales, Scotland, NorthernIreland };

struct BankHoliday {
    QDate date;
    QString title;
    bool operator==(const BankHoliday& o) const { return date == o.date && title == o.title; }
};

// Working days for practice timescales: Monday to Friday, less bank holidays. Bank holidays come
// from the statutory rules for any year (New Year's Day, Good Friday, Easter Monday, the May and
// August bank holidays, Christmas and Boxing Day, with substitute days) plus the known one-off
// proclamations and moved days; an authority can load the official GOV.UK bank-holidays.json,
// whose dates replace the computed ones for every year the file covers.
class WorkingDayCalendar {
public:
    explicit WorkingDayCalendar(Division division = Division::EnglandAndWales);

    Division division() const { return m_division; }

    // GOV.UK format: {"england-and-wales": {"division": ..., "events": [{"title", "date", ...}]}, ...}.
    // Only this calendar's division is read. All or nothing: a bad file changes nothing.
    Status loadGovUkJson(const QByteArray& json);

    std::vector<BankHoliday> bankHolidays(int year) const; // in date order
    bool isBankHoliday(const QDate& date) const;
    QString bankHolidayTitle(const QDate& date) const; // empty when not a bank holiday
    bool isWorkingDay(const QDate& date) const;

    // The n-th working day strictly after `from` (n > 0), or strictly before it (n < 0), whether or
    // not `from` is itself a working day; n == 0 gives `from`. Bank holidays passed over on a
    // weekday are appended to `skipped` when given (for explanations).
    QDate addWorkingDays(const QDate& from, int n, std::vector<BankHoliday>* skipped = nullptr) const;
    // Working days in (from, to]; negative when `to` is before `from`.
    int workingDaysBetween(const QDate& from, const QDate& to) const;

    // The rules alone, without any loaded file (used by tests and by the loader).
    static std::vector<BankHoliday> computedBankHolidays(int year, Division division);

private:
    const std::vector<BankHoliday>& holidaysFor(int year) const;

    Division m_division;
    QHash<int, std::vector<BankHoliday>> m_loaded;           // years covered by a loaded file
    mutable QHash<int, std::vector<BankHoliday>> m_computed; // cache
};

} // namespace waymark
