#include "print/ehformprint.h"

#include "audit/auditlog.h"
#include "earlyhelp/casesummary.h"
#include "earlyhelp/ehformrepository.h"
#include "earlyhelp/signsofwellbeing.h"
#include "print/ehformpdf.h"
#include "print/pdfreport.h"
#include "storage/database.h"
#include "storage/familyrepository.h"
#include "storage/workerrepository.h"
#include "util/trcontext.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <utility>
#include <vector>

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
    return QStringLiteral("<tr><td width=\"30%\"><b>%1</b></td><td>%2</td></tr>").arg(esc(label), esc(value));
}

const char* kTable = "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\" "
                     "style=\"border-collapse: collapse; border-color: #999;\">";

// A free-text section: its heading and its words, or a note that it was left empty.
QString section(const QString& heading, const QString& body, const char* tag = "h3") {
    const QString text = body.trimmed().isEmpty()
                             ? QStringLiteral("<p><i>%1</i></p>").arg(esc(EarlyHelp::tr("Not completed.")))
                             : QStringLiteral("<p>%1</p>").arg(esc(body.trimmed()));
    return QStringLiteral("<%1>%2</%1>").arg(QLatin1String(tag), esc(heading)) + text;
}

// A 0-10 scale drawn as a row of 11 cells, the chosen one filled, with words under it in as many
// equal columns as `words` has (each aligned as given: the anchors, or the two ends).
QString scaleRow(std::optional<int> value, const std::vector<std::pair<QString, const char*>>& words) {
    QString html = QString::fromLatin1(kTable) + QStringLiteral("<tr>");
    for (int i = 0; i <= 10; ++i) {
        const bool chosen = value && *value == i;
        html += QStringLiteral("<td width=\"9%\" align=\"center\"%1>%2</td>")
                    .arg(chosen ? QStringLiteral(" bgcolor=\"#1f4e79\" style=\"color: white;\"") : QString(),
                         chosen ? QStringLiteral("<b>%1</b>").arg(i) : QString::number(i));
    }
    html += QStringLiteral("</tr></table>");
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\"><tr>");
    const int width = words.empty() ? 100 : 100 / int(words.size());
    for (const auto& [text, align] : words)
        html += QStringLiteral("<td width=\"%1%\" valign=\"top\" align=\"%2\"><small>%3</small></td>")
                    .arg(width)
                    .arg(QLatin1String(align), esc(text));
    html += QStringLiteral("</tr></table>");
    return html;
}

struct Common {
    EhForm form;
    Family family;
    QString worker;
};

Result<Common> load(Database& db, qint64 formId, const char* kind) {
    auto form = EhFormRepository(db).get(formId);
    if (!form)
        return form.status();
    if (form->kind != QLatin1String(kind))
        return Status::failure(EarlyHelp::tr("That form is not a %1.")
                                   .arg(vocab::ehFormKind().label(QLatin1String(kind)).toLower()));
    auto family = FamilyRepository(db).get(form->familyId);
    if (!family)
        return family.status();
    return Common{*form, *family, workerName(db, form->workerId)};
}

// Version, status and the manager's decision, for the summary table.
QString decisionRows(Database& db, const EhForm& form) {
    QString html = row(
        EarlyHelp::tr("Version"),
        EarlyHelp::tr("%1, %2").arg(form.version).arg(vocab::ehFormStatus().label(form.status).toLower()));
    if (form.decidedByWorkerId != 0)
        html += row(EarlyHelp::tr("Manager"), EarlyHelp::tr("%1 on %2")
                                                  .arg(workerName(db, form.decidedByWorkerId),
                                                       date(form.decidedAt.toLocalTime().date())));
    if (!form.decisionNote.isEmpty())
        html += row(EarlyHelp::tr("Manager's note"), form.decisionNote);
    return html;
}

Status finish(Database& db, const Common& c, const QString& html, const QString& path) {
    return writeEhFormPdf(db, c.form, c.family, vocab::ehFormKind().label(c.form.kind), html, path);
}

} // namespace

Status printSowForm(Database& db, qint64 formId, const QString& path) {
    auto loaded = load(db, formId, "sow_assessment");
    if (!loaded)
        return loaded.status();
    const Common& c = *loaded;
    const EhForm& f = c.form;

    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(vocab::ehFormKind().label(f.kind)));
    html += QStringLiteral("<h3>%1</h3>").arg(esc(EarlyHelp::tr("Section One: Summary of information")));
    html += QString::fromLatin1(kTable);
    html += row(EarlyHelp::tr("Family"), c.family.name);
    html += row(EarlyHelp::tr("UFRN"), c.family.ufrn.isEmpty() ? EarlyHelp::tr("not set") : c.family.ufrn);
    const QDate started = QDate::fromString(f.text(QLatin1String(sow::startedOn)), Qt::ISODate);
    html += row(EarlyHelp::tr("Assessment start date"), date(started));
    html += row(EarlyHelp::tr("Assessment completion date"), date(f.completedOn));
    for (const FormSection& s : sowSummaryFields())
        if (QLatin1String(s.key) != QLatin1String(sow::startedOn))
            html += row(EarlyHelp::tr(s.label), f.text(QLatin1String(s.key)));
    html += decisionRows(db, f);
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h3>%1</h3>")
                .arg(esc(EarlyHelp::tr("Explanation of information sharing / identification of PR")));
    html += QString::fromLatin1(kTable);
    html +=
        QStringLiteral("<tr><th align=\"left\" width=\"24%\">%1</th><th align=\"left\" width=\"18%\">%2</th>"
                       "<th width=\"14%\">%3</th><th align=\"left\">%4</th><th align=\"left\" "
                       "width=\"20%\">%5</th></tr>")
            .arg(esc(EarlyHelp::tr("Name")), esc(EarlyHelp::tr("Child age / adult role")),
                 esc(EarlyHelp::tr("Explained Y/N")), esc(EarlyHelp::tr("Comments")),
                 esc(EarlyHelp::tr("Has PR? (who for)")));
    for (const InfoSharingRow& r : f.infoSharing)
        html += QStringLiteral(
                    "<tr><td>%1</td><td>%2</td><td align=\"center\">%3</td><td>%4</td><td>%5</td></tr>")
                    .arg(esc(r.name), esc(r.ageOrRole), r.explained ? EarlyHelp::tr("Y") : EarlyHelp::tr("N"),
                         esc(r.comments), esc(r.holdsPr.isEmpty() ? EarlyHelp::tr("No") : r.holdsPr));
    if (f.infoSharing.empty())
        html += QStringLiteral("<tr><td colspan=\"5\"><i>%1</i></td></tr>")
                    .arg(esc(EarlyHelp::tr("No one listed.")));
    html += QStringLiteral("</table>");

    // The numbered sections, with the scaling tool (5) before next steps, as the dialog has them.
    const auto value = sowScaleValue(f);
    QString scale = QStringLiteral("<h3>%1</h3>")
                        .arg(esc(EarlyHelp::tr("5. Scaling tool: the current position of the family")));
    std::vector<std::pair<QString, const char*>> anchors;
    for (const ScaleAnchor& a : sowScaleAnchors())
        anchors.push_back({QStringLiteral("%1: %2").arg(a.value).arg(EarlyHelp::tr(a.label)), "left"});
    scale += scaleRow(value, anchors);
    if (value && *value >= 0 && *value <= 10)
        scale +=
            QStringLiteral("<p><b>%1</b></p>")
                .arg(esc(
                    EarlyHelp::tr("The family is at %1: %2").arg(*value).arg(sowScaleDescription(*value))));
    else
        scale += QStringLiteral("<p><i>%1</i></p>").arg(esc(EarlyHelp::tr("Not scaled.")));
    for (const FormSection& s : sowSections()) {
        if (QLatin1String(s.key) == QLatin1String(sow::nextSteps))
            html += scale;
        html += section(EarlyHelp::tr(s.label), f.text(QLatin1String(s.key)));
    }
    return finish(db, c, html, path);
}

Status printCaseSummary(Database& db, qint64 formId, const QString& path) {
    using namespace casesummary;
    auto loaded = load(db, formId, "case_summary");
    if (!loaded)
        return loaded.status();
    const Common& c = *loaded;
    const EhForm& f = c.form;
    auto label = [](const char* key) {
        for (const FormSection& s : caseSummarySections())
            if (QLatin1String(s.key) == QLatin1String(key))
                return EarlyHelp::tr(s.label);
        return QString();
    };

    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(EarlyHelp::tr("Case summary template")));
    html += QString::fromLatin1(kTable);
    html += row(EarlyHelp::tr("Family"), c.family.name);
    html += row(EarlyHelp::tr("UFRN"), c.family.ufrn.isEmpty() ? EarlyHelp::tr("not set") : c.family.ufrn);
    html += row(label(composition), f.text(QLatin1String(composition)));
    html += row(EarlyHelp::tr("Date summary completed"), date(f.completedOn));
    QString reasonText = vocab::caseSummaryReason().label(f.text(QLatin1String(reason)));
    if (!f.text(QLatin1String(reasonDetail)).isEmpty())
        reasonText += QStringLiteral(": ") + f.text(QLatin1String(reasonDetail));
    html += row(EarlyHelp::tr("Reason for summary"), reasonText);
    html += row(EarlyHelp::tr("Worker completing summary"), c.worker);
    html += row(label(otherWorkers), f.text(QLatin1String(otherWorkers)));
    html += decisionRows(db, f);
    html += QStringLiteral("</table>");

    html += section(label(whyWorking), f.text(QLatin1String(whyWorking)));
    html += QStringLiteral("<h3>%1</h3>").arg(esc(EarlyHelp::tr("Signs of Safety mapping")));
    const std::vector<std::pair<QString, std::vector<const char*>>> columns = {
        {EarlyHelp::tr("What are we worried about?"), {harm, complicating}},
        {EarlyHelp::tr("What's working well?"), {strengths, safetyFactors}},
        {EarlyHelp::tr("What needs to happen?"), {safetyGoals, nextSteps}},
    };
    for (const auto& [heading, keys] : columns) {
        html += QStringLiteral("<p style=\"margin-top: 8px;\"><b><u>%1</u></b></p>").arg(esc(heading));
        for (const char* key : keys)
            html += section(label(key), f.text(QLatin1String(key)), "h4");
    }
    html += section(label(danger), f.text(QLatin1String(danger)));

    for (const SummaryScale& s : caseSummaryScales()) {
        const auto v = summaryScaleValue(f, s.valueKey);
        const QString low = f.text(QLatin1String(s.lowKey));
        const QString high = f.text(QLatin1String(s.highKey));
        html += QStringLiteral("<h3>%1</h3>")
                    .arg(esc(v ? EarlyHelp::tr("%1: %2 of 10").arg(EarlyHelp::tr(s.label)).arg(*v)
                               : EarlyHelp::tr("%1: not scored").arg(EarlyHelp::tr(s.label))));
        html += scaleRow(
            v, {{EarlyHelp::tr("0 = %1").arg(low), "left"}, {EarlyHelp::tr("10 = %1").arg(high), "right"}});
    }
    html += section(label(achievements), f.text(QLatin1String(achievements)));

    html += QStringLiteral("<h3>%1</h3>").arg(esc(EarlyHelp::tr("Distance travelled")));
    const auto distance =
        summaryDistanceTravelled(EhFormRepository(db).approved(f.involvementId), f.completedOn);
    if (!distance) {
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(esc(EarlyHelp::tr("No approved Family Star assessment on or before this summary.")));
    } else {
        html += QString::fromLatin1(kTable);
        html += QStringLiteral("<tr><th align=\"left\">%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                    .arg(esc(EarlyHelp::tr("Area")),
                         esc(EarlyHelp::tr("Assessment %1").arg(date(distance->assessedOn))),
                         esc(distance->reviewedOn.isValid()
                                 ? EarlyHelp::tr("Latest review %1").arg(date(distance->reviewedOn))
                                 : EarlyHelp::tr("Latest review (none yet)")),
                         esc(EarlyHelp::tr("Change")));
        for (const DistanceRow& r : distance->rows) {
            const int change = r.change();
            html += QStringLiteral("<tr><td>%1</td><td align=\"center\">%2</td><td align=\"center\">%3</td>"
                                   "<td align=\"center\">%4</td></tr>")
                        .arg(esc(vocab::starArea().label(r.area)),
                             r.atAssessment ? QString::number(r.atAssessment) : QString(),
                             r.atLatestReview ? QString::number(r.atLatestReview) : QString(),
                             r.atLatestReview
                                 ? (change > 0 ? QStringLiteral("+%1").arg(change) : QString::number(change))
                                 : QString());
        }
        html += QStringLiteral("</table>");
    }
    return finish(db, c, html, path);
}

} // namespace waymark
