#include "print/planprint.h"

#include "audit/auditlog.h"
#include "earlyhelp/ehformrepository.h"
#include "earlyhelp/plan.h"
#include "print/ehformpdf.h"
#include "print/pdfreport.h"
#include "storage/database.h"
#include "storage/familyrepository.h"
#include "storage/workerrepository.h"
#include "util/trcontext.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace waymark {

namespace {

QString esc(const QString& s) {
    return s.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString date(const QDate& d) {
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString workerName(Database& db, qint64 id) {
    if (id == 0)
        return QString();
    auto w = WorkerRepository(db).get(id);
    return w ? w->name : QString();
}

QString row(const QString& label, const QString& value) {
    return QStringLiteral("<tr><td width=\"28%\"><b>%1</b></td><td>%2</td></tr>").arg(esc(label), esc(value));
}

const char* kTable = "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\" "
                     "style=\"border-collapse: collapse; border-color: #999;\">";

} // namespace

Status printPlan(Database& db, qint64 formId, const QString& path) {
    EhFormRepository repo(db);
    auto form = repo.get(formId);
    if (!form)
        return form.status();
    if (form->kind != QLatin1String("plan"))
        return Status::failure(EarlyHelp::tr("That form is not a plan."));
    auto family = FamilyRepository(db).get(form->familyId);
    if (!family)
        return family.status();
    const QString title = vocab::ehFormKind().label(form->kind);
    const QString worker = workerName(db, form->workerId);
    QDate scoredOn;
    QString scoredKind;
    const std::map<QString, int> scores =
        starScoresForPlan(repo.approved(form->involvementId), form->completedOn, &scoredOn, &scoredKind);

    QString html;
    html += QStringLiteral("<h2>%1</h2>").arg(esc(title));
    html += QString::fromLatin1(kTable);
    html += row(EarlyHelp::tr("Family"), family->name);
    html += row(EarlyHelp::tr("UFRN"), family->ufrn.isEmpty() ? EarlyHelp::tr("not set") : family->ufrn);
    html += row(EarlyHelp::tr("Worker"), worker);
    html += row(EarlyHelp::tr("Completed on"), date(form->completedOn));
    html += row(
        EarlyHelp::tr("Version"),
        EarlyHelp::tr("%1, %2").arg(form->version).arg(vocab::ehFormStatus().label(form->status).toLower()));
    if (form->decidedByWorkerId != 0)
        html += row(EarlyHelp::tr("Manager"), EarlyHelp::tr("%1 on %2")
                                                  .arg(workerName(db, form->decidedByWorkerId),
                                                       date(form->decidedAt.toLocalTime().date())));
    if (!form->decisionNote.isEmpty())
        html += row(EarlyHelp::tr("Manager's note"), form->decisionNote);
    html += row(EarlyHelp::tr("Family Star scores"),
                scores.empty()
                    ? EarlyHelp::tr("no approved Family Star yet")
                    : EarlyHelp::tr("%1 of %2").arg(vocab::ehFormKind().label(scoredKind), date(scoredOn)));
    html += QStringLiteral("</table>");

    // Section 12: other agencies' work "must be easily identified within the plan".
    std::map<qint64, QString> names;
    auto nameOf = [&](qint64 id) {
        if (id != 0 && !names.count(id))
            names[id] = workerName(db, id);
        return id ? names[id] : QString();
    };
    std::vector<const PlanItem*> agencies;
    for (const PlanItem& p : form->planItems)
        if (p.responsibleKind == QLatin1String("other_agency") && !isNotPrioritisedMarker(p))
            agencies.push_back(&p);
    html += QStringLiteral("<h3>%1</h3>").arg(esc(EarlyHelp::tr("Other agencies' work")));
    if (agencies.empty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(EarlyHelp::tr("No other agency has work in this plan.")));
    } else {
        html += QString::fromLatin1(kTable);
        html += QStringLiteral("<tr><th width=\"22%\" align=\"left\">%1</th><th width=\"26%\" "
                               "align=\"left\">%2</th><th align=\"left\">%3</th></tr>")
                    .arg(esc(EarlyHelp::tr("Heading")), esc(EarlyHelp::tr("Agency")),
                         esc(EarlyHelp::tr("What are we doing?")));
        for (const PlanItem* p : agencies)
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                        .arg(esc(vocab::starArea().label(p->area)), esc(planResponsibleText(*p, QString())),
                             esc(p->doing));
        html += QStringLiteral("</table>");
    }

    for (const QString& area : vocab::starArea().codes()) {
        const auto score = scores.find(area);
        const QString heading = score == scores.end() ? vocab::starArea().label(area)
                                                      : EarlyHelp::tr("%1 (Family Star score %2)")
                                                            .arg(vocab::starArea().label(area))
                                                            .arg(score->second);
        html += QStringLiteral("<h3>%1</h3>").arg(esc(heading));
        const std::vector<PlanItem> actions = planActions(*form, area);
        if (actions.empty()) {
            html += QStringLiteral("<p><i>%1</i></p>")
                        .arg(esc(headingNotPrioritised(*form, area)
                                     ? EarlyHelp::tr("This area is not prioritised currently.")
                                     : EarlyHelp::tr("No actions yet.")));
            continue;
        }
        for (const PlanItem& p : actions) {
            html += QString::fromLatin1(kTable);
            html += row(EarlyHelp::tr("Responsible"), planResponsibleText(p, nameOf(p.responsibleWorkerId)));
            html += row(EarlyHelp::tr("What are we doing?"), p.doing);
            html += row(EarlyHelp::tr("Why are we doing it?"), p.why);
            html += row(EarlyHelp::tr("What impact will it have?"), p.impact);
            html += QStringLiteral("</table><p><b>%1</b></p>")
                        .arg(esc(p.priority == QLatin1String("priority")
                                     ? EarlyHelp::tr("This is a priority")
                                     : EarlyHelp::tr("This is not a priority at the moment")));
        }
    }

    return writeEhFormPdf(db, *form, *family, title, html, path);
}

} // namespace waymark
