#include "cli/auditcommands.h"

#include "access/accesspolicy.h"
#include "audit/auditlog.h"
#include "cli/clisupport.h"
#include "util/trcontext.h"

#include <QCommandLineParser>

namespace waymark::cli {

namespace {

QString usage() {
    return CommandLine::tr("usage: audit verify | audit family ID");
}

} // namespace

int commandAudit(const QString& path, const QStringList& positional, const QCommandLineParser& parser) {
    const QString action = positional.value(1);
    if (!((action == QLatin1String("verify") && positional.size() == 2) ||
          (action == QLatin1String("family") && positional.size() == 3)))
        return fail(usage(), Usage);
    qint64 familyId = 0;
    if (action == QLatin1String("family")) {
        bool ok = false;
        familyId = positional.at(2).toLongLong(&ok);
        if (!ok || familyId <= 0)
            return fail(CommandLine::tr("audit family needs the family's number."), Usage);
    }
    auto session = signInFromCommandLine(parser, path);
    if (!session)
        return fail(session.error());
    Database& db = *session->db;

    if (action == QLatin1String("verify")) {
        if (Status s = access::require(db, access::Action::VerifyAudit); !s)
            return fail(s.error());
        const audit::Verification v =
            audit::verify(db, {session->vault->auditAnchorSeq(), session->vault->auditAnchorHash()});
        if (!v.ok()) {
            for (const QString& problem : v.problems)
                err() << problem << Qt::endl;
            return fail(
                CommandLine::tr("the audit trail has been tampered with (%n problem(s) in %1 entries).",
                                nullptr, int(v.problems.size()))
                    .arg(v.entries));
        }
        out() << CommandLine::tr("Audit trail: %1 entries, chain intact.\n").arg(v.entries);
        return Success;
    }

    if (Status s = access::require(db, access::Action::SeeWhoViewed); !s)
        return fail(s.error());
    if (Status s = access::requireFamily(db, familyId); !s)
        return fail(s.error());
    audit::Filter filter;
    filter.familyId = familyId;
    for (const audit::Entry& e : audit::entries(db, filter))
        out() << QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                     .arg(e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), e.username,
                          e.action, e.entity, e.entityId ? QString::number(e.entityId) : QString());
    return Success;
}

} // namespace waymark::cli
