#pragma once

#include "util/result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace waymark {

class Database;

// A subject access request (UK GDPR article 15): everything Waymark holds about one person, for
// an administrator to review and send. It gathers the person's record, the families they belong
// to, those families' services, the case notes about them (or about the whole family), the events
// recorded, and the audit of who viewed or changed those records.
//
// Other people appear in a family's record (a partner, siblings): every name of another person
// is listed under thirdParties and marked wherever it occurs in the text, so that the reviewer
// can decide what to redact before anything is sent. Nothing is redacted automatically.
struct SubjectAccessReport {
    qint64 personId = 0;
    QString personName;
    QDateTime generatedAt;
    QJsonObject json; // the whole report, machine-readable
    QString html;     // the same, for printing (third-party names highlighted)
    QStringList thirdParties;
    int notes = 0;
    int auditEntries = 0;
};

Result<SubjectAccessReport> subjectAccessReport(const Database& db, qint64 personId);

// Finding the person a request is about, for an administrator (who sees no case lists): people
// whose names contain every word typed, at most 50, with their date of birth to tell them apart.
// Each search is audited (what was searched for is not: it may be a name).
struct SubjectCandidate {
    qint64 personId = 0;
    QString name;
    QDate dateOfBirth;
    int families = 0;
};
Result<std::vector<SubjectCandidate>> findSubjects(const Database& db, const QString& text);

} // namespace waymark
