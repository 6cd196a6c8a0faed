#include "support/testrules.h"

#include <catch2/catch.hpp>

namespace waymark::test {

const RuleBook& book() {
    static const RuleBook b = [] {
        auto r = RuleBook::builtIn();
        INFO(r.error().toStdString());
        REQUIRE(r.isOk());
        return r.value();
    }();
    return b;
}

const WorkingDayCalendar& calendar() {
    static const WorkingDayCalendar c;
    return c;
}

} // namespace waymark::test
