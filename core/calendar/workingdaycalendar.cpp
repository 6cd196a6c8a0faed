#include "calendar/workingdaycalendar.h"

#include "util/trcontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace waymark {

namespace {

// Titles as GOV.UK writes them, so computed and loaded dates read the same in explanations.
const QString kNewYear = QStringLiteral("New Year\u2019s Day");
const QString kSecondJanuary = QStringLiteral("2nd January");
const QString kStPatrick = QStringLiteral("St Patrick\u2019s Day");
const QString kGoodFriday = QStringLiteral("Good Friday");
const QString kEasterMonday = QStringLiteral("Easter Monday");
const QString kEarlyMay = QStringLiteral("Early May bank holiday");
const QString kSpring = QStringLiteral("Spring bank holiday");
const QString kBoyne = QStringLiteral("Battle of the Boyne (Orangemen\u2019s Day)");
const QString kSummer = QStringLiteral("Summer bank holiday");
const QString kStAndrew = QStringLiteral("St Andrew\u2019s Day");
const QString kChristmas = QStringLiteral("Christmas Day");
const QString kBoxing = QStringLiteral("Boxing Day");

bool isWeekend(const QDate& d) {
    return d.dayOfWeek() >= Qt::Saturday;
}

// Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, "Meeus/Jones/Butcher").
QDate easterSunday(int year) {
    const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
    const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

QDate firstMonday(int year, int month) {
    QDate d(year, month, 1);
    while (d.dayOfWeek() != Qt::Monday)
        d = d.addDays(1);
    return d;
}

QDate lastMonday(int year, int month) {
    QDate d(year, month, QDate(year, month, 1).daysInMonth());
    while (d.dayOfWeek() != Qt::Monday)
        d = d.addDays(-1);
    return d;
}

// Days fixed by the calendar date (Christmas, New Year...) move to the next weekday not already a
// holiday when they fall at a weekend. Holidays that fall on a weekday keep their date first, so
// that when Christmas is a Sunday, Boxing Day stays on Monday and Christmas moves to Tuesday, as
// the proclamations do.
void placeFixedDays(std::vector<BankHoliday>& out, const std::vector<BankHoliday>& fixed) {
    auto taken = [&out](const QDate& d) {
        return std::any_of(out.begin(), out.end(), [&d](const BankHoliday& h) { return h.date == d; });
    };
    for (const BankHoliday& h : fixed)
        if (!isWeekend(h.date))
            out.push_back(h);
    for (const BankHoliday& h : fixed) {
        if (!isWeekend(h.date))
            continue;
        QDate d = h.date;
        while (isWeekend(d) || taken(d))
            d = d.addDays(1);
        out.push_back({d, h.title});
    }
}

// Royal proclamations that moved a regular holiday or added one-off days, UK-wide.
struct Proclamation {
    int year;
    const char* movedTitle; // the regular holiday that moved, or nullptr for a one-off day only
    QDate movedTo;
    const char* extraTitle; // a one-off holiday, or nullptr
    QDate extraDate;
};

const std::vector<Proclamation>& proclamations() {
    static const std::vector<Proclamation> list = {
        {1977, "Spring bank holiday", QDate(1977, 6, 6), "Silver Jubilee bank holiday", QDate(1977, 6, 7)},
        {1981, nullptr, {}, "Royal wedding bank holiday", QDate(1981, 7, 29)},
        {1995, "Early May bank holiday (VE day)", QDate(1995, 5, 8), nullptr, {}},
        {1999, nullptr, {}, "Millennium bank holiday", QDate(1999, 12, 31)},
        {2002, "Spring bank holiday", QDate(2002, 6, 4), "Golden Jubilee bank holiday", QDate(2002, 6, 3)},
        {2011, nullptr, {}, "Royal wedding bank holiday", QDate(2011, 4, 29)},
        {2012, "Spring bank holiday", QDate(2012, 6, 4), "Diamond Jubilee bank holiday", QDate(2012, 6, 5)},
        {2020, "Early May bank holiday (VE day)", QDate(2020, 5, 8), nullptr, {}},
        {2022, "Spring bank holiday", QDate(2022, 6, 2), "Platinum Jubilee bank holiday", QDate(2022, 6, 3)},
        {2022, nullptr, {}, "Bank holiday for the State Funeral of Queen Elizabeth II", QDate(2022, 9, 19)},
        {2023, nullptr, {}, "Bank holiday for the coronation of King Charles III", QDate(2023, 5, 8)},
    };
    return list;
}

void applyProclamations(std::vector<BankHoliday>& days, int year) {
    for (const Proclamation& p : proclamations()) {
        if (p.year != year)
            continue;
        if (p.movedTitle) {
            const QString moved = QString::fromUtf8(p.movedTitle);
            // "Early May bank holiday (VE day)" replaces "Early May bank holiday".
            for (BankHoliday& h : days)
                if (moved.startsWith(h.title)) {
                    h.date = p.movedTo;
                    h.title = moved;
                }
        }
        if (p.extraTitle)
            days.push_back({p.extraDate, QString::fromUtf8(p.extraTitle)});
    }
}

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

// Exactly yyyy-MM-dd. QDate::fromString(Qt::ISODate) alone also takes other separators
// ("2030/06/03") and ignores whatever follows the day when it does not start with a digit
// ("2030-06-03 and more"), which would let a damaged file load without a word.
QDate isoDateOnly(const QString& text) {
    if (text.size() != 10)
        return {};
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool ok =
            (i == 4 || i == 7) ? c == QLatin1Char('-') : (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
        if (!ok)
            return {};
    }
    return QDate::fromString(text, Qt::ISODate);
}

bool contains(const std::vector<BankHoliday>& days, const QDate& date) {
    return std::any_of(days.begin(), days.end(), [&date](const BankHoliday& h) { return h.date == date; });
}

} // namespace

WorkingDayCalendar::WorkingDayCalendar(Division division)
    : m_division(division) {}

std::vector<BankHoliday> WorkingDayCalendar::computedBankHolidays(int year, Division division) {
    std::vector<BankHoliday> days;
    const QDate easter = easterSunday(year);
    days.push_back({easter.addDays(-2), kGoodFriday});
    if (division != Division::Scotland)
        days.push_back({easter.addDays(1), kEasterMonday});
    // Early May from 1978, spring and summer from 1971 (Banking and Financial Dealings Act 1971).
    if (year >= 1978)
        days.push_back({firstMonday(year, 5), kEarlyMay});
    days.push_back({lastMonday(year, 5), kSpring});
    days.push_back({division == Division::Scotland ? firstMonday(year, 8) : lastMonday(year, 8), kSummer});

    std::vector<BankHoliday> fixed = {{QDate(year, 1, 1), kNewYear}};
    if (division == Division::Scotland)
        fixed.push_back({QDate(year, 1, 2), kSecondJanuary});
    if (division == Division::NorthernIreland) {
        fixed.push_back({QDate(year, 3, 17), kStPatrick});
        fixed.push_back({QDate(year, 7, 12), kBoyne});
    }
    if (division == Division::Scotland && year >= 2007) // St Andrew's Day Bank Holiday (Scotland) Act 2007
        fixed.push_back({QDate(year, 11, 30), kStAndrew});
    fixed.push_back({QDate(year, 12, 25), kChristmas});
    fixed.push_back({QDate(year, 12, 26), kBoxing});
    placeFixedDays(days, fixed);
    applyProclamations(days, year);

    std::sort(days.begin(), days.end(),
              [](const BankHoliday& a, const BankHoliday& b) { return a.date < b.date; });
    return days;
}

const std::vector<BankHoliday>& WorkingDayCalendar::holidaysFor(int year) const {
    if (auto loaded = m_loaded.constFind(year); loaded != m_loaded.constEnd())
        return *loaded;
    auto cached = m_computed.find(year);
    if (cached == m_computed.end())
        cached = m_computed.insert(year, computedBankHolidays(year, m_division));
    return *cached;
}

Status WorkingDayCalendar::loadGovUkJson(const QByteArray& json) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull())
        return Status::failure(Storage::tr("The bank holidays file is not valid JSON: %1 (at character %2).")
                                   .arg(parseError.errorString())
                                   .arg(parseError.offset));
    const QString key = divisionKey(m_division);
    const QJsonValue division = doc.object().value(key);
    if (!division.isObject())
        return Status::failure(Storage::tr("$.%1: the bank holidays file has no \"%1\" section.").arg(key));
    const QJsonValue events = division.toObject().value(QStringLiteral("events"));
    if (!events.isArray())
        return Status::failure(Storage::tr("$.%1.events: expected a list of bank holidays.").arg(key));

    QHash<int, std::vector<BankHoliday>> byYear;
    const QJsonArray list = events.toArray();
    for (int i = 0; i < list.size(); ++i) {
        const QString at = QStringLiteral("$.%1.events[%2]").arg(key).arg(i);
        const QJsonObject event = list.at(i).toObject();
        const QDate date = isoDateOnly(event.value(QStringLiteral("date")).toString());
        if (!date.isValid())
            return Status::failure(Storage::tr("%1.date: expected a date as yyyy-MM-dd.").arg(at));
        const QString title = event.value(QStringLiteral("title")).toString().trimmed();
        if (title.isEmpty())
            return Status::failure(Storage::tr("%1.title: expected the holiday's name.").arg(at));
        if (!contains(byYear[date.year()], date))
            byYear[date.year()].push_back({date, title});
    }
    // The official file lists every bank holiday of each year it covers, so its years replace the
    // computed ones: a future moved or one-off day then counts without a new Waymark.
    for (auto it = byYear.begin(); it != byYear.end(); ++it) {
        std::sort(it->begin(), it->end(),
                  [](const BankHoliday& a, const BankHoliday& b) { return a.date < b.date; });
        m_loaded.insert(it.key(), *it);
    }
    return Status::ok();
}

std::vector<BankHoliday> WorkingDayCalendar::bankHolidays(int year) const {
    return holidaysFor(year);
}

bool WorkingDayCalendar::isBankHoliday(const QDate& date) const {
    return contains(holidaysFor(date.year()), date);
}

QString WorkingDayCalendar::bankHolidayTitle(const QDate& date) const {
    for (const BankHoliday& h : holidaysFor(date.year()))
        if (h.date == date)
            return h.title;
    return {};
}

bool WorkingDayCalendar::isWorkingDay(const QDate& date) const {
    return !isWeekend(date) && !isBankHoliday(date);
}

QDate WorkingDayCalendar::addWorkingDays(const QDate& from, int n, std::vector<BankHoliday>* skipped) const {
    if (!from.isValid() || n == 0)
        return from;
    const int step = n > 0 ? 1 : -1;
    int remaining = n > 0 ? n : -n;
    QDate d = from;
    while (remaining > 0) {
        d = d.addDays(step);
        if (isWeekend(d))
            continue;
        if (isBankHoliday(d)) {
            if (skipped)
                skipped->push_back({d, bankHolidayTitle(d)});
            continue;
        }
        --remaining;
    }
    return d;
}

int WorkingDayCalendar::workingDaysBetween(const QDate& from, const QDate& to) const {
    if (!from.isValid() || !to.isValid() || from == to)
        return 0;
    if (to < from)
        return -workingDaysBetween(to, from);
    int count = 0;
    for (QDate d = from.addDays(1); d <= to; d = d.addDays(1))
        count += isWorkingDay(d) ? 1 : 0;
    return count;
}

} // namespace waymark
