#include "print/closureprint.h"

#include "audit/auditlog.h"
#include "earlyhelp/closure.h"
#include "earlyhelp/ehformrepository.h"
#include "earlyhelp/minimumrequirements.h"
#include "print/ehformpdf.h"
#include "print/pdfreport.h"
#include "storage/caseeventrepository.h"
#include "storage/database.h"
#include "storage/familyrepository.h"
#include "storage/involvementrepository.h"
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
    return QStringLiteral("<tr><td width=\"30%\"><b>%1</b></td><td>%2</td></tr>").arg(esc(label), esc(value));
}

// A section: its question as a heading, the answer under it ("(not written)" when empty).
QString section(const QString& question, const QString& answer) {
    return QStringLiteral("<h3>%1</h3><p>%2</p>")
        .arg(esc(question), answer.trimmed().isEmpty()
                                ? QStringLiteral("<i>%1</i>").arg(esc(EarlyHelp::tr("(not written)")))
                                : esc(answer.trimmed()));
}

// "What work was completed? (bullet points)": one bullet a line.
QString bullets(const QString& text) {
    QStringList lines;
    for (QString line : text.split(QLatin1Char('\n'))) {
        line = line.trimmed();
        while (line.startsWith(QLatin1Char('-')) || line.startsWith(QChar(0x2022)) ||
               line.startsWith(QLatin1Char('*')))
            line = line.mid(1).trimmed();
        if (!line.isEmpty())
            lines << QStringLiteral("<li>%1</li>").arg(esc(line));
    }
    if (lines.isEmpty())
        return QStringLiteral("<p><i>%1</i></p>").arg(esc(EarlyHelp::tr("(not written)")));
    return QStringLiteral("<ul>%1</ul>").arg(lines.join(QString()));
}

const char* kTable = "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\" "
                     "style=\"border-collapse: collapse; border-color: #999;\">";

} // namespace

QString minimumRequirementsHtml(const std::vector<MinimumRequirement>& items) {
    QString html = QStringLiteral("<ul>");
    for (const MinimumRequirement& r : items) {
        const QString label = esc(vocab::minimumRequirement().label(r.item));
        const QString note =
            r.note.trimmed().isEmpty() ? QString() : QStringLiteral(": ") + esc(r.note.trimmed());
        if (r.isMet())
            html += QStringLiteral("<li><b>%1</b>%2</li>").arg(label, note);
        else if (r.status.isEmpty())
            html += QStringLiteral("<li>%1 <i>(%2)</i></li>").arg(label, esc(EarlyHelp::tr("not checked")));
        else
            html += QStringLiteral("<li>%1 <i>(%2%3)</i></li>")
                        .arg(label, esc(vocab::minimumRequirementStatus().label(r.status).toLower()), note);
    }
    return html + QStringLiteral("</ul>");
}

Status printClosureForm(Database& db, qint64 formId, const QString& path) {
    EhFormRepository repo(db);
    auto form = repo.get(formId);
    if (!form)
        return form.status();
    if (!isClosureKind(form->kind))
        return Status::failure(EarlyHelp::tr("That form is not a closure form."));
    auto family = FamilyRepository(db).get(form->familyId);
    if (!family)
        return family.status();
    auto involvement = InvolvementRepository(db).get(form->involvementId);
    if (!involvement)
        return involvement.status();
    const bool brief = form->kind == QLatin1String("brief_closure");
    const QString title =
        brief ? EarlyHelp::tr("Closure Summary Brief Intervention") : vocab::ehFormKind().label(form->kind);
    const QString worker = workerName(db, form->workerId);
    const QString reason = form->text(QLatin1String(closure_text::reason));

    QString html;
    html += QStringLiteral("<h2>%1</h2>").arg(esc(title));
    html += QString::fromLatin1(kTable);
    html += row(EarlyHelp::tr("Family"), family->name);
    html += row(EarlyHelp::tr("UFRN"), family->ufrn.isEmpty() ? EarlyHelp::tr("not set") : family->ufrn);
    html += row(EarlyHelp::tr("Worker"), worker);
    html += row(EarlyHelp::tr("Intervention"), vocab::service().label(involvement->service));
    html += row(EarlyHelp::tr("Closing date"), date(form->completedOn));
    html += row(EarlyHelp::tr("Reason for closing"),
                reason.isEmpty() ? EarlyHelp::tr("not chosen") : vocab::closureOutcome().label(reason));
    html += row(
        EarlyHelp::tr("Version"),
        EarlyHelp::tr("%1, %2").arg(form->version).arg(vocab::ehFormStatus().label(form->status).toLower()));
    html += row(EarlyHelp::tr("Manager's sign-off"),
                form->isApproved() ? EarlyHelp::tr("%1 on %2")
                                         .arg(workerName(db, form->decidedByWorkerId),
                                              date(form->decidedAt.toLocalTime().date()))
                                   : EarlyHelp::tr("not signed off yet"));
    if (!form->decisionNote.isEmpty())
        html += row(EarlyHelp::tr("Manager's note"), form->decisionNote);
    if (!brief) {
        // The review before closure, as the check found it (the involvement may be closed by now:
        // the check is read for the review, not for whether it may close).
        Involvement open = *involvement;
        open.status = QStringLiteral("open");
        open.closedOn = QDate();
        const ClosureCheck check = checkClosure(open, *form, repo.approved(form->involvementId),
                                                CaseEventRepository(db).forFamily(form->familyId));
        QString review = EarlyHelp::tr("none in the two weeks before closure");
        if (check.reviewFormId != 0) {
            if (auto r = repo.get(check.reviewFormId))
                review = EarlyHelp::tr("Family Star review completed %1").arg(date(r->completedOn));
        } else if (!check.reviewRequired) {
            review = EarlyHelp::tr("not possible: %1").arg(check.notes.value(0));
        }
        html += row(EarlyHelp::tr("Review before closure"), review);
    }
    html += QStringLiteral("</table>");

    const std::vector<MinimumRequirement> minreq = minimumRequirementsFromTexts(form->texts);
    if (brief) {
        // Appendix IV, in its order and words.
        html += QStringLiteral("<h2>%1</h2>").arg(esc(EarlyHelp::tr("Closure Summary")));
        html +=
            section(EarlyHelp::tr("Summarise the reasons for undertaking this assessment (copied from the "
                                  "Signs of Wellbeing Assessment)"),
                    form->text(QLatin1String(closure_text::sowReasons)));
        html += QStringLiteral("<h3>%1</h3>").arg(esc(EarlyHelp::tr("What work was completed?")));
        html += bullets(form->text(QLatin1String(closure_text::workCompleted)));
        html += QStringLiteral("<h3>%1</h3>")
                    .arg(esc(EarlyHelp::tr("Minimum Requirements (in bold: completed)")));
        html += minimumRequirementsHtml(minreq);
        html += section(EarlyHelp::tr("What changes happened \u2013 brief statement on outcomes achieved"),
                        form->text(QLatin1String(closure_text::changes)));
    } else {
        html += section(EarlyHelp::tr("Summary: the situation at closure and what has been tried"),
                        form->text(QLatin1String(closure_text::summary)));
        html += QStringLiteral("<h3>%1</h3>").arg(esc(EarlyHelp::tr("What work was completed?")));
        html += bullets(form->text(QLatin1String(closure_text::workCompleted)));
        html += section(EarlyHelp::tr("What changes happened \u2013 outcomes achieved"),
                        form->text(QLatin1String(closure_text::changes)));
        html += section(EarlyHelp::tr("Next steps"), form->text(QLatin1String(closure_text::nextSteps)));
        html += QStringLiteral("<h3>%1</h3>")
                    .arg(esc(EarlyHelp::tr("Minimum requirements (section 9, in bold: completed)")));
        html += minimumRequirementsHtml(minreq);
    }

    return writeEhFormPdf(db, *form, *family, title, html, path, EarlyHelp::tr("Closing"));
}

} // namespace waymark
