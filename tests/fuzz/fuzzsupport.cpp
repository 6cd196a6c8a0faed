#include "fuzz/fuzzsupport.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

namespace waymark::fuzz {

namespace {

[[noreturn]] void printAndAbort(const char* target, const std::string& what) {
    std::fprintf(stderr, "fuzz target %s: %s\n", target, what.c_str());
    std::fflush(stderr);
    std::abort();
}

FailureHandler g_handler = printAndAbort;

} // namespace

QDateTime fixedNow() {
    return QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);
}

void ensureApplication() {
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "waymark-fuzz";
    static char* argv[] = {name, nullptr};
    // Never destroyed: libFuzzer ends the process from inside its loop, and the importers may still
    // hold Qt objects then. The pointer keeps it reachable for the leak checker.
    static QCoreApplication* app = new QCoreApplication(argc, argv);
    (void)app;
}

void setFailureHandler(FailureHandler handler) {
    g_handler = handler ? handler : printAndAbort;
}

void fail(const char* target, const std::string& what) {
    g_handler(target, what);
    printAndAbort(target, what); // a handler that returns must not let the target go on
}

} // namespace waymark::fuzz
