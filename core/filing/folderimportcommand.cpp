#include "filing/folderimportcommand.h"

#include "cli/clisupport.h"
#include "cli/commandline.h"
#include "filing/folderimport.h"
#include "storage/database.h"
#include "util/trcontext.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace waymark::filing {

namespace {

int commandImportFolder(const QString& path, const QStringList& positional,
                        const QCommandLineParser& parser) {
    using namespace cli;
    if (positional.size() != 2)
        return fail(CommandLine::tr("usage: import-folder PATH [--dry-run] (PATH: one subfolder per family)"),
                    Usage);
    const QString folder = positional.at(1);
    if (!QFileInfo(folder).isDir())
        return fail(CommandLine::tr("%1 is not a folder.").arg(folder), Usage);
    auto session = signInFromCommandLine(parser, path);
    if (!session)
        return fail(session.error());
    Database& db = *session->db;
    auto planned = planFolderImport(db, folder);
    if (!planned)
        return fail(planned.error());
    FolderImportReport report = std::move(planned).value();
    if (!parser.isSet(QStringLiteral("dry-run")))
        runFolderImport(db, report);
    // The report names families: it is the user's own output, not a log line.
    out() << report.text();
    out().flush();
    return report.complete() ? Success : Failed;
}

} // namespace

void registerFolderImportCommand() {
    registerCommand(
        {QStringLiteral("import-folder"),
         CommandLine::tr("  import-folder PATH [--dry-run]\n"
                         "                            a shared-drive folder with one subfolder per family\n"
                         "                            into the family folders, all or nothing per family;\n"
                         "                            prints what matched, what did not and why\n"),
         commandImportFolder});
}

} // namespace waymark::filing
