#include "print/monitoringprint.h"

#include "audit/auditlog.h"
#include "earlyhelp/ehformrepository.h"
#include "earlyhelp/monitoring.h"
#include "print/ehformpdf.h"
#include "print/pdfreport.h"
#include "storage/database.h"
#include "storage/familyrepository.h"
#include "storage/personrepository.h"
#include "storage/workerrepository.h"
#include "util/trcontext.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace waymark {

namespace {

QString esc(const QString& s) {
    return s.toHtmlEscaped();
}

QString date(const QDate& d) {
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

} // namespace

Status printMonitoringForm(Database& db, qint64 formId, const QString& path) {
    auto form = EhFormRepository(db).get(formId);
    if (!form)
        return form.status();
    const auto& questions = monitoringQuestions(form->kind);
    if (questions.empty())
        return Status::failure(EarlyHelp::tr("That form is not a monitoring form."));
    auto family = FamilyRepository(db).get(form->familyId);
    if (!family)
        return family.status();
    QString about;
    if (form->personId != 0)
        if (auto p = PersonRepository(db).get(form->personId))
            about = p->fullName();

    const QString title = vocab::ehFormKind().label(form->kind);
    QString html =
        QStringLiteral("<h2>%1</h2><table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\" "
                       "style=\"border-collapse: collapse; border-color: #999;\">")
            .arg(esc(title));
    auto row = [&](const QString& a, const QString& b, const QString& c = QString()) {
        html +=
            QStringLiteral("<tr><td width=\"40%\"><b>%1</b></td><td width=\"20%\">%2</td><td>%3</td></tr>")
                .arg(esc(a), esc(b), esc(c));
    };
    row(EarlyHelp::tr("Family"), family->name);
    if (!about.isEmpty())
        row(EarlyHelp::tr("About"), about);
    row(EarlyHelp::tr("Completed on"), date(form->completedOn));
    row(EarlyHelp::tr("Version"),
        EarlyHelp::tr("%1, %2").arg(form->version).arg(vocab::ehFormStatus().label(form->status).toLower()));
    html += QStringLiteral("</table><h3>%1</h3>").arg(esc(EarlyHelp::tr("Answers")));
    html +=
        QStringLiteral(
            "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\" "
            "style=\"border-collapse: collapse; border-color: #999;\"><tr><th align=\"left\">%1</th>"
            "<th align=\"left\">%2</th><th align=\"left\">%3</th></tr>")
            .arg(esc(EarlyHelp::tr("Question")), esc(EarlyHelp::tr("Answer")), esc(EarlyHelp::tr("Note")));
    for (const MonitoringQuestion& q : questions) {
        const QString answer = form->text(answerKey(q.key));
        row(QCoreApplication::translate("Vocabulary", q.label),
            answer.isEmpty() ? EarlyHelp::tr("not answered") : q.answers().label(answer),
            form->text(noteKey(q.key)));
    }
    html += QStringLiteral("</table>");
    if (!form->decisionNote.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(esc(EarlyHelp::tr("Manager's note:")), esc(form->decisionNote));

    return writeEhFormPdf(db, *form, *family, title, html, path);
}

} // namespace waymark
