#pragma once

#include "support/testdatabase.h"

#include <QProcess>
#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

namespace waymark::test {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the real waymark-cli binary, as IT staff and scheduled jobs do, signed in as the test
// administrator unless `env` says otherwise (cliEnvironment(), signedInAs()).
inline CliRun runCli(const QStringList& args, const QProcessEnvironment& env = cliEnvironment()) {
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(WAYMARK_CLI_PATH), args);
    REQUIRE(p.waitForFinished(120000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// The environment of a run signed in as someone else.
inline QProcessEnvironment signedInAs(const QString& user, const QString& password) {
    QProcessEnvironment env = cliEnvironment();
    env.insert(QStringLiteral("WAYMARK_USER"), user);
    env.insert(QStringLiteral("WAYMARK_PASSWORD"), password);
    return env;
}

} // namespace waymark::test
