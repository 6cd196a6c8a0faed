#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

// The importers' fuzz targets as plain functions, so that the same code runs under libFuzzer
// (tests/fuzz/libfuzzer_main_*.cpp, clang only) and as the corpus replay in the normal Catch2 suite
// (tests/core/test_fuzz_corpus.cpp). Each feeds one input to an importer and checks what must hold
// whatever the input: no crash, and either a clean refusal that changed nothing and names the
// field, or a complete import. A broken rule is reported through fail(). docs/fuzzing.md.
namespace waymark::fuzz {

// waymark::importJson into an empty in-memory database; a refusal must leave every table as it
// was, a success must export, import into another empty database and export identically.
int fuzzJsonBundle(const uint8_t* data, size_t size);
// WorkingDayCalendar::loadGovUkJson, for each division, over a calendar already holding a file;
// a refusal must change no year, a success must hold every listed day and count consistently.
int fuzzBankHolidays(const uint8_t* data, size_t size);
// RuleBook::applyOverrides (rules-local.json) over the built-in rule book; a refusal must change
// no rule, a success must keep the book consistent and every offset computable.
int fuzzRuleOverrides(const uint8_t* data, size_t size);
// The LIFT mentor spreadsheet (CSV, XLSX, or XLSX parts zipped in memory) read and previewed as an
// SSW, then committed; the preview must write nothing and its messages must not depend on any code
// word, a preview with errors must not import, an error-free one must import every mentor whole.
int fuzzMentorImport(const uint8_t* data, size_t size);

// Makes the QCoreApplication the importers need (translations, resources) if there is none yet.
void ensureApplication();

// Reports a broken rule. The default handler prints `what` and aborts, so that libFuzzer keeps the
// input; the corpus replay installs one that throws, so the test names the file instead. If a
// handler returns, fail() aborts anyway. Messages name the rule and never echo the input.
using FailureHandler = void (*)(const char* target, const std::string& what);
void setFailureHandler(FailureHandler handler);
[[noreturn]] void fail(const char* target, const std::string& what);

} // namespace waymark::fuzz
