#include "deadlines/localrules.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace waymark;

namespace {
void write(const QString& path, const QByteArray& text) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(text);
}
} // namespace

TEST_CASE("an authority's own rule file and bank holidays file are used without rebuilding") {
    QTemporaryDir dir;
    SECTION("no local files: the built-in rules and computed holidays") {
        auto setup = loadDeadlineSetup(dir.path());
        REQUIRE(setup.isOk());
        CHECK(setup->problems.isEmpty());
        REQUIRE(setup->book.find(QStringLiteral("s47.conclude")));
        CHECK_FALSE(setup->book.find(QStringLiteral("s47.conclude"))->local);
    }
    SECTION("a local override replaces a rule and is marked as local") {
        write(QDir(dir.path()).filePath(QStringLiteral("rules-local.json")), R"json({"rules": [
            {"id": "s47.conclude", "title": "Section 47 enquiry concluded (local)", "source": "Our local procedure",
             "starts": "strategy_meeting", "offset": {"amount": 12, "unit": "working_days"},
             "direction": "after", "recurs": false, "satisfied_by": "s47_concluded",
             "lead_role": "Allocated social worker"}]})json");
        write(QDir(dir.path()).filePath(QStringLiteral("bank-holidays.json")), R"json({"england-and-wales":
            {"division": "england-and-wales", "events": [{"title": "Local test day", "date": "2031-07-01"}]}})json");
        auto setup = loadDeadlineSetup(dir.path());
        REQUIRE(setup.isOk());
        INFO(setup->problems.join(QLatin1Char('\n')).toStdString());
        CHECK(setup->problems.isEmpty());
        const Rule* rule = setup->book.find(QStringLiteral("s47.conclude"));
        REQUIRE(rule);
        CHECK(rule->local);
        CHECK(rule->replacesBuiltIn);
        CHECK(rule->offset.amount == 12);
        CHECK(setup->calendar.isBankHoliday(QDate(2031, 7, 1)));
    }
    SECTION("a broken local file is reported by name and the built-in rules still apply") {
        write(QDir(dir.path()).filePath(QStringLiteral("rules-local.json")), "{ not json");
        auto setup = loadDeadlineSetup(dir.path());
        REQUIRE(setup.isOk());
        REQUIRE(setup->problems.size() == 1);
        CHECK(setup->problems.first().contains(QStringLiteral("rules-local.json")));
        REQUIRE(setup->book.find(QStringLiteral("s47.conclude")));
        CHECK_FALSE(setup->book.find(QStringLiteral("s47.conclude"))->local);
    }
}
