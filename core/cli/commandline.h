#pragma once

#include <QStringList>

namespace waymark {

// waymark-cli COMMAND [--database PATH] [options]: used by IT staff, scheduled jobs and the tests.
// Errors go to stderr; exit codes: 0 success, 1 the command failed, 2 the command line was wrong.
int runCommandLine(const QStringList& arguments);

} // namespace waymark
