#include "print/ehforms.h"

#include "domain/vocabulary.h"
#include "earlyhelp/contactvocabulary.h"
#include "util/trcontext.h"

#include <QCoreApplication>
#include <QLocale>

namespace waymark {

namespace {

// The forms' words, under one translation context of their own.
struct EhPrint {
    Q_DECLARE_TR_FUNCTIONS(waymark::EhPrint)
};

QString esc(const QString& text) {
    return text.toHtmlEscaped();
}

QString paragraph(const QString& text) {
    if (text.trimmed().isEmpty())
        return QStringLiteral("<i>%1</i>").arg(esc(EhPrint::tr("None recorded")));
    return esc(text).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString date(const QDate& d) {
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : EhPrint::tr("not set");
}

QString longDate(const QDate& d) {
    return d.isValid()
               ? QLocale(QLocale::English, QLocale::UnitedKingdom).toString(d, QStringLiteral("d MMMM yyyy"))
               : QString();
}

QString yesNo(bool value) {
    return value ? EhPrint::tr("Yes") : EhPrint::tr("No");
}

const QString kTable =
    QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">");

QString row(const QString& label, const QString& valueHtml) {
    return QStringLiteral("<tr><th align=\"left\" width=\"32%\">%1</th><td>%2</td></tr>")
        .arg(esc(label), valueHtml);
}

} // namespace

QString contactLogHtml(const std::vector<ContactAttempt>& attempts, const ContactStandardsCheck& check,
                       const EhFormNames& names) {
    QString html =
        QStringLiteral("<html><body><h2>%1</h2>").arg(esc(EhPrint::tr("Attempts to contact the family")));
    html += kTable + row(EhPrint::tr("Family"), esc(names.familyName)) +
            row(EhPrint::tr("UFRN"), esc(names.ufrn.isEmpty() ? EhPrint::tr("not set") : names.ufrn)) +
            row(EhPrint::tr("Intervention"), esc(vocab::service().label(names.service))) +
            row(EhPrint::tr("Allocated worker"), esc(names.workerName)) + QStringLiteral("</table>");

    html += QStringLiteral("<h3>%1</h3>")
                .arg(esc(EhPrint::tr("The log (%n attempt(s))", nullptr, int(attempts.size()))));
    html +=
        kTable + QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>")
                     .arg(esc(EhPrint::tr("When")), esc(EhPrint::tr("How")), esc(EhPrint::tr("Outcome")),
                          esc(EhPrint::tr("Reply by")), esc(EhPrint::tr("Note")), esc(EhPrint::tr("Worker")));
    const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
    for (const ContactAttempt& a : attempts)
        html += QStringLiteral(
                    "<tr><td>%1<br>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td></tr>")
                    .arg(esc(uk.toString(a.at.date(), QStringLiteral("ddd dd/MM/yyyy"))),
                         esc(a.at.time().toString(QStringLiteral("HH:mm"))),
                         esc(vocab::ehContactMethod().label(a.method)),
                         esc(vocab::ehContactOutcome().label(a.outcome)),
                         esc(a.replyBy.isValid() ? date(a.replyBy) : QString()),
                         esc(a.note).replace(QLatin1Char('\n'), QStringLiteral("<br>")),
                         esc(names.workers.value(a.workerId)));
    if (attempts.empty())
        html += QStringLiteral("<tr><td colspan=\"6\"><i>%1</i></td></tr>")
                    .arg(esc(EhPrint::tr("No attempts logged yet")));
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h3>%1</h3>").arg(esc(EhPrint::tr("Minimum standards for attempts to contact")));
    html +=
        kTable + QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th></tr>")
                     .arg(esc(EhPrint::tr("Standard")), esc(EhPrint::tr("So far")), esc(EhPrint::tr("Met")));
    for (const ContactStandard& s : check.standards) {
        const QString met = s.met        ? EhPrint::tr("Met")
                            : s.advisory ? EhPrint::tr("Advisory: not yet")
                                         : EhPrint::tr("Not yet");
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(esc(s.requirement), esc(s.progress), esc(met));
    }
    html += QStringLiteral("</table><p>%1</p>")
                .arg(esc(
                    check.allRequiredMet()
                        ? EhPrint::tr("Every required standard is met. If there is still no contact, discuss "
                                      "closure for non-engagement with your manager (only a manager can "
                                      "sign off the closure).")
                        : EhPrint::tr("Not every required standard is met yet: keep trying before discussing "
                                      "closure for non-engagement with your manager.")));
    return html + QStringLiteral("</body></html>");
}

QString finalContactLetterHtml(const FinalContactLetter& l) {
    QStringList address;
    for (const QString& line : {l.address.line1, l.address.line2, l.address.town, l.address.postcode})
        if (!line.trimmed().isEmpty())
            address << esc(line.trimmed());
    // A telephone number never breaks across lines.
    const auto unbroken = [](const QString& text) {
        return esc(text.trimmed()).replace(QLatin1Char(' '), QStringLiteral("&nbsp;"));
    };
    const QString phone =
        l.phone.trimmed().isEmpty() ? esc(EhPrint::tr("the number above")) : unbroken(l.phone);
    QStringList details{esc(EhPrint::tr("Date: %1").arg(longDate(l.date))),
                        esc(EhPrint::tr("Contact: %1").arg(l.workerName))};
    if (!l.phone.trimmed().isEmpty())
        details << esc(EhPrint::tr("Tel:")) + QStringLiteral("&nbsp;") + unbroken(l.phone);
    if (!l.email.trimmed().isEmpty())
        details << esc(EhPrint::tr("Email: %1").arg(l.email.trimmed()));
    QString html = QStringLiteral("<html><body>");
    // The recipient on the left, the service and the worker's details on the right (Appendix V).
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                           "<td width=\"55%\" valign=\"top\">%1<br>%2</td>"
                           "<td width=\"45%\" valign=\"top\"><b>%3</b><br><br>%4</td></tr></table>")
                .arg(esc(l.recipientName), address.join(QStringLiteral("<br>")),
                     esc(EhPrint::tr("Children and Families Service")), details.join(QStringLiteral("<br>")));
    html += QStringLiteral("<p><br>%1</p>").arg(esc(EhPrint::tr("Dear %1,").arg(l.recipientName)));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(EhPrint::tr(
                    "The Early Help service recently received a referral for your family - I have "
                    "tried to make contact with you, but unfortunately I have not managed to "
                    "reach you yet.")));
    // The phone number and date go in after escaping the sentence, so the number keeps its &nbsp;.
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(EhPrint::tr(
                             "If you would still like to talk about what support is available for you, then "
                             "please contact me on %1 by %2 and I will be happy to discuss this with you."))
                         .arg(phone, esc(longDate(l.replyBy))));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(EhPrint::tr("If I have not heard from you by then I will assume you do not want any "
                                     "support at this time.")));
    html += QStringLiteral("<p>%1</p><p><br><br></p>").arg(esc(EhPrint::tr("Yours sincerely")));
    QStringList signature;
    signature << QStringLiteral("<b>%1</b>").arg(esc(l.workerName));
    for (const QString& line : {l.workerTitle, l.team, l.locality})
        if (!line.trimmed().isEmpty() && !signature.contains(esc(line.trimmed())))
            signature << esc(line.trimmed());
    if (!l.phone.trimmed().isEmpty())
        signature << esc(EhPrint::tr("Tel:")) + QStringLiteral("&nbsp;") + unbroken(l.phone);
    html += QStringLiteral("<p>%1</p>").arg(signature.join(QStringLiteral("<br>")));
    return html + QStringLiteral("</body></html>");
}

QString parentalConsentHtml(const ParentalConsent& c, const EhFormNames& names) {
    QString html = QStringLiteral("<html><body><h2>%1</h2>")
                       .arg(esc(EhPrint::tr("Parental consent form (travel, activities and photography)")));
    html += kTable + row(EhPrint::tr("Family"), esc(names.familyName)) +
            row(EhPrint::tr("UFRN"), esc(names.ufrn.isEmpty() ? EhPrint::tr("not set") : names.ufrn)) +
            row(EhPrint::tr("Consent given on"), esc(date(c.givenOn))) +
            row(EhPrint::tr("Given by (parental responsibility)"), esc(c.givenByName)) +
            row(EhPrint::tr("Recorded by"), esc(names.workers.value(c.recordedByWorkerId))) +
            QStringLiteral("</table>");

    html +=
        QStringLiteral("<h3>%1</h3>").arg(esc(EhPrint::tr("1. The children, their health and allergies")));
    html += kTable + QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                         .arg(esc(EhPrint::tr("Child")), esc(EhPrint::tr("Significant health issues")),
                              esc(EhPrint::tr("Allergic to any medication")),
                              esc(EhPrint::tr("Last tetanus injection")));
    for (const ParentalConsentChild& child : c.children)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(esc(names.people.value(child.personId)), paragraph(child.healthNotes),
                         paragraph(child.allergies),
                         esc(child.tetanus.trimmed().isEmpty() ? EhPrint::tr("Not known") : child.tetanus));
    if (c.children.empty())
        html += QStringLiteral("<tr><td colspan=\"4\"><i>%1</i></td></tr>")
                    .arg(esc(EhPrint::tr("No children listed")));
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h3>%1</h3>").arg(esc(EhPrint::tr("2 to 5. Consent")));
    html += kTable +
            row(EhPrint::tr("Transport: to travel with the allocated worker or a member of the team"),
                QStringLiteral("<b>%1</b>").arg(esc(yesNo(c.travel)))) +
            row(EhPrint::tr("Activities: to attend activities during the intervention"),
                QStringLiteral("<b>%1</b>").arg(esc(yesNo(c.activities)))) +
            row(EhPrint::tr("Photographs: images of the children used in the council's brochures, leaflets, "
                            "displays, the local press and website"),
                QStringLiteral("<b>%1</b>")
                    .arg(esc(c.photographs ? EhPrint::tr("I do give permission")
                                           : EhPrint::tr("I do not give permission")))) +
            QStringLiteral("</table>");
    html +=
        QStringLiteral("<p>%1</p>")
            .arg(esc(EhPrint::tr(
                "Insurance: trips and activities are insured for legal liabilities (third party), but there "
                "is "
                "no personal accident cover unless the family has been told so in writing. The person with "
                "parental responsibility agreed to the declaration on the form, including emergency medical "
                "treatment, and will tell the worker of any change in the children's health.")));
    html += QStringLiteral("<p><br>%1 ____________________________ &nbsp; %2 ____________</p>")
                .arg(esc(EhPrint::tr("Signed (parent/guardian):")), esc(EhPrint::tr("Date:")));
    return html + QStringLiteral("</body></html>");
}

PdfHeader ehPdfHeader(const QString& title, const EhFormNames& names, const QDate& on,
                      const QString& printedBy, const QDateTime& printedAt) {
    PdfHeader header;
    header.title = title;
    header.lines << EhPrint::tr("Family: %1").arg(names.familyName)
                 << EhPrint::tr("UFRN: %1").arg(names.ufrn.isEmpty() ? EhPrint::tr("not set") : names.ufrn)
                 << EhPrint::tr("Worker: %1")
                        .arg(names.workerName.isEmpty() ? EhPrint::tr("not allocated") : names.workerName)
                 << EhPrint::tr("Date: %1").arg(date(on))
                 << EhPrint::tr("Printed by %1 on %2")
                        .arg(printedBy, printedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")));
    header.footer = EhPrint::tr("OFFICIAL-SENSITIVE: personal data. Early Help, Leicestershire.");
    return header;
}

} // namespace waymark
