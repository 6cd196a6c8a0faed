#include "cli/mentorimportcommand.h"

#include "cli/clisupport.h"
#include "lift/mentorimport.h"
#include "util/trcontext.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace waymark::cli {

namespace {

// Counts, columns and messages only: never a mentor's name or code word, since this output may
// end up in a scheduled job's log.
void printPreview(const MentorImportPreview& preview) {
    out() << preview.summary() << '\n';
    if (!preview.ignoredColumns.isEmpty())
        out() << CommandLine::tr("Columns not imported: %1")
                     .arg(preview.ignoredColumns.join(QStringLiteral(", ")))
              << '\n';
    for (const MentorImportProblem& p : preview.errors)
        out() << CommandLine::tr("error: %1").arg(p.text()) << '\n';
    for (const QString& w : preview.warnings)
        out() << CommandLine::tr("warning: %1").arg(w) << '\n';
}

} // namespace

int commandImportMentors(const QString& path, const QStringList& positional,
                         const QCommandLineParser& parser) {
    if (positional.size() != 2)
        return fail(CommandLine::tr("import-mentors needs exactly one FILE (CSV or XLSX) to read."), Usage);
    const QString file = positional.at(1);
    if (!QFileInfo(file).isFile())
        return fail(CommandLine::tr("Could not read %1: there is no such file.").arg(file));
    auto session = signInFromCommandLine(parser, path);
    if (!session)
        return fail(session.error());
    Database& db = *session->db;
    const MentorImportPreview preview = previewMentorImportFile(db, file);
    printPreview(preview);
    if (!preview.errors.isEmpty())
        return fail(CommandLine::tr("%1 has errors. Nothing was imported.").arg(file));
    if (parser.isSet(QStringLiteral("dry-run"))) {
        out() << CommandLine::tr("Dry run: nothing was written.") << '\n';
        return Success;
    }
    auto created = commitMentorImport(db, preview);
    if (!created)
        return fail(created.error());
    out() << CommandLine::tr("Imported %n mentor(s) into %1.", nullptr, *created).arg(path) << '\n';
    if (const int words = preview.codeWordsImported(); words > 0)
        out() << CommandLine::tr("%n code word(s) set.", nullptr, words) << '\n';
    return Success;
}

} // namespace waymark::cli
