#include "calendar/workingdaycalendar.h"

#include <QFile>

#include <catch2/catch.hpp>
#include <map>

using namespace waymark;

namespace {
QDate d(const char* iso) {
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

// England and Wales bank holidays worked out independently of the implementation (another Easter
// algorithm, and the published proclamations for 2020, 2022 and 2023), checked by hand.
const std::map<int, std::vector<const char*>> kEnglandAndWales = {
    {2015,
     {"2015-01-01", "2015-04-03", "2015-04-06", "2015-05-04", "2015-05-25", "2015-08-31", "2015-12-25",
      "2015-12-28"}},
    {2016,
     {"2016-01-01", "2016-03-25", "2016-03-28", "2016-05-02", "2016-05-30", "2016-08-29", "2016-12-26",
      "2016-12-27"}},
    {2017,
     {"2017-01-02", "2017-04-14", "2017-04-17", "2017-05-01", "2017-05-29", "2017-08-28", "2017-12-25",
      "2017-12-26"}},
    {2018,
     {"2018-01-01", "2018-03-30", "2018-04-02", "2018-05-07", "2018-05-28", "2018-08-27", "2018-12-25",
      "2018-12-26"}},
    {2019,
     {"2019-01-01", "2019-04-19", "2019-04-22", "2019-05-06", "2019-05-27", "2019-08-26", "2019-12-25",
      "2019-12-26"}},
    {2020,
     {"2020-01-01", "2020-04-10", "2020-04-13", "2020-05-08", "2020-05-25", "2020-08-31", "2020-12-25",
      "2020-12-28"}},
    {2021,
     {"2021-01-01", "2021-04-02", "2021-04-05", "2021-05-03", "2021-05-31", "2021-08-30", "2021-12-27",
      "2021-12-28"}},
    {2022,
     {"2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03", "2022-08-29",
      "2022-09-19", "2022-12-26", "2022-12-27"}},
    {2023,
     {"2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08", "2023-05-29", "2023-08-28",
      "2023-12-25", "2023-12-26"}},
    {2024,
     {"2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26", "2024-12-25",
      "2024-12-26"}},
    {2025,
     {"2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25",
      "2025-12-26"}},
    {2026,
     {"2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25",
      "2026-12-28"}},
    {2027,
     {"2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27",
      "2027-12-28"}},
    {2028,
     {"2028-01-03", "2028-04-14", "2028-04-17", "2028-05-01", "2028-05-29", "2028-08-28", "2028-12-25",
      "2028-12-26"}},
    {2029,
     {"2029-01-01", "2029-03-30", "2029-04-02", "2029-05-07", "2029-05-28", "2029-08-27", "2029-12-25",
      "2029-12-26"}},
    {2030,
     {"2030-01-01", "2030-04-19", "2030-04-22", "2030-05-06", "2030-05-27", "2030-08-26", "2030-12-25",
      "2030-12-26"}},
    {2031,
     {"2031-01-01", "2031-04-11", "2031-04-14", "2031-05-05", "2031-05-26", "2031-08-25", "2031-12-25",
      "2031-12-26"}},
    {2032,
     {"2032-01-01", "2032-03-26", "2032-03-29", "2032-05-03", "2032-05-31", "2032-08-30", "2032-12-27",
      "2032-12-28"}},
    {2033,
     {"2033-01-03", "2033-04-15", "2033-04-18", "2033-05-02", "2033-05-30", "2033-08-29", "2033-12-26",
      "2033-12-27"}},
    {2034,
     {"2034-01-02", "2034-04-07", "2034-04-10", "2034-05-01", "2034-05-29", "2034-08-28", "2034-12-25",
      "2034-12-26"}},
    {2035,
     {"2035-01-01", "2035-03-23", "2035-03-26", "2035-05-07", "2035-05-28", "2035-08-27", "2035-12-25",
      "2035-12-26"}},
};
} // namespace

TEST_CASE("every England and Wales bank holiday 2015-2035 matches the independently worked table") {
    const WorkingDayCalendar calendar;
    for (const auto& [year, expected] : kEnglandAndWales) {
        INFO("year " << year);
        std::vector<QDate> actual;
        for (const BankHoliday& h : calendar.bankHolidays(year))
            actual.push_back(h.date);
        std::vector<QDate> wanted;
        for (const char* iso : expected)
            wanted.push_back(d(iso));
        CHECK(actual == wanted);
    }
}

TEST_CASE("substitute days, moved days and one-off days carry their proper names") {
    const WorkingDayCalendar calendar;
    CHECK(calendar.bankHolidayTitle(d("2022-12-26")) == QStringLiteral("Boxing Day"));
    CHECK(calendar.bankHolidayTitle(d("2022-12-27")) == QStringLiteral("Christmas Day")); // substitute
    CHECK(calendar.bankHolidayTitle(d("2021-12-27")) == QStringLiteral("Christmas Day"));
    CHECK(calendar.bankHolidayTitle(d("2021-12-28")) == QStringLiteral("Boxing Day"));
    CHECK(calendar.bankHolidayTitle(d("2020-05-08")) == QStringLiteral("Early May bank holiday (VE day)"));
    CHECK_FALSE(calendar.isBankHoliday(d("2020-05-04")));
    CHECK(calendar.bankHolidayTitle(d("2022-06-03")) == QStringLiteral("Platinum Jubilee bank holiday"));
    CHECK_FALSE(calendar.isBankHoliday(d("2022-05-30")));
    CHECK(calendar.bankHolidayTitle(d("2022-09-19")).contains(QStringLiteral("State Funeral")));
    CHECK(calendar.bankHolidayTitle(d("2023-05-08")).contains(QStringLiteral("coronation")));
    CHECK(calendar.isBankHoliday(d("2012-06-05")));
    CHECK(calendar.isBankHoliday(d("2011-04-29")));
    CHECK(calendar.isBankHoliday(d("1999-12-31")));
    // Rules, not a table: a year far ahead still has its days (Easter 2100 is 28 March).
    CHECK(calendar.isBankHoliday(d("2100-03-26")));
    CHECK(calendar.isBankHoliday(d("2100-03-29")));
}

TEST_CASE("the GOV.UK sample file agrees with the rules for every year it lists") {
    // A copy of ../shared/data/bank-holidays-sample.json, in the GOV.UK format.
    QFile file(QStringLiteral(WAYMARK_FIXTURES_DIR "/bank-holidays-sample.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    WorkingDayCalendar loaded;
    REQUIRE(loaded.loadGovUkJson(file.readAll()).isOk());
    for (int year = 2018; year <= 2028; ++year) {
        INFO("year " << year);
        std::vector<QDate> fromFile, fromRules;
        for (const BankHoliday& h : loaded.bankHolidays(year))
            fromFile.push_back(h.date);
        for (const BankHoliday& h : WorkingDayCalendar::computedBankHolidays(year, Division::EnglandAndWales))
            fromRules.push_back(h.date);
        CHECK(fromFile == fromRules);
    }
}

TEST_CASE("a loaded file replaces the computed days of the years it covers, and a bad file changes nothing") {
    WorkingDayCalendar calendar;
    const QByteArray moved = R"json({"england-and-wales": {"division": "england-and-wales", "events": [
        {"title": "Spring bank holiday (moved)", "date": "2030-06-03"},
        {"title": "A new one-off day", "date": "2030-07-01"}]}})json";
    REQUIRE(calendar.loadGovUkJson(moved).isOk());
    CHECK(calendar.isBankHoliday(d("2030-07-01")));
    CHECK(calendar.bankHolidayTitle(d("2030-06-03")) == QStringLiteral("Spring bank holiday (moved)"));
    CHECK_FALSE(calendar.isBankHoliday(d("2030-05-27"))); // the file is authoritative for 2030
    CHECK(calendar.isBankHoliday(d("2031-05-26")));       // other years keep the rules

    WorkingDayCalendar untouched;
    const Status bad = untouched.loadGovUkJson(R"json({"england-and-wales": {"events": [
        {"title": "Fine", "date": "2029-07-02"}, {"title": "Broken", "date": "2029-13-45"}]}})json");
    REQUIRE_FALSE(bad.isOk());
    CHECK(bad.error().contains(QStringLiteral("$.england-and-wales.events[1].date")));
    CHECK_FALSE(untouched.isBankHoliday(d("2029-07-02")));
    CHECK_FALSE(untouched.loadGovUkJson("{not json").isOk());
    // Found by fuzzing: Qt's ISO date parser accepts other separators and ignores text after the day.
    for (const char* date :
         {"2029-07-02\u0014junk", "2029-07-02T00:00", "2029/07/02", "2029-7-02 ", "+029-07-02"}) {
        INFO(date);
        const Status lenient = untouched.loadGovUkJson(
            QByteArray(R"json({"england-and-wales": {"events": [{"title": "Fine", "date": ")json") + date +
            R"json("}]}})json");
        REQUIRE_FALSE(lenient.isOk());
        CHECK(lenient.error().contains(QStringLiteral("$.england-and-wales.events[0].date")));
        CHECK_FALSE(untouched.isBankHoliday(d("2029-07-02")));
    }
    CHECK_FALSE(untouched.loadGovUkJson(R"json({"scotland": {"events": []}})json").isOk());
}

TEST_CASE("N working days after a date counts strictly after it, across weekends, Christmas and Easter") {
    const WorkingDayCalendar calendar;
    // Friday 18 December 2026: 21-24 Dec, (25 Fri, 28 Mon bank holidays), 29-31 Dec, (1 Jan), 4 Jan...
    std::vector<BankHoliday> skipped;
    CHECK(calendar.addWorkingDays(d("2026-12-18"), 10, &skipped) == d("2027-01-06"));
    REQUIRE(skipped.size() == 3);
    CHECK(skipped[0].date == d("2026-12-25"));
    CHECK(skipped[1].date == d("2026-12-28"));
    CHECK(skipped[2].date == d("2027-01-01"));
    // From a Saturday: the first working day after it is the Monday.
    CHECK(calendar.addWorkingDays(d("2026-11-21"), 1) == d("2026-11-23"));
    // From a bank holiday (Good Friday 2026): Easter Monday is skipped too.
    CHECK(calendar.addWorkingDays(d("2026-04-03"), 1) == d("2026-04-07"));
    CHECK(calendar.addWorkingDays(d("2026-04-01"), 2) == d("2026-04-07"));
    CHECK(calendar.addWorkingDays(d("2026-06-10"), 0) == d("2026-06-10"));
    // Negative: 3 working days before a Tuesday 7 April 2026 conference skips Easter.
    CHECK(calendar.addWorkingDays(d("2026-04-07"), -3) == d("2026-03-31"));
    CHECK(calendar.addWorkingDays(d("2026-11-23"), -1) == d("2026-11-20"));
    CHECK(calendar.addWorkingDays(d("2027-01-04"), -2) == d("2026-12-30"));
}

TEST_CASE("working days between two dates count from the day after the first to the second, inclusive") {
    const WorkingDayCalendar calendar;
    CHECK(calendar.workingDaysBetween(d("2026-12-18"), d("2027-01-06")) == 10);
    CHECK(calendar.workingDaysBetween(d("2027-01-06"), d("2026-12-18")) == -10);
    CHECK(calendar.workingDaysBetween(d("2026-11-20"), d("2026-11-20")) == 0);
    CHECK(calendar.workingDaysBetween(d("2026-11-20"), d("2026-11-22")) == 0); // Sat, Sun
    // 2026: 261 weekdays (52 weeks and a Thursday), less 8 weekday bank holidays.
    CHECK(calendar.workingDaysBetween(d("2026-01-01"), d("2026-12-31")) == 253);
    for (int n : {1, 5, 20, 45, 250})
        CHECK(calendar.workingDaysBetween(d("2026-03-02"), calendar.addWorkingDays(d("2026-03-02"), n)) == n);
}

TEST_CASE("Scotland and Northern Ireland have their own days") {
    const WorkingDayCalendar scotland(Division::Scotland);
    CHECK(scotland.isBankHoliday(d("2026-01-02")));
    CHECK(scotland.isBankHoliday(d("2026-08-03"))); // first Monday in August
    CHECK_FALSE(scotland.isBankHoliday(d("2026-08-31")));
    CHECK_FALSE(scotland.isBankHoliday(d("2026-04-06"))); // no Easter Monday
    CHECK(scotland.isBankHoliday(d("2026-11-30")));       // St Andrew's Day, a Monday
    CHECK(scotland.isBankHoliday(d("2025-12-01")));       // 30 Nov 2025 is a Sunday
    const WorkingDayCalendar ni(Division::NorthernIreland);
    CHECK(ni.isBankHoliday(d("2026-03-17")));
    CHECK(ni.isBankHoliday(d("2026-07-13"))); // 12 July 2026 is a Sunday
    CHECK(ni.isBankHoliday(d("2026-04-06")));
}
