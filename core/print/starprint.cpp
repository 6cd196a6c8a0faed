#include "print/starprint.h"

#include "audit/auditlog.h"
#include "earlyhelp/ehformrepository.h"
#include "earlyhelp/familystar.h"
#include "print/ehformpdf.h"
#include "print/pdfreport.h"
#include "print/starchart.h"
#include "storage/database.h"
#include "storage/familyrepository.h"
#include "storage/workerrepository.h"
#include "util/trcontext.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>

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

Status printStarForm(Database& db, qint64 formId, const QString& path) {
    EhFormRepository repo(db);
    auto form = repo.get(formId);
    if (!form)
        return form.status();
    if (!isStarKind(form->kind))
        return Status::failure(EarlyHelp::tr("That form is not a Family Star form."));
    auto family = FamilyRepository(db).get(form->familyId);
    if (!family)
        return family.status();
    const bool review = form->kind == QLatin1String("star_review");
    const QString title = vocab::ehFormKind().label(form->kind);
    const QString worker = workerName(db, form->workerId);

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
    const StarReading* main = form->mainReading();
    const StarReading* family_view = nullptr;
    for (const StarReading& r : form->readings)
        if (r.perspective == QLatin1String("family"))
            family_view = &r;
    if (main) {
        html += row(EarlyHelp::tr("Scored by"), main->scoredBy);
        html +=
            row(EarlyHelp::tr("Did the family agree?"), vocab::starPerspective().label(main->perspective));
    }
    const QString attendance = form->text(QStringLiteral("school_attendance"));
    if (!attendance.isEmpty())
        html += row(EarlyHelp::tr("Lowest school attendance"), attendance + QLatin1Char('%'));
    html += QStringLiteral("</table>");

    // The areas: score and words, one row each.
    html += QStringLiteral("<h3>%1</h3>").arg(esc(EarlyHelp::tr("Scores")));
    html += QString::fromLatin1(kTable);
    html += QStringLiteral("<tr><th width=\"22%\" align=\"left\">%1</th><th width=\"8%\">%2</th>")
                .arg(esc(EarlyHelp::tr("Area")), esc(EarlyHelp::tr("Score")));
    if (family_view)
        html += QStringLiteral("<th width=\"8%\">%1</th>").arg(esc(EarlyHelp::tr("Family's score")));
    html += review
                ? QStringLiteral("<th align=\"left\">%1</th><th align=\"left\">%2</th></tr>")
                      .arg(esc(EarlyHelp::tr("What has gone well?")), esc(EarlyHelp::tr("What worries you?")))
                : QStringLiteral("<th align=\"left\">%1</th></tr>").arg(esc(EarlyHelp::tr("Why this score")));
    for (const QString& area : vocab::starArea().codes()) {
        const StarScore* s = main ? main->find(area) : nullptr;
        html += QStringLiteral("<tr><td>%1</td><td align=\"center\">%2</td>")
                    .arg(esc(vocab::starArea().label(area)),
                         s && s->score ? QString::number(s->score) : QString());
        if (family_view) {
            const int f = family_view->scoreOf(area);
            html += QStringLiteral("<td align=\"center\">%1</td>").arg(f ? QString::number(f) : QString());
        }
        html += review ? QStringLiteral("<td>%1</td><td>%2</td></tr>")
                             .arg(esc(s ? s->goneWell : QString()), esc(s ? s->worries : QString()))
                       : QStringLiteral("<td>%1</td></tr>").arg(esc(s ? s->narrative : QString()));
    }
    html += QStringLiteral("</table>");

    // The chart: the approved assessment (when this is not it) and this form.
    std::vector<EhForm> approved = repo.approved(form->involvementId);
    std::vector<EhForm> charted;
    for (const EhForm& f : approved)
        if (f.kind == QLatin1String("star_assessment") && f.seriesId != form->seriesId)
            charted.push_back(f);
    EhForm self = *form;
    self.status = QStringLiteral("approved"); // drawn as the latest line whatever its state
    charted.push_back(self);
    std::vector<StarLine> lines = starChartLines(charted, true);
    QHash<QString, QImage> images;
    images.insert(QStringLiteral("star-chart"), starChartImage(lines, QSize(1000, 820)));
    // The chart starts a page of its own rather than leaving its heading at the foot of the scores.
    html += QStringLiteral("<h3 style=\"page-break-before: always\">%1</h3>"
                           "<p align=\"center\"><img src=\"star-chart\" width=\"520\"></p>")
                .arg(esc(EarlyHelp::tr("Star chart")));

    if (review) {
        std::vector<EhForm> withThis;
        for (const EhForm& f : approved)
            if (f.seriesId != form->seriesId)
                withThis.push_back(f);
        withThis.push_back(self);
        std::stable_sort(withThis.begin(), withThis.end(),
                         [](const EhForm& a, const EhForm& b) { return a.completedOn < b.completedOn; });
        if (const auto d = distanceTravelled(withThis)) {
            html += QStringLiteral("<h3>%1</h3>").arg(esc(EarlyHelp::tr("Distance travelled")));
            html += QString::fromLatin1(kTable);
            html += QStringLiteral("<tr><th align=\"left\">%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                        .arg(esc(EarlyHelp::tr("Area")),
                             esc(EarlyHelp::tr("Assessment %1").arg(date(d->assessedOn))),
                             esc(EarlyHelp::tr("This review %1").arg(date(d->reviewedOn))),
                             esc(EarlyHelp::tr("Change")));
            for (const DistanceRow& r : d->rows)
                html +=
                    QStringLiteral("<tr><td>%1</td><td align=\"center\">%2</td><td align=\"center\">%3</td>"
                                   "<td align=\"center\">%4</td></tr>")
                        .arg(esc(vocab::starArea().label(r.area)))
                        .arg(r.atAssessment)
                        .arg(r.atLatestReview)
                        .arg(r.change() > 0 ? QStringLiteral("+%1").arg(r.change())
                                            : QString::number(r.change()));
            html += QStringLiteral("</table>");
            const PbrResult pbr = paymentByResults(withThis);
            html += QStringLiteral("<h3>%1</h3><p>%2</p><ul>")
                        .arg(esc(EarlyHelp::tr("Payment by results")), esc(pbr.reason));
            for (const PbrHeadline& h : pbr.headlines)
                html += QStringLiteral("<li><b>%1</b> (%2): %3</li>")
                            .arg(esc(h.title), esc(h.requirement), esc(h.reason));
            html += QStringLiteral("</ul>");
            if (!form->isApproved())
                html += QStringLiteral("<p><i>%1</i></p>")
                            .arg(esc(EarlyHelp::tr("This review is not yet approved: the figures above "
                                                   "become final when the manager approves it.")));
        }
    }

    return writeEhFormPdf(db, *form, *family, title, html, path, QString(), images);
}

} // namespace waymark
