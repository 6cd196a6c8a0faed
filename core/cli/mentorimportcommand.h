#pragma once

#include <QStringList>

class QCommandLineParser;

namespace waymark::cli {

// import-mentors FILE [--dry-run]: the LIFT mentor spreadsheet (CSV or XLSX) into lift_mentors.
// Prints the preview (counts, ignored columns, each row's errors, warnings); with any error, or
// with --dry-run, writes nothing. Exit 1 when the file has errors.
int commandImportMentors(const QString& path, const QStringList& positional,
                         const QCommandLineParser& parser);

} // namespace waymark::cli
