#include "print/printcommands.h"

#include "access/accountrepository.h"
#include "cli/clisupport.h"
#include "cli/commandline.h"
#include "governance/subjectaccess.h"
#include "print/liftprint.h"
#include "print/pdfreport.h"
#include "print/subjectaccessfiles.h"
#include "util/trcontext.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonDocument>
#include <QSaveFile>

namespace waymark {

namespace {

int commandSar(const QString& path, const QStringList& positional, const QCommandLineParser& parser) {
    using namespace cli;
    bool ok = false;
    const qint64 personId = positional.value(1).toLongLong(&ok);
    if (positional.size() != 2 || !ok || personId <= 0)
        return fail(CommandLine::tr("usage: sar PERSON_ID [--output-dir DIR]"), Usage);
    const QString folder = parser.isSet(QStringLiteral("output-dir"))
                               ? parser.value(QStringLiteral("output-dir"))
                               : QDir::currentPath();
    if (!QDir().mkpath(folder))
        return fail(CommandLine::tr("Could not create the folder %1.").arg(folder));
    auto session = signInFromCommandLine(parser, path);
    if (!session)
        return fail(session.error());
    auto report = subjectAccessReport(*session->db, personId);
    if (!report)
        return fail(report.error());
    auto written = writeSubjectAccessFiles(*report, folder, session->account.displayName);
    if (!written)
        return fail(written.error());
    const QString stem = *written;
    out() << CommandLine::tr(
                 "Wrote %1.json and %1.pdf: %2 case notes, %3 audit entries, %n third-party name(s) "
                 "marked for review. Neither file is encrypted: keep them on encrypted storage.\n",
                 nullptr, int(report->thirdParties.size()))
                 .arg(stem)
                 .arg(report->notes)
                 .arg(report->auditEntries);
    return Success;
}

} // namespace

void registerPrintCommands() {
    registerCommand(
        {QStringLiteral("sar"),
         CommandLine::tr("  sar PERSON_ID [--output-dir DIR]\n"
                         "                            subject access request: everything held about one\n"
                         "                            person, as JSON and PDF (administrator)\n"),
         commandSar});
    registerLiftPrintCommands();
}

} // namespace waymark
