#pragma once

#include <QJsonArray>
#include <QString>

#include <functional>

namespace waymark {

class Database;

// The Early Help forms in a subject access report (governance/subjectaccess.h): every version of
// every assessment, plan, review and summary of the subject's families, with its sections, Family
// Star scores, information-sharing rows and plan actions, read directly (the administrator who
// answers a request does not work with cases). A monitoring form about another member is that
// member's data and is left out.
QJsonArray earlyHelpFormsOf(const Database& db, qint64 familyId, qint64 personId);

// The minimum requirements checklist of the family's Early Help work (section 9).
QJsonArray earlyHelpMinimumRequirementsOf(const Database& db, qint64 familyId);

// The HTML section; `mark` escapes a stored text and marks third-party names in it.
QString earlyHelpFormsHtml(const QJsonArray& forms, const QJsonArray& requirements,
                           const std::function<QString(const QString&)>& mark);

} // namespace waymark
