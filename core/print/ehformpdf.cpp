#include "print/ehformpdf.h"

#include "audit/auditlog.h"
#include "domain/family.h"
#include "earlyhelp/ehforms.h"
#include "print/filedpdf.h"
#include "print/pdfreport.h"
#include "storage/database.h"
#include "storage/workerrepository.h"
#include "util/trcontext.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace waymark {

namespace {
// The family folder's type for a form's printout.
QString folderTypeOf(const QString& kind) {
    if (kind == QLatin1String("star_review") || kind == QLatin1String("ff_review"))
        return QStringLiteral("review");
    if (kind == QLatin1String("closure") || kind == QLatin1String("brief_closure") ||
        kind == QLatin1String("ff_closure") || kind == QLatin1String("ff_step_down"))
        return QStringLiteral("closure");
    if (kind == QLatin1String("ff_referral"))
        return QStringLiteral("referral");
    if (kind == QLatin1String("ff_feedback"))
        return QStringLiteral("other");
    return QStringLiteral("assessment"); // assessments, monitoring, plans, case summaries
}
} // namespace

Status writeEhFormPdf(Database& db, const EhForm& form, const Family& family, const QString& title,
                      const QString& html, const QString& path, const QString& dateWord,
                      const QHash<QString, QImage>& images) {
    QString worker;
    if (form.workerId != 0)
        if (auto w = WorkerRepository(db).get(form.workerId))
            worker = w->name;
    PdfHeader header;
    header.title = title;
    header.lines << EarlyHelp::tr("Family: %1").arg(family.name);
    if (!family.ufrn.isEmpty())
        header.lines << EarlyHelp::tr("UFRN: %1").arg(family.ufrn);
    header.lines << EarlyHelp::tr("Worker: %1  \u00b7  %2 %3")
                        .arg(worker, dateWord.isEmpty() ? EarlyHelp::tr("Completed") : dateWord,
                             form.completedOn.toString(QStringLiteral("dd/MM/yyyy")));
    const Account* account = db.account();
    header.lines << EarlyHelp::tr("Printed by %1 on %2")
                        .arg(account ? account->displayName : QString(),
                             db.now().toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")));
    header.footer = form.kind.startsWith(QLatin1String("ff_"))
                        ? EarlyHelp::tr("OFFICIAL-SENSITIVE: personal data. Families First, Stockport.")
                        : EarlyHelp::tr("OFFICIAL-SENSITIVE: personal data. Early Help, Leicestershire.");
    if (Status s = writeFiledPdf(db, path, html, header,
                                 {form.familyId, form.involvementId, form.personId, folderTypeOf(form.kind)},
                                 images);
        !s)
        return s;
    return audit::record(db, QLatin1String(audit::print), QStringLiteral("eh_forms"), form.id, form.familyId,
                         QJsonObject{{QStringLiteral("form"), form.kind}});
}

} // namespace waymark
