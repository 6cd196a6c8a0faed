#pragma once

#include <QStringList>

class QCommandLineParser;

namespace waymark::cli {

// audit verify        recompute the whole chain; exit 1 naming each broken entry
// audit family ID     who viewed or changed one family's record, newest first (team manager)
int commandAudit(const QString& path, const QStringList& positional, const QCommandLineParser& parser);

} // namespace waymark::cli
