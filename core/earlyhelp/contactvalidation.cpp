#include "earlyhelp/contactvalidation.h"

#include "earlyhelp/contactvocabulary.h"
#include "util/trcontext.h"
#include "validation/fieldchecks.h"

#include <QCoreApplication>
#include <QSet>

namespace waymark {

ValidationIssues validateContactAttempt(const ContactAttempt& a, const QDateTime& now) {
    ValidationIssues out;
    if (!a.at.isValid())
        out << ValidationIssue{QStringLiteral("attemptedAt"),
                               Validation::tr("Enter the date and time of the attempt.")};
    else if (a.at > now)
        out << ValidationIssue{QStringLiteral("attemptedAt"),
                               Validation::tr("This attempt is in the future: log it once it is made.")};
    if (a.method.isEmpty())
        out << ValidationIssue{QStringLiteral("method"),
                               Validation::tr("Choose how you tried to make contact.")};
    else
        requireCode(out, QStringLiteral("method"), a.method, vocab::ehContactMethod(), false);
    if (a.outcome.isEmpty())
        out << ValidationIssue{QStringLiteral("outcome"), Validation::tr("Choose what came of the attempt.")};
    else
        requireCode(out, QStringLiteral("outcome"), a.outcome, vocab::ehContactOutcome(), false);
    if (a.replyBy.isValid()) {
        if (!a.method.isEmpty() && !vocab::ehContactMethodHasReplyBy(a.method))
            out << ValidationIssue{
                QStringLiteral("replyBy"),
                Validation::tr("Only a calling card or a letter asks for a reply by a date.")};
        else if (a.at.isValid() && a.replyBy < a.at.date())
            out << ValidationIssue{QStringLiteral("replyBy"),
                                   Validation::tr("The reply-by date cannot be before the attempt.")};
    }
    limitLength(out, QStringLiteral("note"), a.note, kMaxLongText);
    return out;
}

ValidationIssues validateParentalConsent(const ParentalConsent& c, const QDate& today) {
    ValidationIssues out;
    if (!c.givenOn.isValid())
        out << ValidationIssue{QStringLiteral("givenOn"),
                               Validation::tr("Enter the date the consent was given.")};
    else if (c.givenOn > today)
        out << ValidationIssue{QStringLiteral("givenOn"), Validation::tr("This date is in the future.")};
    if (c.givenByPersonId == 0 && c.givenByName.trimmed().isEmpty())
        out << ValidationIssue{
            QStringLiteral("givenByName"),
            Validation::tr("Say who gave the consent (a parent or carer with parental responsibility).")};
    limitLength(out, QStringLiteral("givenByName"), c.givenByName, kMaxShortText);
    QSet<qint64> seen;
    for (size_t i = 0; i < c.children.size(); ++i) {
        const ParentalConsentChild& child = c.children[i];
        const QString prefix = QStringLiteral("children[%1].").arg(i);
        if (child.personId <= 0 || seen.contains(child.personId))
            out << ValidationIssue{prefix + QStringLiteral("personId"),
                                   Validation::tr("Each child is listed once.")};
        seen.insert(child.personId);
        limitLength(out, prefix + QStringLiteral("healthNotes"), child.healthNotes, kMaxLongText);
        limitLength(out, prefix + QStringLiteral("allergies"), child.allergies, kMaxLongText);
        limitLength(out, prefix + QStringLiteral("tetanus"), child.tetanus, kMaxShortText);
    }
    return out;
}

QDate suggestedReplyBy(const QString& method, const QDate& attemptDate) {
    if (!attemptDate.isValid())
        return QDate();
    if (method == QLatin1String("letter"))
        return attemptDate.addDays(10);
    if (method == QLatin1String("cold_call"))
        return attemptDate.addDays(7);
    return QDate();
}

} // namespace waymark
