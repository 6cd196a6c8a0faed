#pragma once

#include <QStringList>

class QCommandLineParser;

namespace waymark::cli {

// retention [--years N]                  families past the retention period (administrator)
// retention set-years N                  the authority's retention period
// retention delete FAMILY_ID --reason R  delete one listed family's records (audited)
int commandRetention(const QString& path, const QStringList& positional, const QCommandLineParser& parser);

} // namespace waymark::cli
