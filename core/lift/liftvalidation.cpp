#include "lift/liftvalidation.h"

#include "lift/liftvocabulary.h"
#include "util/trcontext.h"
#include "validation/fieldchecks.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace waymark {

namespace {

void requireCodes(ValidationIssues& out, const QString& field, const QStringList& codes,
                  const Vocabulary& vocabulary) {
    QSet<QString> seen;
    for (const QString& code : codes) {
        requireCode(out, field, code, vocabulary, false);
        if (seen.contains(code))
            out << ValidationIssue{field, Validation::tr("\"%1\" is listed twice.").arg(code)};
        seen.insert(code);
    }
}

void notInFuture(ValidationIssues& out, const QString& field, const QDate& date, const QDate& today) {
    if (date.isValid() && date > today)
        out << ValidationIssue{field, Validation::tr("This date is in the future.")};
}

void checkPhone(ValidationIssues& out, const QString& field, const QString& phone) {
    static const QRegularExpression allowed(QStringLiteral("^[0-9 +()-]*$"));
    if (!allowed.match(phone).hasMatch())
        out << ValidationIssue{field, Validation::tr("Use only digits, spaces and + ( ) -.")};
    limitLength(out, field, phone, 40);
}

} // namespace

ValidationIssues validateMentor(const Mentor& m) {
    ValidationIssues out;
    requireText(out, QStringLiteral("name"), m.name, Validation::tr("Enter the mentor's name."));
    limitLength(out, QStringLiteral("name"), m.name, kMaxShortText);
    checkPhone(out, QStringLiteral("phone"), m.phone);
    checkPhone(out, QStringLiteral("buddyPhone"), m.buddyPhone);
    limitLength(out, QStringLiteral("buddyName"), m.buddyName, kMaxShortText);
    limitLength(out, QStringLiteral("email"), m.email, kMaxShortText);
    limitLength(out, QStringLiteral("locality"), m.locality, kMaxShortText);
    checkAddress(out, QStringLiteral("address"), m.address);
    requireCodes(out, QStringLiteral("supportOffered"), m.supportOffered, vocab::liftSupport());
    if (m.hoursPerWeek < 0 || m.hoursPerWeek > 60)
        out << ValidationIssue{QStringLiteral("hoursPerWeek"),
                               Validation::tr("Hours available each week must be between 0 and 60.")};
    if (m.fosterChildrenAtHome < 0 || m.fosterChildrenAtHome > 20)
        out << ValidationIssue{QStringLiteral("fosterChildrenAtHome"),
                               Validation::tr("Foster children at home must be between 0 and 20.")};
    limitLength(out, QStringLiteral("saferCareNotes"), m.saferCareNotes, kMaxLongText);
    limitLength(out, QStringLiteral("notes"), m.notes, kMaxLongText);
    return out;
}

ValidationIssues validateLiftReferral(const LiftReferral& r, const QDate& today) {
    ValidationIssues out;
    if (r.aim.isEmpty())
        out << ValidationIssue{QStringLiteral("aim"),
                               Validation::tr("Choose which of the 5 project aims LIFT will work to.")};
    else
        requireCode(out, QStringLiteral("aim"), r.aim, vocab::liftAim(), false);
    requireCode(out, QStringLiteral("decision"), r.decision, vocab::liftDecision(), false);
    requireCodes(out, QStringLiteral("supportNeeded"), r.supportNeeded, vocab::liftSupport());
    requireCode(out, QStringLiteral("legalOrder"), r.legalOrder, vocab::liftLegalOrder(), true);
    limitLength(out, QStringLiteral("locality"), r.locality, kMaxShortText);
    limitLength(out, QStringLiteral("decisionReason"), r.decisionReason, kMaxLongText);
    notInFuture(out, QStringLiteral("riskAssessedOn"), r.riskAssessedOn, today);
    if (r.decision == QLatin1String("not_appropriate"))
        requireText(out, QStringLiteral("decisionReason"), r.decisionReason,
                    Validation::tr("Say why the referral is not appropriate (no further action)."));
    if (r.decision == QLatin1String("appropriate")) {
        // Section 6: risk assessed as suitable by the CCSW, and voluntary.
        if (!r.riskAssessedOn.isValid())
            out << ValidationIssue{QStringLiteral("riskAssessedOn"),
                                   Validation::tr("An appropriate referral needs the date the child's social "
                                                  "worker risk assessed the family as suitable.")};
        if (!r.familyWishesToTakePart)
            out << ValidationIssue{QStringLiteral("familyWishesToTakePart"),
                                   Validation::tr("LIFT is voluntary: the family must have said they wish to "
                                                  "take part.")};
    }
    if (r.aim == QLatin1String("post_adoption") && r.legalOrder.isEmpty())
        out << ValidationIssue{QStringLiteral("legalOrder"),
                               Validation::tr("For aim 2 record the legal order (adoption or special "
                                              "guardianship), so the right support can be signposted.")};
    return out;
}

ValidationIssues validateLiftMeeting(const LiftMeeting& m, const QDate& today) {
    ValidationIssues out;
    requireCode(out, QStringLiteral("kind"), m.kind, vocab::liftMeetingKind(), false);
    if (!m.heldOn.isValid())
        out << ValidationIssue{QStringLiteral("heldOn"), Validation::tr("Enter the date of the meeting.")};
    notInFuture(out, QStringLiteral("heldOn"), m.heldOn, today);
    requireText(out, QStringLiteral("place"), m.place, Validation::tr("Say where the meeting was held."));
    limitLength(out, QStringLiteral("place"), m.place, kMaxShortText);
    if (m.attendees.isEmpty())
        out << ValidationIssue{QStringLiteral("attendees"), Validation::tr("Tick who attended.")};
    requireCodes(out, QStringLiteral("attendees"), m.attendees, vocab::liftAttendee());
    requireCodes(out, QStringLiteral("supportAreas"), m.supportAreas, vocab::liftSupport());
    if (m.kind == QLatin1String("agreement") && m.supportAreas.isEmpty())
        out << ValidationIssue{QStringLiteral("supportAreas"),
                               Validation::tr("Tick the areas of support the mentor will give.")};
    for (const auto& [field, text] : {std::pair{QStringLiteral("actionPlan"), m.actionPlan},
                                      {QStringLiteral("risksToMentor"), m.risksToMentor},
                                      {QStringLiteral("risksToChildren"), m.risksToChildren},
                                      {QStringLiteral("riskActions"), m.riskActions},
                                      {QStringLiteral("boundaries"), m.boundaries},
                                      {QStringLiteral("hoursReason"), m.hoursReason},
                                      {QStringLiteral("progress"), m.progress}})
        limitLength(out, field, text, kMaxLongText);
    if (m.kind == QLatin1String("agreement")) {
        requireText(out, QStringLiteral("actionPlan"), m.actionPlan,
                    Validation::tr("Write the initial action plan: dates and times of involvement."));
        requireText(out, QStringLiteral("boundaries"), m.boundaries,
                    Validation::tr("Record the boundaries agreed with the mentor and the family."));
    } else {
        requireText(out, QStringLiteral("progress"), m.progress,
                    Validation::tr("Say how the plan has gone since the last meeting."));
    }
    // Payment section: "the hours of involvement MUST be agreed on the LIFT agreement form".
    if (m.hoursPerWeek <= 0 || m.hoursPerWeek > 40)
        out << ValidationIssue{QStringLiteral("hoursPerWeek"),
                               Validation::tr("Enter the hours per week agreed (more than 0, at most 40).")};
    else if (m.hoursPerWeek > kLiftWeeklyHoursGuide && m.hoursReason.trimmed().isEmpty())
        out << ValidationIssue{QStringLiteral("hoursReason"),
                               Validation::tr("%1 hours a week is above the 8-hour guide: give the reason.")
                                   .arg(m.hoursPerWeek)};
    if (!m.reviewDue.isValid())
        out << ValidationIssue{QStringLiteral("reviewDue"), Validation::tr("Set a date for the review.")};
    else if (m.heldOn.isValid() && m.reviewDue <= m.heldOn)
        out << ValidationIssue{QStringLiteral("reviewDue"),
                               Validation::tr("The review must be after the meeting.")};
    if (m.notifiedOn.isValid() && !m.mustNotifyCcswIro)
        out << ValidationIssue{QStringLiteral("notifiedOn"),
                               Validation::tr("A notification date is only recorded when CCSWs and IROs must "
                                              "be told.")};
    notInFuture(out, QStringLiteral("notifiedOn"), m.notifiedOn, today);
    return out;
}

QStringList liftMeetingReminders(const LiftMeeting& m) {
    QStringList out;
    if (m.mustNotifyCcswIro && !m.notifiedOn.isValid())
        out << Validation::tr(
            "The CCSWs and IROs of the children placed with the mentor must be told: record "
            "the date once they have been.");
    if (!m.atFamilyHome)
        out << Validation::tr(
            "The procedure prefers the family home: note why the meeting was held elsewhere.");
    if (!m.caseNoteAdded)
        out << Validation::tr("Add a case note on LCS with the date and brief details of the meeting.");
    if (!m.attendees.contains(QStringLiteral("mentor")) || !m.attendees.contains(QStringLiteral("ssw")))
        out << Validation::tr("The mentor and their SSW should both be at the meeting.");
    return out;
}

ValidationIssues validateLiftClosure(const LiftClosure& c, const QDate& today) {
    ValidationIssues out;
    if (!c.closedOn.isValid())
        out << ValidationIssue{QStringLiteral("closedOn"), Validation::tr("Enter the date LIFT closed.")};
    notInFuture(out, QStringLiteral("closedOn"), c.closedOn, today);
    requireCode(out, QStringLiteral("aim"), c.aim, vocab::liftAim(), false);
    requireText(out, QStringLiteral("reason"), c.reason,
                Validation::tr("Say why the aim was or was not achieved."));
    limitLength(out, QStringLiteral("reason"), c.reason, kMaxLongText);
    requireCode(out, QStringLiteral("careFollowUp"), c.careFollowUp, vocab::liftCareFollowUp(), true);
    limitLength(out, QStringLiteral("followUpNote"), c.followUpNote, kMaxLongText);
    if (!c.careFollowUp.isEmpty()) {
        if (!c.followUpOn.isValid())
            out << ValidationIssue{QStringLiteral("followUpOn"),
                                   Validation::tr("Enter the date of the one-year follow-up.")};
        else if (c.closedOn.isValid() && c.followUpOn < c.closedOn)
            out << ValidationIssue{QStringLiteral("followUpOn"),
                                   Validation::tr("The follow-up cannot be before the closure.")};
        notInFuture(out, QStringLiteral("followUpOn"), c.followUpOn, today);
    }
    return out;
}

ValidationIssues validateFinanceForm(const FinanceForm& f, const QDate& today) {
    ValidationIssues out;
    if (!f.month.isValid() || f.month.day() != 1)
        out << ValidationIssue{QStringLiteral("month"),
                               Validation::tr("Choose the month the form claims for.")};
    else if (f.month > QDate(today.year(), today.month(), 1))
        out << ValidationIssue{QStringLiteral("month"), Validation::tr("This month has not started yet.")};
    if (f.mentorId == 0)
        out << ValidationIssue{QStringLiteral("mentorId"), Validation::tr("Choose the mentor being paid.")};
    requireCode(out, QStringLiteral("status"), f.status, vocab::liftFinanceStatus(), false);
    if (f.mileageMiles < 0 || f.mileageMiles > 5000)
        out << ValidationIssue{QStringLiteral("mileageMiles"),
                               Validation::tr("Mileage must be between 0 and 5,000 miles.")};
    limitLength(out, QStringLiteral("notes"), f.notes, kMaxLongText);
    const bool beyondDraft = f.status != QLatin1String("draft");
    if (beyondDraft && f.sessions.empty() && f.mileageMiles == 0)
        out << ValidationIssue{
            QStringLiteral("sessions"),
            Validation::tr("A submitted form needs at least one session or some mileage.")};
    if (beyondDraft && !f.submittedOn.isValid())
        out << ValidationIssue{QStringLiteral("submittedOn"),
                               Validation::tr("Enter the date it was submitted.")};
    if ((f.status == QLatin1String("processed") || f.status == QLatin1String("paid")) &&
        !f.processedOn.isValid())
        out << ValidationIssue{QStringLiteral("processedOn"),
                               Validation::tr("Enter the date it was processed.")};
    if (f.status == QLatin1String("paid") && !f.paidOn.isValid())
        out << ValidationIssue{QStringLiteral("paidOn"), Validation::tr("Enter the date it was paid.")};
    notInFuture(out, QStringLiteral("submittedOn"), f.submittedOn, today);
    notInFuture(out, QStringLiteral("processedOn"), f.processedOn, today);
    notInFuture(out, QStringLiteral("paidOn"), f.paidOn, today);
    for (size_t i = 0; i < f.sessions.size(); ++i) {
        const FinanceSession& s = f.sessions[i];
        const QString at = QStringLiteral("sessions[%1]").arg(i + 1);
        if (!s.date.isValid())
            out << ValidationIssue{at + QStringLiteral(".date"), Validation::tr("Enter the session's date.")};
        else if (f.month.isValid() && (s.date.year() != f.month.year() || s.date.month() != f.month.month()))
            out << ValidationIssue{at + QStringLiteral(".date"),
                                   Validation::tr("This session is not in the month of the form.")};
        notInFuture(out, at + QStringLiteral(".date"), s.date, today);
        if (s.minutes <= 0 || s.minutes > 24 * 60)
            out << ValidationIssue{
                at + QStringLiteral(".hours"),
                Validation::tr("Enter the hours worked with the family (travel time is not "
                               "claimable).")};
        limitLength(out, at + QStringLiteral(".note"), s.note, kMaxShortText);
    }
    return out;
}

ValidationIssues validateLiftRate(const LiftRate& r) {
    ValidationIssues out;
    requireCode(out, QStringLiteral("kind"), r.kind, vocab::liftRateKind(), false);
    if (!r.effectiveFrom.isValid())
        out << ValidationIssue{QStringLiteral("effectiveFrom"),
                               Validation::tr("Enter the date the rate starts.")};
    if (r.pence < 0 || r.pence > 100000000)
        out << ValidationIssue{QStringLiteral("pence"), Validation::tr("The amount is out of range.")};
    return out;
}

} // namespace waymark
