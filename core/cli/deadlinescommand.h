#pragma once

class QCommandLineParser;

namespace waymark {

// waymark-cli deadlines --scenario FILE [--as-of DATE] [--rules-override FILE]: prints
// {"deadlines": [...]} for one case given as JSON. Needs no database. Exit codes as runCommandLine.
int runDeadlinesCommand(const QCommandLineParser& parser);

} // namespace waymark
