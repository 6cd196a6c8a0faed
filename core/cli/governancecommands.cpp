#include "cli/governancecommands.h"

#include "cli/clisupport.h"
#include "governance/retention.h"
#include "util/trcontext.h"

#include <QCommandLineParser>

namespace waymark::cli {

namespace {

QString usage() {
    return CommandLine::tr(
        "usage: retention | retention set-years N | retention delete FAMILY_ID --reason TEXT");
}

} // namespace

int commandRetention(const QString& path, const QStringList& positional, const QCommandLineParser& parser) {
    const QString action = positional.value(1);
    const bool list = positional.size() == 1;
    const bool setYears = action == QLatin1String("set-years") && positional.size() == 3;
    const bool remove = action == QLatin1String("delete") && positional.size() == 3;
    if (!list && !setYears && !remove)
        return fail(usage(), Usage);
    bool ok = false;
    const qint64 number = list ? 0 : positional.at(2).toLongLong(&ok);
    if (!list && (!ok || number <= 0))
        return fail(CommandLine::tr("%1 needs a whole number.").arg(action), Usage);
    if (remove && parser.value(QStringLiteral("reason")).trimmed().isEmpty())
        return fail(CommandLine::tr("retention delete needs --reason (e.g. the retention schedule's entry)."),
                    Usage);

    auto session = signInFromCommandLine(parser, path);
    if (!session)
        return fail(session.error());
    Database& db = *session->db;
    if (setYears) {
        if (Status s = retention::setYears(db, int(number)); !s)
            return fail(s.error());
        out()
            << CommandLine::tr("Records are now kept %1 years after the last service closed.\n").arg(number);
        return Success;
    }
    if (remove) {
        auto gone = retention::deleteFamily(db, number, parser.value(QStringLiteral("reason")), db.today());
        if (!gone)
            return fail(gone.error());
        out() << CommandLine::tr(
                     "Deleted family %1: %2 people, %3 services, %4 notes, %5 events. The audit trail "
                     "records the deletion and its reason.\n")
                     .arg(number)
                     .arg(gone->people)
                     .arg(gone->services)
                     .arg(gone->notes)
                     .arg(gone->events);
        return Success;
    }
    auto due = retention::due(db, db.today());
    if (!due)
        return fail(due.error());
    out() << CommandLine::tr(
                 "Retention period: %1 years after the last service closed. %n family record(s) due "
                 "for review:\n",
                 nullptr, int(due->size()))
                 .arg(retention::years(db));
    for (const retention::Candidate& c : *due)
        out() << QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                     .arg(c.familyId)
                     .arg(c.familyName, dateToText(c.lastClosed))
                     .arg(c.services)
                     .arg(c.notes);
    return Success;
}

} // namespace waymark::cli
