#include "cli/liftstatscommand.h"

#include "cli/clisupport.h"
#include "lift/liftstatsexport.h"
#include "lift/liftvocabulary.h"
#include "storage/database.h"
#include "util/trcontext.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace waymark::cli {

namespace {

QString usage() {
    return CommandLine::tr("usage: lift-stats --from YYYY-MM-DD --to YYYY-MM-DD --format json|csv|xlsx "
                           "[--output FILE] [--aim CODE] [--locality NAME]");
}

// Only the unambiguous ISO form: a scheduled job's dates must not depend on the locale.
QDate isoDate(const QString& text) {
    const QDate d = QDate::fromString(text.trimmed(), Qt::ISODate);
    return d.isValid() && text.trimmed().size() == 10 ? d : QDate();
}

Status writeBytes(const QString& output, const QByteArray& bytes) {
    if (output.isEmpty()) {
        out().flush();
        QFile stdOut;
        if (!stdOut.open(stdout, QIODevice::WriteOnly) || stdOut.write(bytes) != bytes.size())
            return Status::failure(CommandLine::tr("Could not write to standard output."));
        stdOut.flush();
        return Status::ok();
    }
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Status::failure(CommandLine::tr("Could not write %1: %2").arg(output, file.errorString()));
    return Status::ok();
}

} // namespace

int commandLiftStats(const QString& path, const QCommandLineParser& parser) {
    const QString fromText = parser.value(QStringLiteral("from"));
    const QString toText = parser.value(QStringLiteral("to"));
    if (fromText.isEmpty() || toText.isEmpty())
        return fail(CommandLine::tr("lift-stats needs --from and --to.\n") + usage(), Usage);
    LiftStatsFilter filter;
    filter.from = isoDate(fromText);
    filter.to = isoDate(toText);
    if (!filter.from.isValid())
        return fail(CommandLine::tr("--from: expected a date as YYYY-MM-DD, e.g. 2026-04-01."), Usage);
    if (!filter.to.isValid())
        return fail(CommandLine::tr("--to: expected a date as YYYY-MM-DD, e.g. 2027-03-31."), Usage);
    if (filter.to < filter.from)
        return fail(CommandLine::tr("--to is before --from."), Usage);
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("json") && format != QLatin1String("csv") && format != QLatin1String("xlsx"))
        return fail(CommandLine::tr("--format must be json, csv or xlsx.\n") + usage(), Usage);
    const QString output = parser.value(QStringLiteral("output"));
    if (format == QLatin1String("xlsx") && output.isEmpty())
        return fail(CommandLine::tr("--format xlsx needs --output FILE (a workbook is not text)."), Usage);
    filter.aim = parser.value(QStringLiteral("aim"));
    if (!filter.aim.isEmpty() && !vocab::liftAim().contains(filter.aim))
        return fail(CommandLine::tr("--aim must be one of: %1.")
                        .arg(vocab::liftAim().codes().join(QStringLiteral(", "))),
                    Usage);
    filter.locality = parser.value(QStringLiteral("locality"));

    auto session = signInFromCommandLine(parser, path);
    if (!session)
        return fail(session.error());
    auto stats = liftStatistics(*session->db, filter);
    if (!stats)
        return fail(stats.error());
    // Warnings (a missing rate) go to stderr too, so that a scheduled job's log shows them.
    for (const QString& warning : stats->warnings)
        err() << CommandLine::tr("waymark-cli: warning: %1").arg(warning) << Qt::endl;

    Status written = Status::ok();
    if (format == QLatin1String("xlsx"))
        written = writeLiftStatisticsXlsx(*stats, output);
    else if (format == QLatin1String("csv"))
        written = writeBytes(output, liftStatisticsToCsv(*stats));
    else
        written =
            writeBytes(output, QJsonDocument(liftStatisticsToJson(*stats)).toJson(QJsonDocument::Indented));
    if (!written)
        return fail(written.error());
    if (Status s = recordStatisticsExport(*session->db, *stats, format); !s)
        return fail(s.error());
    if (!output.isEmpty())
        out() << CommandLine::tr("Wrote the LIFT statistics for %n referral(s) to %1.\n", nullptr,
                                 int(stats->referrals.size()))
                     .arg(output);
    return Success;
}

} // namespace waymark::cli
