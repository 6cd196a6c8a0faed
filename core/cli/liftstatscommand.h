#pragma once

class QCommandLineParser;
class QString;

namespace waymark::cli {

// lift-stats --from DATE --to DATE --format json|csv|xlsx [--output FILE] [--aim CODE]
//            [--locality NAME]
// The LIFT statistics for referrals in the range, for a scheduled monthly report. json and csv go
// to standard output without --output; xlsx needs --output.
int commandLiftStats(const QString& path, const QCommandLineParser& parser);

} // namespace waymark::cli
