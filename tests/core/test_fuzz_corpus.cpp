#include "fuzz/fuzztargets.h"

#include <QDir>
#include <QFile>

#include <catch2/catch.hpp>
#include <stdexcept>

// Every file in tests/fuzz/corpus/<target>/ goes through the same entry point libFuzzer runs
// (docs/fuzzing.md), so each seed and each input a fuzzer once broke on stays a regression test.
// The targets check their own rules (nothing written on refusal, errors name the field, round
// trips); a broken rule throws here instead of aborting, so the failure names the file.

namespace {

using Entry = int (*)(const uint8_t*, size_t);

struct BrokenRule : std::runtime_error {
    using std::runtime_error::runtime_error;
};

void throwBrokenRule(const char* target, const std::string& what) {
    throw BrokenRule(std::string(target) + ": " + what);
}

struct ThrowingFailures {
    ThrowingFailures() { waymark::fuzz::setFailureHandler(throwBrokenRule); }
    ~ThrowingFailures() { waymark::fuzz::setFailureHandler(nullptr); }
};

void replay(const QString& corpus, Entry entry, int atLeast) {
    const QDir dir(QStringLiteral(WAYMARK_FUZZ_CORPUS_DIR) + QLatin1Char('/') + corpus);
    const QStringList files = dir.entryList(QDir::Files, QDir::Name);
    INFO(dir.path().toStdString());
    REQUIRE(files.size() >= atLeast);
    ThrowingFailures throwing;
    for (const QString& name : files) {
        QFile file(dir.filePath(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        INFO((corpus + QLatin1Char('/') + name).toStdString());
        CHECK_NOTHROW(entry(reinterpret_cast<const uint8_t*>(data.constData()), size_t(data.size())));
    }
}

} // namespace

TEST_CASE("fuzz corpus: every JSON bundle is refused without writing, naming the field, or imported whole") {
    replay(QStringLiteral("json-bundle"), waymark::fuzz::fuzzJsonBundle, 10);
}

TEST_CASE("fuzz corpus: every bank holidays file is refused without changing the calendar, or loaded") {
    replay(QStringLiteral("bank-holidays"), waymark::fuzz::fuzzBankHolidays, 5);
}

TEST_CASE("fuzz corpus: every rule override file is refused without changing the rule book, or applied") {
    replay(QStringLiteral("rule-overrides"), waymark::fuzz::fuzzRuleOverrides, 5);
}

TEST_CASE("fuzz corpus: every mentor spreadsheet is refused without writing, or imported whole") {
    replay(QStringLiteral("mentor-spreadsheet"), waymark::fuzz::fuzzMentorImport, 5);
}
