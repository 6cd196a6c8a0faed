#pragma once

#include <QJsonArray>
#include <QString>

#include <functional>
#include <set>

namespace waymark {

class Database;

// The Early Help contact attempts and parental consents in a subject access report
// (governance/subjectaccess.h), read directly because the administrator who answers a request
// does not work with cases. Contact attempts are about the family as a whole; of a consent's
// per-child health notes only the subject's own are included (a sibling's are the sibling's data).
// Whoever gave a consent, when not the subject, is a third party.
struct EarlyHelpSarRecords {
    QJsonArray contactAttempts;
    QJsonArray consents;
};
void addEarlyHelpContactRecords(const Database& db, qint64 familyId, qint64 personId,
                                EarlyHelpSarRecords& out, std::set<QString>& thirdParties);

// The HTML section; `mark` escapes a stored text and marks third-party names in it.
QString earlyHelpContactHtml(const EarlyHelpSarRecords& records,
                             const std::function<QString(const QString&)>& mark);

} // namespace waymark
