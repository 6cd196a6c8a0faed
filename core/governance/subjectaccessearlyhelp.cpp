#include "governance/subjectaccessearlyhelp.h"

#include "earlyhelp/contactvocabulary.h"
#include "storage/database.h"
#include "util/trcontext.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>

namespace waymark {

namespace {

QString esc(const QString& text) {
    return text.toHtmlEscaped();
}

QString yesNo(bool value) {
    return value ? Security::tr("yes") : Security::tr("no");
}

} // namespace

void addEarlyHelpContactRecords(const Database& db, qint64 familyId, qint64 personId,
                                EarlyHelpSarRecords& out, std::set<QString>& thirdParties) {
    if (auto q = db.run(QStringLiteral("SELECT attempted_at, method, outcome, reply_by, note FROM "
                                       "eh_contact_attempts WHERE family_id = ? ORDER BY attempted_at, id"),
                        {familyId}, "reading contact attempts")) {
        QSqlQuery attempts = std::move(q).value();
        while (attempts.next())
            out.contactAttempts.append(QJsonObject{
                {QStringLiteral("familyId"), double(familyId)},
                {QStringLiteral("attemptedAt"), attempts.value(0).toString()},
                {QStringLiteral("method"), vocab::ehContactMethod().label(attempts.value(1).toString())},
                {QStringLiteral("outcome"), vocab::ehContactOutcome().label(attempts.value(2).toString())},
                {QStringLiteral("replyBy"), attempts.value(3).toString()},
                {QStringLiteral("note"), attempts.value(4).toString()}});
    }
    auto q =
        db.run(QStringLiteral("SELECT id, given_on, given_by_person_id, given_by_name, travel, activities, "
                              "photographs FROM eh_consents WHERE family_id = ? ORDER BY given_on, id"),
               {familyId}, "reading consents");
    if (!q)
        return;
    QSqlQuery consents = std::move(q).value();
    while (consents.next()) {
        const qint64 consentId = consents.value(0).toLongLong();
        const QString givenBy = consents.value(3).toString();
        if (consents.value(2).toLongLong() != personId && !givenBy.trimmed().isEmpty())
            thirdParties.insert(givenBy.trimmed());
        QJsonObject own;
        if (auto c = db.run(QStringLiteral("SELECT health_notes, allergies, tetanus FROM eh_consent_children "
                                           "WHERE consent_id = ? AND person_id = ?"),
                            {consentId, personId}, "reading consents")) {
            QSqlQuery child = std::move(c).value();
            if (child.next())
                own = QJsonObject{{QStringLiteral("healthNotes"), child.value(0).toString()},
                                  {QStringLiteral("allergies"), child.value(1).toString()},
                                  {QStringLiteral("tetanus"), child.value(2).toString()}};
        }
        out.consents.append(QJsonObject{{QStringLiteral("familyId"), double(familyId)},
                                        {QStringLiteral("givenOn"), consents.value(1).toString()},
                                        {QStringLiteral("givenBy"), givenBy},
                                        {QStringLiteral("travel"), consents.value(4).toBool()},
                                        {QStringLiteral("activities"), consents.value(5).toBool()},
                                        {QStringLiteral("photographs"), consents.value(6).toBool()},
                                        {QStringLiteral("health"), own}});
    }
}

QString earlyHelpContactHtml(const EarlyHelpSarRecords& r,
                             const std::function<QString(const QString&)>& mark) {
    QString html;
    if (!r.contactAttempts.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>")
                    .arg(esc(Security::tr("Early Help: attempts to contact the family")));
        for (const QJsonValue& a : r.contactAttempts)
            html += QStringLiteral("<li>%1: %2, %3. %4</li>")
                        .arg(esc(a[QStringLiteral("attemptedAt")].toString().replace(QLatin1Char('T'),
                                                                                     QLatin1Char(' '))),
                             esc(a[QStringLiteral("method")].toString()),
                             esc(a[QStringLiteral("outcome")].toString()),
                             mark(a[QStringLiteral("note")].toString()));
        html += QStringLiteral("</ul>");
    }
    if (!r.consents.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(esc(Security::tr("Early Help: parental consent")));
        for (const QJsonValue& c : r.consents) {
            html += QStringLiteral("<li>%1").arg(
                esc(Security::tr("%1, given by %2: travel %3, activities %4, photographs %5")
                        .arg(c[QStringLiteral("givenOn")].toString(), c[QStringLiteral("givenBy")].toString(),
                             yesNo(c[QStringLiteral("travel")].toBool()),
                             yesNo(c[QStringLiteral("activities")].toBool()),
                             yesNo(c[QStringLiteral("photographs")].toBool()))));
            const QJsonObject health = c[QStringLiteral("health")].toObject();
            if (!health.isEmpty())
                html += QStringLiteral("<br>%1 %2<br>%3 %4<br>%5 %6")
                            .arg(esc(Security::tr("Health:")),
                                 mark(health[QStringLiteral("healthNotes")].toString()),
                                 esc(Security::tr("Allergies:")),
                                 mark(health[QStringLiteral("allergies")].toString()),
                                 esc(Security::tr("Last tetanus injection:")),
                                 mark(health[QStringLiteral("tetanus")].toString()));
            html += QStringLiteral("</li>");
        }
        html += QStringLiteral("</ul>");
    }
    return html;
}

} // namespace waymark
