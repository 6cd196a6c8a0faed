#include "calendar/workingdaycalendar.h"
#include "fuzz/fuzzsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace waymark::fuzz {

namespace {

constexpr const char* kTarget = "bank-holidays";

// What every calendar holds before the input arrives, so that "a refused file changes nothing"
// also covers years an earlier file had replaced.
const QByteArray kEarlierFile = R"json({
 "england-and-wales": {"division": "england-and-wales", "events": [
  {"title": "New Year's Day", "date": "2031-01-01"}, {"title": "Local test day", "date": "2031-07-01"}]},
 "scotland": {"division": "scotland", "events": [{"title": "Local test day", "date": "2031-07-01"}]},
 "northern-ireland": {"division": "northern-ireland", "events": [
  {"title": "Local test day", "date": "2031-07-01"}]}})json";

QString divisionKey(Division division) {
    switch (division) {
    case Division::EnglandAndWales:
        return QStringLiteral("england-and-wales");
    case Division::Scotland:
        return QStringLiteral("scotland");
    case Division::NorthernIreland:
        return QStringLiteral("northern-ireland");
    }
    return {};
}

std::string yearText(int year) {
    return std::to_string(year);
}

bool sameDays(const std::vector<BankHoliday>& a, const std::vector<BankHoliday>& b) {
    return a == b;
}

// The division's events as the input lists them, when the input has that shape at all.
QJsonArray eventsOf(const QJsonDocument& doc, const QString& key) {
    return doc.object().value(key).toObject().value(QStringLiteral("events")).toArray();
}

void checkDivision(Division division, const QByteArray& json, const QJsonDocument& doc, bool validJson,
                   qint64 parseOffset) {
    WorkingDayCalendar calendar(division);
    check(calendar.loadGovUkJson(kEarlierFile).isOk(), kTarget, "the earlier file does not load");
    const WorkingDayCalendar before = calendar;

    const Status loaded = calendar.loadGovUkJson(json);

    // Years to compare: a fixed spread, the earlier file's, and every year the input mentions.
    QSet<int> years = {1970, 2000, 2019, 2020, 2022, 2023, 2026, 2027, 2031, 2100};
    QSet<int> inputYears;
    const QJsonArray events = eventsOf(doc, divisionKey(division));
    for (const QJsonValue& e : events) {
        const QDate d = QDate::fromString(e.toObject().value(QStringLiteral("date")).toString(), Qt::ISODate);
        if (d.isValid())
            inputYears.insert(d.year());
    }
    years.unite(inputYears);

    if (!loaded) {
        for (int year : std::as_const(years))
            check(sameDays(calendar.bankHolidays(year), before.bankHolidays(year)), kTarget,
                  "a refused file changed the bank holidays of " + yearText(year));
        if (!validJson)
            check(loaded.error().contains(QString::number(parseOffset)), kTarget,
                  "the refusal of broken JSON does not give the offset: " + text(loaded.error()));
        else
            check(loaded.error().contains(QStringLiteral("$.") + divisionKey(division)), kTarget,
                  "the refusal does not name the field by its JSON path: " + text(loaded.error()));
        return;
    }

    // Accepted: every listed day is in the documented form and is now a bank holiday with a name.
    static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    for (const QJsonValue& e : events) {
        const QString date = e.toObject().value(QStringLiteral("date")).toString();
        check(isoDate.match(date).hasMatch(), kTarget,
              "an accepted file has a date not written as yyyy-MM-dd");
        const QDate d = QDate::fromString(date, Qt::ISODate);
        check(calendar.isBankHoliday(d), kTarget, "a day the file lists is not a bank holiday");
        check(!calendar.bankHolidayTitle(d).isEmpty(), kTarget, "a loaded bank holiday has no name");
    }
    for (int year : std::as_const(years)) {
        const std::vector<BankHoliday> days = calendar.bankHolidays(year);
        for (size_t i = 0; i < days.size(); ++i) {
            check(days[i].date.year() == year, kTarget, "a bank holiday is filed under another year");
            check(i == 0 || days[i - 1].date < days[i].date, kTarget,
                  "the bank holidays of " + yearText(year) + " are not in date order without repeats");
        }
        if (!inputYears.contains(year))
            check(sameDays(days, before.bankHolidays(year)), kTarget,
                  "a file changed " + yearText(year) + ", a year it does not list");
        // Counting forward then between the two dates gives the same number of working days.
        const QDate start(year, 1, 1);
        for (int n : {1, 10, 40}) {
            const QDate after = calendar.addWorkingDays(start, n);
            check(after.isValid() && calendar.isWorkingDay(after), kTarget,
                  "N working days after a date is not a working day");
            check(calendar.workingDaysBetween(start, after) == n, kTarget,
                  "working days counted forward and between disagree in " + yearText(year));
            check(calendar.workingDaysBetween(after, start) == -n, kTarget,
                  "working days counted backward disagree in " + yearText(year));
        }
    }
}

} // namespace

int fuzzBankHolidays(const uint8_t* data, size_t size) {
    ensureApplication();
    const QByteArray json = bytes(data, size);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    const bool validJson = parseError.error == QJsonParseError::NoError;
    for (Division division : {Division::EnglandAndWales, Division::Scotland, Division::NorthernIreland})
        checkDivision(division, json, doc, validJson, parseError.offset);
    return 0;
}

} // namespace waymark::fuzz
