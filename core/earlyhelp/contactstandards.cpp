#include "earlyhelp/contactstandards.h"

#include "util/trcontext.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace waymark {

namespace {

// "Different times of day": morning, afternoon, evening.
int timeOfDay(const QTime& t) {
    return t.hour() < 12 ? 0 : t.hour() < 17 ? 1 : 2;
}

// A week is known by the Monday it starts on.
QDate weekOf(const QDate& d) {
    return d.addDays(1 - d.dayOfWeek());
}

std::vector<ContactAttempt> byMethod(const std::vector<ContactAttempt>& attempts, const char* method) {
    std::vector<ContactAttempt> out;
    for (const ContactAttempt& a : attempts)
        if (a.method == QLatin1String(method) && a.at.isValid())
            out.push_back(a);
    return out;
}

int distinctWeeks(const std::vector<ContactAttempt>& attempts) {
    QSet<QDate> weeks;
    for (const ContactAttempt& a : attempts)
        weeks.insert(weekOf(a.at.date()));
    return int(weeks.size());
}

} // namespace

bool ContactStandardsCheck::allRequiredMet() const {
    return std::all_of(standards.begin(), standards.end(),
                       [](const ContactStandard& s) { return s.met || s.advisory; });
}

ContactStandardsCheck checkContactStandards(const std::vector<ContactAttempt>& attempts,
                                            const QString& service, bool oneOrTwoSessions) {
    const bool intensive = service == QLatin1String("early_help_intensive");
    const bool assessed = intensive || service == QLatin1String("early_help_targeted");
    ContactStandardsCheck check;

    const auto calls = byMethod(attempts, "phone");
    QSet<int> times;
    for (const ContactAttempt& a : calls)
        times.insert(timeOfDay(a.at.time()));
    const int callWeeks = distinctWeeks(calls);
    check.standards.push_back(
        {QStringLiteral("phone"),
         Validation::tr("At least 5 phone calls, at different times of day, in different weeks"),
         Validation::tr("%1 of 5 calls, at %2 time(s) of day, in %3 week(s)")
             .arg(calls.size())
             .arg(times.size())
             .arg(callWeeks),
         calls.size() >= 5 && times.size() >= 2 && callWeeks >= 2, false});

    const auto texts = byMethod(attempts, "text");
    const int textWeeks = distinctWeeks(texts);
    check.standards.push_back(
        {QStringLiteral("text"), Validation::tr("At least 5 texts, over 2 to 3 weeks"),
         Validation::tr("%1 of 5 texts, in %2 week(s)").arg(texts.size()).arg(textWeeks),
         texts.size() >= 5 && textWeeks >= 2, false});

    const int callsNeeded = intensive ? 2 : 1;
    const auto visits = byMethod(attempts, "cold_call");
    check.standards.push_back(
        {QStringLiteral("cold_call"),
         intensive ? Validation::tr("Cold call at the house on at least 2 occasions, leaving a calling card "
                                    "where it is safe")
                   : Validation::tr(
                         "Cold call at the house at least once, leaving a calling card where it is safe"),
         Validation::tr("%1 of %2 cold call(s)").arg(visits.size()).arg(callsNeeded),
         int(visits.size()) >= callsNeeded, false});

    if (assessed) {
        const auto letters = byMethod(attempts, "letter");
        check.standards.push_back(
            {QStringLiteral("letter"),
             Validation::tr(
                 "A letter asking the family to make contact within 10 days if they want support, or "
                 "the case will close"),
             letters.empty() ? Validation::tr("No letter yet") : Validation::tr("Letter sent"),
             !letters.empty(), false});
    }

    if (!oneOrTwoSessions) {
        QDate first, last;
        for (const ContactAttempt& a : attempts) {
            if (!a.at.isValid())
                continue;
            const QDate d = a.at.date();
            first = first.isValid() ? std::min(first, d) : d;
            last = last.isValid() ? std::max(last, d) : d;
        }
        const qint64 days = first.isValid() ? first.daysTo(last) : 0;
        check.standards.push_back(
            {QStringLiteral("three_weeks"),
             Validation::tr("Attempts over at least 3 weeks, on different days"),
             Validation::tr("%n day(s) from the first attempt to the last", nullptr, int(days)), days >= 21,
             false});
    }

    check.standards.push_back(
        {QStringLiteral("referrer"),
         Validation::tr("Ask the referrer for help in making contact, where practical"),
         byMethod(attempts, "via_referrer").empty() ? Validation::tr("Not yet") : Validation::tr("Done"),
         !byMethod(attempts, "via_referrer").empty(), true});
    check.standards.push_back(
        {QStringLiteral("school"),
         Validation::tr("Seek the school's (or another agency's) help, where appropriate"),
         byMethod(attempts, "via_school").empty() ? Validation::tr("Not yet") : Validation::tr("Done"),
         !byMethod(attempts, "via_school").empty(), true});
    return check;
}

} // namespace waymark
