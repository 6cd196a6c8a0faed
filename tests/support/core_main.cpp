#define CATCH_CONFIG_RUNNER
#include <QCoreApplication>
#include <QStandardPaths>

#include <catch2/catch.hpp>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    // Never touch the real user's data folder from a test.
    QStandardPaths::setTestModeEnabled(true);
    return Catch::Session().run(argc, argv);
}
