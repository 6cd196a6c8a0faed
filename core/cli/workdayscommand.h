#pragma once

#include <QStringList>

class QCommandLineParser;

namespace waymark {

// waymark-cli workdays add DATE N | workdays count FROM TO [--division D] [--bank-holidays FILE]
// Needs no database. Prints one ISO date or one whole number.
int runWorkdaysCommand(const QStringList& positional, const QCommandLineParser& parser);

} // namespace waymark
