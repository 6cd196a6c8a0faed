#include "governance/subjectaccessforms.h"

#include "earlyhelp/ehforms.h"
#include "earlyhelp/minimumrequirements.h"
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

// Rows of one statement about one form, each turned into an object.
QJsonArray rows(const Database& db, const QString& sql, qint64 id,
                const std::function<QJsonObject(const QSqlQuery&)>& row) {
    QJsonArray out;
    if (auto q = db.run(sql, {id}, "reading Early Help forms")) {
        QSqlQuery query = std::move(q).value();
        while (query.next())
            out.append(row(query));
    }
    return out;
}

} // namespace

QJsonArray earlyHelpFormsOf(const Database& db, qint64 familyId, qint64 personId) {
    QJsonArray out;
    auto q =
        db.run(QStringLiteral("SELECT id, kind, version, status, completed_on, decision_note FROM eh_forms "
                              "WHERE family_id = ? AND (person_id IS NULL OR person_id = ?) "
                              "ORDER BY series_id, version"),
               {familyId, personId}, "reading Early Help forms");
    if (!q)
        return out;
    QSqlQuery forms = std::move(q).value();
    while (forms.next()) {
        const qint64 formId = forms.value(0).toLongLong();
        QJsonArray readings;
        for (const QJsonValue& r :
             rows(db,
                  QStringLiteral("SELECT id, perspective, scored_on, scored_by FROM eh_star_readings "
                                 "WHERE form_id = ? ORDER BY id"),
                  formId, [](const QSqlQuery& r) {
                      return QJsonObject{{QStringLiteral("id"), double(r.value(0).toLongLong())},
                                         {QStringLiteral("perspective"),
                                          vocab::starPerspective().label(r.value(1).toString())},
                                         {QStringLiteral("scoredOn"), r.value(2).toString()},
                                         {QStringLiteral("scoredBy"), r.value(3).toString()}};
                  })) {
            QJsonObject reading = r.toObject();
            reading.insert(QStringLiteral("scores"),
                           rows(db,
                                QStringLiteral("SELECT area, score, narrative, gone_well, worries FROM "
                                               "eh_star_scores WHERE reading_id = ? ORDER BY id"),
                                qint64(reading.take(QStringLiteral("id")).toDouble()),
                                [](const QSqlQuery& s) {
                                    return QJsonObject{{QStringLiteral("area"),
                                                        vocab::starArea().label(s.value(0).toString())},
                                                       {QStringLiteral("score"), s.value(1).toInt()},
                                                       {QStringLiteral("narrative"), s.value(2).toString()},
                                                       {QStringLiteral("goneWell"), s.value(3).toString()},
                                                       {QStringLiteral("worries"), s.value(4).toString()}};
                                }));
            readings.append(reading);
        }
        out.append(QJsonObject{
            {QStringLiteral("familyId"), double(familyId)},
            {QStringLiteral("form"), vocab::ehFormKind().label(forms.value(1).toString())},
            {QStringLiteral("version"), forms.value(2).toInt()},
            {QStringLiteral("status"), vocab::ehFormStatus().label(forms.value(3).toString())},
            {QStringLiteral("completedOn"), forms.value(4).toString()},
            {QStringLiteral("managersNote"), forms.value(5).toString()},
            {QStringLiteral("sections"),
             rows(
                 db,
                 QStringLiteral("SELECT section, body FROM eh_form_texts WHERE form_id = ? ORDER BY section"),
                 formId,
                 [](const QSqlQuery& t) {
                     return QJsonObject{{QStringLiteral("section"), t.value(0).toString()},
                                        {QStringLiteral("text"), t.value(1).toString()}};
                 })},
            {QStringLiteral("familyStar"), readings},
            {QStringLiteral("informationSharing"),
             rows(db,
                  QStringLiteral(
                      "SELECT name, age_or_role, explained, comments, holds_pr FROM eh_info_sharing "
                      "WHERE form_id = ? ORDER BY position, id"),
                  formId,
                  [](const QSqlQuery& i) {
                      return QJsonObject{
                          {QStringLiteral("name"), i.value(0).toString()},
                          {QStringLiteral("ageOrRole"), i.value(1).toString()},
                          {QStringLiteral("explained"), i.value(2).toBool()},
                          {QStringLiteral("comments"), i.value(3).toString()},
                          {QStringLiteral("holdsParentalResponsibility"), i.value(4).toString()}};
                  })},
            {QStringLiteral("planActions"),
             rows(db,
                  QStringLiteral(
                      "SELECT area, responsible_kind, responsible_name, agency, doing, why, impact, "
                      "priority FROM eh_plan_items WHERE form_id = ? ORDER BY position, id"),
                  formId,
                  [](const QSqlQuery& p) {
                      return QJsonObject{
                          {QStringLiteral("heading"), vocab::starArea().label(p.value(0).toString())},
                          {QStringLiteral("responsible"),
                           vocab::planResponsible().label(p.value(1).toString())},
                          {QStringLiteral("responsibleName"), p.value(2).toString()},
                          {QStringLiteral("agency"), p.value(3).toString()},
                          {QStringLiteral("whatAreWeDoing"), p.value(4).toString()},
                          {QStringLiteral("why"), p.value(5).toString()},
                          {QStringLiteral("impact"), p.value(6).toString()},
                          {QStringLiteral("priority"), vocab::planPriority().label(p.value(7).toString())}};
                  })},
        });
    }
    return out;
}

QJsonArray earlyHelpMinimumRequirementsOf(const Database& db, qint64 familyId) {
    return rows(
        db,
        QStringLiteral(
            "SELECT item, status, note, updated_on FROM eh_minimum_requirements WHERE family_id = ? "
            "ORDER BY involvement_id, id"),
        familyId, [familyId](const QSqlQuery& r) {
            return QJsonObject{
                {QStringLiteral("familyId"), double(familyId)},
                {QStringLiteral("requirement"), vocab::minimumRequirement().label(r.value(0).toString())},
                {QStringLiteral("status"), vocab::minimumRequirementStatus().label(r.value(1).toString())},
                {QStringLiteral("note"), r.value(2).toString()},
                {QStringLiteral("checkedOn"), r.value(3).toString()}};
        });
}

QString earlyHelpFormsHtml(const QJsonArray& forms, const QJsonArray& requirements,
                           const std::function<QString(const QString&)>& mark) {
    QString html;
    if (!requirements.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(esc(Security::tr("Early Help minimum requirements")));
        for (const QJsonValue& r : requirements)
            html += QStringLiteral("<li>%1: %2 (%3). %4</li>")
                        .arg(esc(r[QStringLiteral("requirement")].toString()),
                             esc(r[QStringLiteral("status")].toString()),
                             esc(r[QStringLiteral("checkedOn")].toString()),
                             mark(r[QStringLiteral("note")].toString()));
        html += QStringLiteral("</ul>");
    }
    if (forms.isEmpty())
        return html;
    html += QStringLiteral("<h3>%1</h3>").arg(esc(Security::tr("Early Help assessments, plans and reviews")));
    for (const QJsonValue& f : forms) {
        html += QStringLiteral("<p><b>%1</b>, %2</p><ul>")
                    .arg(esc(f[QStringLiteral("form")].toString()),
                         esc(Security::tr("version %1, %2, completed %3")
                                 .arg(f[QStringLiteral("version")].toInt())
                                 .arg(f[QStringLiteral("status")].toString(),
                                      f[QStringLiteral("completedOn")].toString())));
        if (!f[QStringLiteral("managersNote")].toString().isEmpty())
            html += QStringLiteral("<li>%1 %2</li>")
                        .arg(esc(Security::tr("Manager's note:")),
                             mark(f[QStringLiteral("managersNote")].toString()));
        for (const QJsonValue& s : f[QStringLiteral("sections")].toArray())
            html += QStringLiteral("<li><i>%1</i>: %2</li>")
                        .arg(esc(s[QStringLiteral("section")].toString()),
                             mark(s[QStringLiteral("text")].toString()));
        for (const QJsonValue& r : f[QStringLiteral("familyStar")].toArray()) {
            html += QStringLiteral("<li>%1").arg(esc(Security::tr("Family Star, %1, scored %2 by %3")
                                                         .arg(r[QStringLiteral("perspective")].toString(),
                                                              r[QStringLiteral("scoredOn")].toString(),
                                                              r[QStringLiteral("scoredBy")].toString())));
            for (const QJsonValue& s : r[QStringLiteral("scores")].toArray())
                html += QStringLiteral("<br>%1 %2. %3 %4 %5")
                            .arg(esc(s[QStringLiteral("area")].toString()))
                            .arg(s[QStringLiteral("score")].toInt())
                            .arg(mark(s[QStringLiteral("narrative")].toString()),
                                 mark(s[QStringLiteral("goneWell")].toString()),
                                 mark(s[QStringLiteral("worries")].toString()));
            html += QStringLiteral("</li>");
        }
        for (const QJsonValue& i : f[QStringLiteral("informationSharing")].toArray())
            html += QStringLiteral("<li>%1</li>")
                        .arg(mark(Security::tr("Information sharing: %1 (%2), explained %3. %4")
                                      .arg(i[QStringLiteral("name")].toString(),
                                           i[QStringLiteral("ageOrRole")].toString(),
                                           i[QStringLiteral("explained")].toBool() ? Security::tr("yes")
                                                                                   : Security::tr("no"),
                                           i[QStringLiteral("comments")].toString())));
        for (const QJsonValue& p : f[QStringLiteral("planActions")].toArray())
            html += QStringLiteral("<li>%1</li>")
                        .arg(mark(Security::tr("Plan, %1 (%2): %3 Why: %4 Impact: %5")
                                      .arg(p[QStringLiteral("heading")].toString(),
                                           p[QStringLiteral("priority")].toString(),
                                           p[QStringLiteral("whatAreWeDoing")].toString(),
                                           p[QStringLiteral("why")].toString(),
                                           p[QStringLiteral("impact")].toString())));
        html += QStringLiteral("</ul>");
    }
    return html;
}

} // namespace waymark
