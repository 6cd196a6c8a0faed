#include "print/definedformprint.h"

#include "audit/auditlog.h"
#include "earlyhelp/ehformrepository.h"
#include "earlyhelp/formdefinition.h"
#include "print/ehformpdf.h"
#include "print/pdfreport.h"
#include "storage/database.h"
#include "storage/familyrepository.h"
#include "storage/workerrepository.h"
#include "util/trcontext.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace waymark {

Status printDefinedForm(Database& db, qint64 formId, const QString& path) {
    auto form = EhFormRepository(db).get(formId);
    if (!form)
        return form.status();
    const FormDefinition* def = formDefinition(form->kind);
    if (!def)
        return Status::failure(EarlyHelp::tr("That form has its own printout."));
    auto family = FamilyRepository(db).get(form->familyId);
    if (!family)
        return family.status();
    const QString date = form->completedOn.toString(QStringLiteral("dd/MM/yyyy"));
    auto esc = [](const QString& s) {
        return s.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    };

    const QString title = vocab::ehFormKind().label(form->kind);
    QString html = QStringLiteral("<h2>%1</h2><p><i>%2</i></p>")
                       .arg(esc(title), esc(QCoreApplication::translate("Vocabulary", def->intro)));
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\" "
                           "style=\"border-collapse: collapse; border-color: #999;\">");
    auto row = [&](const QString& label, const QString& value) {
        html += QStringLiteral("<tr><td width=\"35%\"><b>%1</b></td><td>%2</td></tr>")
                    .arg(esc(label), esc(value));
    };
    row(EarlyHelp::tr("Family"), family->name);
    row(EarlyHelp::tr("Form date"), date);
    row(EarlyHelp::tr("Version"),
        EarlyHelp::tr("%1, %2").arg(form->version).arg(vocab::ehFormStatus().label(form->status).toLower()));
    for (const FieldDefinition& f : def->fields)
        row(fieldLabel(f), fieldText(f, form->text(QLatin1String(f.key))));
    if (!form->decisionNote.isEmpty())
        row(EarlyHelp::tr("Manager's note"), form->decisionNote);
    html += QStringLiteral("</table>");

    return writeEhFormPdf(db, *form, *family, title, html, path, EarlyHelp::tr("Dated"));
}

} // namespace waymark
