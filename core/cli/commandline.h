#pragma once

#include <QStringList>

#include <functional>

class QCommandLineParser;

namespace waymark {

// waymark-cli COMMAND [--database PATH] [options]: used by IT staff, scheduled jobs and the tests.
// Errors go to stderr; exit codes: 0 success, 1 the command failed, 2 the command line was wrong.
int runCommandLine(const QStringList& arguments);

// Commands that live outside waymark_core (those that print to PDF need Qt Gui, in core/print/)
// are registered by the program before runCommandLine().
struct ExtraCommand {
    QString name;
    QString help; // one or two lines for --help, already translated
    std::function<int(const QString& databasePath, const QStringList& positional,
                      const QCommandLineParser& parser)>
        run;
};
void registerCommand(ExtraCommand command);

} // namespace waymark
