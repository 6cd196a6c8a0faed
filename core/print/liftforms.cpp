#include "print/liftforms.h"

#include "lift/liftvalidation.h"
#include "lift/liftvocabulary.h"
#include "util/trcontext.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace waymark {

namespace {

QString esc(const QString& text) {
    return text.toHtmlEscaped();
}

// Free text keeps its line breaks.
QString paragraph(const QString& text) {
    if (text.trimmed().isEmpty())
        return QStringLiteral("<i>%1</i>").arg(esc(Lift::tr("None recorded")));
    return esc(text).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString date(const QDate& d) {
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : Lift::tr("not set");
}

QString labels(const QStringList& codes, const Vocabulary& vocabulary) {
    QStringList out;
    for (const QString& code : codes)
        out << vocabulary.label(code);
    return out.isEmpty() ? Lift::tr("None") : out.join(QStringLiteral(", "));
}

QString hours(double h) {
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(h, 'g', 4);
}

QString hoursAndMinutes(int minutes) {
    return QStringLiteral("%1:%2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

class Html {
public:
    explicit Html(const QString& title) {
        m_html = QStringLiteral("<html><body><h2>%1</h2>").arg(esc(title));
    }
    Html& heading(const QString& text) {
        closeTable();
        m_html += QStringLiteral("<h3>%1</h3>").arg(esc(text));
        return *this;
    }
    // `value` is HTML already (escaped by the caller).
    Html& row(const QString& label, const QString& value) {
        if (!m_inTable) {
            m_html +=
                QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">");
            m_inTable = true;
        }
        m_html += QStringLiteral("<tr><th align=\"left\" width=\"32%\">%1</th><td>%2</td></tr>")
                      .arg(esc(label), value);
        return *this;
    }
    Html& raw(const QString& html) {
        closeTable();
        m_html += html;
        return *this;
    }
    QString finish() {
        closeTable();
        return m_html + QStringLiteral("</body></html>");
    }

private:
    void closeTable() {
        if (m_inTable)
            m_html += QStringLiteral("</table>");
        m_inTable = false;
    }
    QString m_html;
    bool m_inTable = false;
};

QString meetingHtml(const QString& title, const LiftMeeting& m, const LiftReferral& r,
                    const LiftFormNames& names) {
    Html h(title);
    h.row(Lift::tr("Family"), esc(names.familyName))
        .row(Lift::tr("Mentor"), esc(names.mentorName))
        .row(Lift::tr("Project aim"), esc(vocab::liftAim().label(r.aim)))
        .row(Lift::tr("Locality"), esc(r.locality))
        .row(Lift::tr("Date of meeting"), esc(date(m.heldOn)))
        .row(Lift::tr("Place"), esc(m.place) + (m.atFamilyHome ? esc(Lift::tr(" (the family home)"))
                                                               : esc(Lift::tr(" (not the family home)"))))
        .row(Lift::tr("Present"), esc(labels(m.attendees, vocab::liftAttendee())))
        .row(Lift::tr("Recorded by"), esc(names.recordedByName));
    if (m.kind == QLatin1String("review"))
        h.heading(Lift::tr("Progress since the last meeting"))
            .row(Lift::tr("Progress"), paragraph(m.progress));
    h.heading(Lift::tr("What the mentor will do"))
        .row(Lift::tr("Areas of support"), esc(labels(m.supportAreas, vocab::liftSupport())))
        .row(Lift::tr("Action plan (dates and times)"), paragraph(m.actionPlan));
    h.heading(Lift::tr("Risks and safer care"))
        .row(Lift::tr("Risks to the mentor in the family home"), paragraph(m.risksToMentor))
        .row(Lift::tr("Risks if the child goes to the foster home"), paragraph(m.risksToChildren))
        .row(Lift::tr("Actions agreed"), paragraph(m.riskActions));
    QString notification = Lift::tr("Not needed");
    if (m.mustNotifyCcswIro)
        notification = m.notifiedOn.isValid()
                           ? Lift::tr("The CCSWs and IROs of the children placed were told on %1")
                                 .arg(date(m.notifiedOn))
                           : Lift::tr("The CCSWs and IROs of the children placed must be told: not yet done");
    h.row(Lift::tr("Notifications (day respite with foster children present)"), esc(notification));
    h.heading(Lift::tr("Boundaries and hours")).row(Lift::tr("Boundaries agreed"), paragraph(m.boundaries));
    QString agreedHours = Lift::tr("%1 hours a week").arg(hours(m.hoursPerWeek));
    if (m.hoursPerWeek > kLiftWeeklyHoursGuide)
        agreedHours +=
            QStringLiteral("<br>") + esc(Lift::tr("Above the 8-hour guide because: %1").arg(m.hoursReason));
    h.row(Lift::tr("Hours of involvement agreed"), agreedHours)
        .row(Lift::tr("Review date"), esc(date(m.reviewDue)));
    h.raw(QStringLiteral("<p><b>%1</b> %2</p>")
              .arg(esc(Lift::tr("Reminder:")),
                   esc(Lift::tr(
                       "add a case note on LCS with the date and brief details of this meeting, and save "
                       "this form in the family's LIFT folder.")) +
                       (m.caseNoteAdded ? esc(Lift::tr(" (Recorded as done.)")) : QString())));
    return h.finish();
}

} // namespace

QString liftAgreementHtml(const LiftMeeting& meeting, const LiftReferral& referral,
                          const LiftFormNames& names) {
    return meetingHtml(Lift::tr("LIFT agreement form"), meeting, referral, names);
}

QString liftReviewHtml(const LiftMeeting& meeting, const LiftReferral& referral, const LiftFormNames& names) {
    return meetingHtml(Lift::tr("LIFT review form"), meeting, referral, names);
}

QString liftClosureHtml(const LiftClosure& c, const LiftReferral& r, const LiftFormNames& names,
                        const QDate& startedOn) {
    Html h(Lift::tr("LIFT closure summary"));
    QString length = Lift::tr("not known");
    if (startedOn.isValid() && c.closedOn.isValid() && startedOn <= c.closedOn) {
        const qint64 days = startedOn.daysTo(c.closedOn);
        length = Lift::tr("%1 weeks (%2 days, %3 to %4)")
                     .arg(days / 7)
                     .arg(days)
                     .arg(date(startedOn), date(c.closedOn));
    }
    h.row(Lift::tr("Family"), esc(names.familyName))
        .row(Lift::tr("Mentor"), esc(names.mentorName))
        .row(Lift::tr("Locality"), esc(r.locality))
        .row(Lift::tr("Project aim"), esc(vocab::liftAim().label(c.aim)))
        .row(Lift::tr("Closed on"), esc(date(c.closedOn)))
        .row(Lift::tr("Length of involvement"), esc(length))
        .row(Lift::tr("Aim achieved"), esc(c.aimAchieved ? Lift::tr("Yes") : Lift::tr("No")))
        .row(Lift::tr("Why"), paragraph(c.reason));
    h.heading(Lift::tr("One year on"));
    h.row(Lift::tr("Follow-up due"), esc(date(c.followUpDue())));
    if (c.careFollowUp.isEmpty()) {
        h.row(Lift::tr("Did the child enter or return to care?"), esc(Lift::tr("Not yet recorded")));
    } else {
        h.row(Lift::tr("Did the child enter or return to care?"),
              esc(vocab::liftCareFollowUp().label(c.careFollowUp)))
            .row(Lift::tr("Recorded on"), esc(date(c.followUpOn)))
            .row(Lift::tr("Note"), paragraph(c.followUpNote));
    }
    h.raw(QStringLiteral("<p>%1</p>")
              .arg(esc(Lift::tr(
                  "SSW: save this summary in the family's LIFT folder and update the statistics."))));
    return h.finish();
}

QString liftFinanceHtml(const FinanceForm& f, const LiftFormNames& names, const FormPayment& pay) {
    Html h(Lift::tr("LIFT finance form"));
    int exemptMinutes = 0, taxableMinutes = 0;
    for (const FinanceSession& s : f.sessions)
        (s.childAccommodated ? exemptMinutes : taxableMinutes) += s.minutes;
    h.row(Lift::tr("Family"), esc(names.familyName))
        .row(Lift::tr("Mentor"), esc(names.mentorName))
        .row(Lift::tr("Month"), esc(QLocale(QLocale::English, QLocale::UnitedKingdom)
                                        .toString(f.month, QStringLiteral("MMMM yyyy"))))
        .row(Lift::tr("Status"), esc(vocab::liftFinanceStatus().label(f.status)))
        .row(Lift::tr("Submitted to the SSW"), esc(date(f.submittedOn)))
        .row(Lift::tr("Processed (claim on LCS)"), esc(date(f.processedOn)))
        .row(Lift::tr("Paid"), esc(date(f.paidOn)));
    QString table =
        QStringLiteral(
            "<h3>%1</h3><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">"
            "<tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th><th>%7</th><th>%8</th></tr>")
            .arg(esc(Lift::tr("Sessions with the family (travel time is not claimable)")),
                 esc(Lift::tr("Date")), esc(Lift::tr("Hours")), esc(Lift::tr("Child accommodated")),
                 esc(Lift::tr("Tax")), esc(Lift::tr("Rate")), esc(Lift::tr("Pay")), esc(Lift::tr("Note")));
    for (const SessionPay& sp : pay.sessions) {
        const FinanceSession& s = sp.session;
        table += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td>%3</td><td>%4</td>"
                                "<td align=\"right\">%5</td><td align=\"right\">%6</td><td>%7</td></tr>")
                     .arg(esc(date(s.date)), esc(hoursAndMinutes(s.minutes)),
                          esc(s.childAccommodated ? Lift::tr("Yes") : Lift::tr("No")),
                          esc(s.childAccommodated ? Lift::tr("Exempt") : Lift::tr("Taxable")),
                          esc(Lift::tr("%1 an hour").arg(formatPounds(sp.hourlyRatePence))),
                          esc(formatPounds(sp.payPence)), esc(s.note));
    }
    if (pay.sessions.empty())
        table +=
            QStringLiteral("<tr><td colspan=\"7\"><i>%1</i></td></tr>").arg(esc(Lift::tr("No sessions yet")));
    table += QStringLiteral("</table>");
    h.raw(table);
    h.heading(Lift::tr("Totals"))
        .row(Lift::tr("Exempt (child accommodated by an approved foster carer)"),
             esc(Lift::tr("%1 hours: %2").arg(hoursAndMinutes(exemptMinutes), formatPounds(pay.exemptPence))))
        .row(Lift::tr("Taxable (before admission or after return home)"),
             esc(Lift::tr("%1 hours: %2")
                     .arg(hoursAndMinutes(taxableMinutes), formatPounds(pay.taxablePence))))
        .row(Lift::tr("Sessions total"),
             QStringLiteral("<b>%1</b>").arg(esc(formatPounds(pay.sessionPence()))))
        .row(
            Lift::tr("Mileage"),
            esc(Lift::tr("%1 miles at %2 a mile: %3, claimed on the separate foster carers' mileage form (no "
                         "3-mile deduction)")
                    .arg(hours(f.mileageMiles), formatPounds(pay.mileageRatePence),
                         formatPounds(pay.mileagePence))))
        .row(Lift::tr("Total with mileage"),
             QStringLiteral("<b>%1</b>").arg(esc(formatPounds(pay.totalPence()))))
        .row(Lift::tr("Notes"), paragraph(f.notes));
    h.raw(QStringLiteral("<p>%1</p>")
              .arg(esc(
                  Lift::tr("Taxable payments: the carer tells HMRC and arranges to pay any tax and National "
                           "Insurance due. Save a copy of this form in the family's LIFT folder once the "
                           "claim is processed."))));
    return h.finish();
}

QString liftTeamBriefHtml(const std::vector<TeamBriefItem>& items, const QDate& on) {
    Html h(Lift::tr("LIFT team brief: referrals waiting for a mentor"));
    h.raw(QStringLiteral("<p>%1</p>")
              .arg(esc(Lift::tr("%1. %n referral(s) waiting, oldest first.", nullptr, int(items.size()))
                           .arg(date(on)))));
    if (items.empty())
        return h
            .raw(QStringLiteral("<p>%1</p>").arg(esc(Lift::tr("Every appropriate referral has a mentor."))))
            .finish();
    QString table = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">"
                                   "<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                        .arg(esc(Lift::tr("Family")), esc(Lift::tr("Aim and locality")),
                             esc(Lift::tr("Waiting")), esc(Lift::tr("Suggested mentors")));
    for (const TeamBriefItem& item : items) {
        QString suggestions;
        const size_t shown = std::min<size_t>(3, item.suggestions.size());
        for (size_t i = 0; i < shown; ++i)
            suggestions += QStringLiteral("%1. <b>%2</b>: %3<br>")
                               .arg(i + 1)
                               .arg(esc(item.suggestions[i].mentorName), esc(item.suggestions[i].reasons));
        if (shown == 0)
            suggestions =
                QStringLiteral("<i>%1</i>").arg(esc(Lift::tr("No suggestion: look wider than the locality")));
        table += QStringLiteral("<tr><td>%1</td><td>%2<br>%3</td><td>%4<br>%5</td><td>%6</td></tr>")
                     .arg(esc(item.familyName), esc(vocab::liftAim().label(item.aim)), esc(item.locality),
                          esc(Lift::tr("%n day(s)", nullptr, item.daysWaiting)),
                          esc(Lift::tr("referred %1").arg(date(item.referralDate))), suggestions);
    }
    table += QStringLiteral("</table>");
    h.raw(table);
    h.raw(QStringLiteral("<p>%1</p>")
              .arg(esc(
                  Lift::tr("After the brief: the SSW of each mentor linked updates the mentor's record, and "
                           "the coordinator checks every referral has been linked."))));
    return h.finish();
}

PdfHeader liftPdfHeader(const QString& title, const QString& familyName, const QString& printedBy,
                        const QDateTime& printedAt) {
    PdfHeader header;
    header.title = title;
    if (!familyName.isEmpty())
        header.lines << Lift::tr("Family: %1").arg(familyName);
    header.lines << Lift::tr("Printed by %1 on %2")
                        .arg(printedBy, printedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")));
    header.footer = Lift::tr("OFFICIAL-SENSITIVE: personal data. LIFT project, Lancashire.");
    return header;
}

} // namespace waymark
