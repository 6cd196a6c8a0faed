#include "print/intakeprint.h"

#include "audit/auditlog.h"
#include "domain/vocabulary.h"
#include "earlyhelp/intakerepository.h"
#include "earlyhelp/prioritisation.h"
#include "print/filedpdf.h"
#include "print/pdfreport.h"
#include "storage/database.h"
#include "storage/familyrepository.h"
#include "storage/involvementrepository.h"
#include "storage/workerrepository.h"
#include "util/trcontext.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace waymark {

Status printIntake(Database& db, qint64 involvementId, const QString& path) {
    auto inv = InvolvementRepository(db).get(involvementId);
    if (!inv)
        return inv.status();
    if (!inv->service.startsWith(QLatin1String("early_help_")))
        return Status::failure(EarlyHelp::tr("That is not Early Help work."));
    auto family = FamilyRepository(db).get(inv->familyId);
    if (!family)
        return family.status();
    EhIntakeRepository intakes(db);
    const auto intake = intakes.intakeFor(involvementId);
    const auto escalations = intakes.escalationsFor(involvementId);
    auto name = [&](qint64 id) {
        if (id == 0)
            return QString();
        auto w = WorkerRepository(db).get(id);
        return w ? w->name : QString();
    };
    auto esc = [](const QString& s) {
        return s.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    };
    auto date = [](const QDate& d) {
        return d.toString(QStringLiteral("dd/MM/yyyy"));
    };
    const char* table = "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\" "
                        "style=\"border-collapse: collapse; border-color: #999;\">";
    QString html;
    auto row = [&](const QString& label, const QString& value) {
        html += QStringLiteral("<tr><td width=\"30%\"><b>%1</b></td><td>%2</td></tr>")
                    .arg(esc(label), esc(value));
    };
    html += QStringLiteral("<h2>%1</h2>").arg(esc(EarlyHelp::tr("Early Help intake")));
    html += QString::fromLatin1(table);
    row(EarlyHelp::tr("Family"), family->name);
    row(EarlyHelp::tr("Referred"), date(inv->referralDate));
    row(EarlyHelp::tr("Intervention"), vocab::service().label(inv->service));
    row(EarlyHelp::tr("What it allows"), interventionAllowance(inv->service));
    row(EarlyHelp::tr("Allocated to"), name(inv->allocatedWorkerId));
    html += QStringLiteral("</table><h3>%1</h3>").arg(esc(EarlyHelp::tr("Prioritisation")));
    if (intake) {
        html += QString::fromLatin1(table);
        row(EarlyHelp::tr("Outcome"), outcomeLabel(intake->outcome));
        row(EarlyHelp::tr("Priority"), outcomePriority(intake->outcome));
        row(EarlyHelp::tr("Contact timescale"), outcomeTimescale(intake->outcome));
        row(EarlyHelp::tr("Decided"),
            EarlyHelp::tr("%1 by %2").arg(date(intake->prioritisedOn), name(intake->decidedByWorkerId)));
        row(EarlyHelp::tr("Worker proposed"), name(intake->proposedWorkerId));
        row(EarlyHelp::tr("Acceptance note"), intake->responseNote);
        html += QStringLiteral("</table>");
    } else {
        html += QStringLiteral("<p>%1</p>").arg(esc(EarlyHelp::tr("Not prioritised yet.")));
    }
    html += QStringLiteral("<h3>%1</h3>").arg(esc(EarlyHelp::tr("Escalations")));
    if (escalations.empty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(EarlyHelp::tr("None: the work is the intervention it was allocated as.")));
    for (const EhEscalation& e : escalations) {
        html += QString::fromLatin1(table);
        row(EarlyHelp::tr("Decided"),
            EarlyHelp::tr("%1 by %2").arg(date(e.decidedOn), name(e.managerWorkerId)));
        row(EarlyHelp::tr("From and to"),
            EarlyHelp::tr("%1 to %2")
                .arg(vocab::service().label(e.fromService), vocab::service().label(e.toService)));
        row(EarlyHelp::tr("Manager's note"), e.note);
        html += QStringLiteral("</table><br>");
    }

    PdfHeader header;
    header.title = EarlyHelp::tr("Early Help intake");
    header.lines << EarlyHelp::tr("Family: %1").arg(family->name);
    if (!family->ufrn.isEmpty())
        header.lines << EarlyHelp::tr("UFRN: %1").arg(family->ufrn);
    header.lines << EarlyHelp::tr("Worker: %1").arg(name(inv->allocatedWorkerId));
    const Account* account = db.account();
    header.lines << EarlyHelp::tr("Printed by %1 on %2")
                        .arg(account ? account->displayName : QString(),
                             db.now().toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")));
    header.footer = EarlyHelp::tr("OFFICIAL-SENSITIVE: personal data. Early Help, Leicestershire.");
    if (Status s =
            writeFiledPdf(db, path, html, header, {inv->familyId, inv->id, 0, QStringLiteral("referral")});
        !s)
        return s;
    return audit::record(db, QLatin1String(audit::print), QStringLiteral("eh_intakes"),
                         intake ? intake->id : 0, inv->familyId,
                         QJsonObject{{QStringLiteral("form"), QStringLiteral("intake")}});
}

} // namespace waymark
