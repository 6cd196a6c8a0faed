#include "earlyhelp/contactstandards.h"

#include <catch2/catch.hpp>

using namespace waymark;

namespace {

ContactAttempt attempt(const char* method, const QDate& day, int hour) {
    ContactAttempt a;
    a.at = QDateTime(day, QTime(hour, 15));
    a.method = QString::fromLatin1(method);
    return a;
}

const ContactStandard& standard(const ContactStandardsCheck& c, const char* key) {
    for (const ContactStandard& s : c.standards)
        if (s.key == QLatin1String(key))
            return s;
    FAIL("no standard " << key);
    return c.standards.front();
}

// Monday 2 November 2026 and the weeks after.
const QDate kMonday(2026, 11, 2);

} // namespace

TEST_CASE("contact standards: five calls must be at different times of day and in different weeks",
          "[earlyhelp]") {
    std::vector<ContactAttempt> log;
    for (int i = 0; i < 5; ++i)
        log.push_back(attempt("phone", kMonday.addDays(i), 10)); // five mornings, one week
    auto check = checkContactStandards(log, QStringLiteral("early_help_targeted"));
    CHECK_FALSE(standard(check, "phone").met);
    CHECK(standard(check, "phone").progress ==
          QStringLiteral("5 of 5 calls, at 1 time(s) of day, in 1 week(s)"));
    log[3] = attempt("phone", kMonday.addDays(8), 18); // an evening call the next week
    check = checkContactStandards(log, QStringLiteral("early_help_targeted"));
    CHECK(standard(check, "phone").met);
}

TEST_CASE("contact standards: the full set for targeted support, and the extra cold call for intensive",
          "[earlyhelp]") {
    std::vector<ContactAttempt> log;
    for (int i = 0; i < 5; ++i) {
        log.push_back(attempt("phone", kMonday.addDays(7 * (i % 3) + i), i % 2 ? 17 : 9));
        log.push_back(attempt("text", kMonday.addDays(4 * i), 12));
    }
    log.push_back(attempt("cold_call", kMonday.addDays(9), 15));
    auto targeted = checkContactStandards(log, QStringLiteral("early_help_targeted"));
    CHECK_FALSE(targeted.allRequiredMet()); // no letter, and only 16 days so far
    CHECK_FALSE(standard(targeted, "letter").met);
    CHECK_FALSE(standard(targeted, "three_weeks").met);
    log.push_back(attempt("letter", kMonday.addDays(22), 9));
    targeted = checkContactStandards(log, QStringLiteral("early_help_targeted"));
    CHECK(targeted.allRequiredMet());
    // The referrer and the school are asked "where practical": shown, never blocking.
    CHECK(standard(targeted, "referrer").advisory);
    CHECK_FALSE(standard(targeted, "referrer").met);

    auto intensive = checkContactStandards(log, QStringLiteral("early_help_intensive"));
    CHECK_FALSE(intensive.allRequiredMet());
    CHECK(standard(intensive, "cold_call").progress == QStringLiteral("1 of 2 cold call(s)"));
    log.push_back(attempt("cold_call", kMonday.addDays(23), 16));
    CHECK(checkContactStandards(log, QStringLiteral("early_help_intensive")).allRequiredMet());

    // Brief (unassessed) work asks for no letter.
    const auto brief = checkContactStandards(log, QStringLiteral("early_help_brief"));
    for (const ContactStandard& s : brief.standards)
        CHECK(s.key != QStringLiteral("letter"));
}

TEST_CASE("contact standards: a 1 or 2 session intervention is not held to three weeks", "[earlyhelp]") {
    const std::vector<ContactAttempt> log = {attempt("phone", kMonday, 9)};
    auto normal = checkContactStandards(log, QStringLiteral("early_help_brief"));
    auto short_ = checkContactStandards(log, QStringLiteral("early_help_brief"), true);
    CHECK(normal.standards.size() == short_.standards.size() + 1);
}
