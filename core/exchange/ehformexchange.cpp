#include "exchange/ehformexchange.h"

#include "earlyhelp/ehformvalidation.h"
#include "exchange/exportcolumns.h"
#include "storage/database.h"
#include "util/trcontext.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <map>

namespace waymark::exchange {

namespace {

// --- export ---------------------------------------------------------------------------------

using Rows = QHash<qint64, QJsonArray>; // form id -> its rows

Status collect(Database& db, const QString& sql, const char* what, Rows& out,
               const std::function<QJsonObject(const QSqlQuery&)>& row) {
    return eachRow(db, sql, what, [&](const QSqlQuery& q) { out[q.value(0).toLongLong()].append(row(q)); });
}

Status exportForms(Database& db, QJsonArray& out) {
    const char* what = "exporting Early Help forms";
    Rows texts;
    if (Status s = collect(
            db, QStringLiteral("SELECT form_id, section, body FROM eh_form_texts ORDER BY form_id, section"),
            what, texts,
            [](const QSqlQuery& q) {
                return QJsonObject{{QStringLiteral("section"), text(q, 1)},
                                   {QStringLiteral("body"), text(q, 2)}};
            });
        !s)
        return s;
    Rows scores; // by reading
    if (Status s = collect(db,
                           QStringLiteral("SELECT reading_id, area, score, narrative, gone_well, worries "
                                          "FROM eh_star_scores ORDER BY reading_id, id"),
                           what, scores,
                           [](const QSqlQuery& q) {
                               return QJsonObject{{QStringLiteral("area"), text(q, 1)},
                                                  {QStringLiteral("score"), id(q, 2)},
                                                  {QStringLiteral("narrative"), text(q, 3)},
                                                  {QStringLiteral("goneWell"), text(q, 4)},
                                                  {QStringLiteral("worries"), text(q, 5)}};
                           });
        !s)
        return s;
    Rows readings;
    if (Status s =
            collect(db,
                    QStringLiteral("SELECT form_id, id, perspective, scored_on, scored_by, note "
                                   "FROM eh_star_readings ORDER BY form_id, id"),
                    what, readings,
                    [&](const QSqlQuery& q) {
                        return QJsonObject{{QStringLiteral("perspective"), text(q, 2)},
                                           {QStringLiteral("scoredOn"), dateOrNull(q, 3)},
                                           {QStringLiteral("scoredBy"), text(q, 4)},
                                           {QStringLiteral("note"), text(q, 5)},
                                           {QStringLiteral("scores"), scores.value(q.value(1).toLongLong())}};
                    });
        !s)
        return s;
    Rows sharing;
    if (Status s = collect(
            db,
            QStringLiteral("SELECT form_id, person_id, name, age_or_role, explained, comments, "
                           "holds_pr FROM eh_info_sharing ORDER BY form_id, position, id"),
            what, sharing,
            [](const QSqlQuery& q) {
                return QJsonObject{
                    {QStringLiteral("personId"), idOrNull(q, 1)}, {QStringLiteral("name"), text(q, 2)},
                    {QStringLiteral("ageOrRole"), text(q, 3)},    {QStringLiteral("explained"), flag(q, 4)},
                    {QStringLiteral("comments"), text(q, 5)},     {QStringLiteral("holdsPr"), text(q, 6)}};
            });
        !s)
        return s;
    Rows plan;
    if (Status s = collect(db,
                           QStringLiteral("SELECT form_id, area, responsible_kind, responsible_worker_id, "
                                          "responsible_name, agency, doing, why, impact, priority FROM "
                                          "eh_plan_items ORDER BY form_id, position, id"),
                           what, plan,
                           [](const QSqlQuery& q) {
                               return QJsonObject{{QStringLiteral("area"), text(q, 1)},
                                                  {QStringLiteral("responsibleKind"), text(q, 2)},
                                                  {QStringLiteral("responsibleWorkerId"), idOrNull(q, 3)},
                                                  {QStringLiteral("responsibleName"), text(q, 4)},
                                                  {QStringLiteral("agency"), text(q, 5)},
                                                  {QStringLiteral("doing"), text(q, 6)},
                                                  {QStringLiteral("why"), text(q, 7)},
                                                  {QStringLiteral("impact"), text(q, 8)},
                                                  {QStringLiteral("priority"), text(q, 9)}};
                           });
        !s)
        return s;
    return eachRow(
        db,
        QStringLiteral(
            "SELECT id, family_id, involvement_id, kind, series_id, version, status, completed_on, "
            "worker_id, submitted_at, submitted_by_worker_id, decided_at, decided_by_worker_id, "
            "decision_note, person_id, created_at, updated_at FROM eh_forms ORDER BY id"),
        what, [&](const QSqlQuery& q) {
            const qint64 formId = q.value(0).toLongLong();
            QJsonObject form{
                {QStringLiteral("id"), id(q, 0)},
                {QStringLiteral("familyId"), id(q, 1)},
                {QStringLiteral("involvementId"), id(q, 2)},
                {QStringLiteral("kind"), text(q, 3)},
                {QStringLiteral("seriesId"), id(q, 4)},
                {QStringLiteral("version"), id(q, 5)},
                {QStringLiteral("status"), text(q, 6)},
                {QStringLiteral("completedOn"), dateOrNull(q, 7)},
                {QStringLiteral("workerId"), idOrNull(q, 8)},
                {QStringLiteral("submittedByWorkerId"), idOrNull(q, 10)},
                {QStringLiteral("decidedByWorkerId"), idOrNull(q, 12)},
                {QStringLiteral("decisionNote"), text(q, 13)},
                {QStringLiteral("personId"), idOrNull(q, 14)},
                {QStringLiteral("createdAt"), utc(q, 15)},
                {QStringLiteral("updatedAt"), utc(q, 16)},
                {QStringLiteral("texts"), texts.value(formId)},
                {QStringLiteral("readings"), readings.value(formId)},
                {QStringLiteral("infoSharing"), sharing.value(formId)},
                {QStringLiteral("planItems"), plan.value(formId)},
            };
            // Present once the form was submitted or decided; absent on a draft.
            if (!q.value(9).isNull())
                form.insert(QStringLiteral("submittedAt"), utc(q, 9));
            if (!q.value(11).isNull())
                form.insert(QStringLiteral("decidedAt"), utc(q, 11));
            out.append(form);
        });
}

// --- import ---------------------------------------------------------------------------------

Status firstIssue(const QString& recordPath, const ValidationIssues& issues) {
    if (issues.isEmpty())
        return Status::ok();
    return fieldError(recordPath + QLatin1Char('.') + issues.first().field, issues.first().message);
}

class Parser {
public:
    Parser(Database& db, Document& doc)
        : m_doc(doc)
        , m_now(db.nowText())
        , m_today(db.today()) {
        for (const Worker& w : doc.workers)
            m_workers.insert(w.id);
        for (const auto& [p, stamps] : doc.people)
            m_people.insert(p.id);
        for (const auto& [inv, stamps] : doc.involvements)
            m_involvements.insert(inv.id, {inv.familyId, inv.service});
    }

    Status forms(const QJsonArray& items) {
        QSet<qint64> ids;
        QSet<QString> versions;            // "series/version"
        std::map<qint64, qint64> seriesOf; // form id -> series id, checked at the end
        for (int i = 0; i < items.size(); ++i) {
            const QString path = elementPath(QStringLiteral("$.ehForms"), i);
            ObjectReader r(items.at(i), path);
            EhFormDocument::Form x{{}, {}, {}, m_now, m_now};
            EhForm& f = x.form;
            qint64 version = 0;
            QJsonArray texts, readings, sharing, plan;
            r.id(QStringLiteral("id"), f.id, ObjectReader::Required);
            r.id(QStringLiteral("familyId"), f.familyId, ObjectReader::Required);
            r.id(QStringLiteral("involvementId"), f.involvementId, ObjectReader::Required);
            r.text(QStringLiteral("kind"), f.kind, ObjectReader::Required);
            r.id(QStringLiteral("seriesId"), f.seriesId, ObjectReader::Required);
            r.id(QStringLiteral("version"), version, ObjectReader::Required);
            r.text(QStringLiteral("status"), f.status, ObjectReader::Required);
            r.date(QStringLiteral("completedOn"), f.completedOn);
            r.id(QStringLiteral("workerId"), f.workerId, ObjectReader::Optional, true);
            r.utcTime(QStringLiteral("submittedAt"), x.submittedAt);
            r.id(QStringLiteral("submittedByWorkerId"), f.submittedByWorkerId, ObjectReader::Optional, true);
            r.utcTime(QStringLiteral("decidedAt"), x.decidedAt);
            r.id(QStringLiteral("decidedByWorkerId"), f.decidedByWorkerId, ObjectReader::Optional, true);
            r.text(QStringLiteral("decisionNote"), f.decisionNote);
            r.id(QStringLiteral("personId"), f.personId, ObjectReader::Optional, true);
            r.utcTime(QStringLiteral("createdAt"), x.createdAt);
            r.utcTime(QStringLiteral("updatedAt"), x.updatedAt);
            r.array(QStringLiteral("texts"), texts);
            r.array(QStringLiteral("readings"), readings);
            r.array(QStringLiteral("infoSharing"), sharing);
            r.array(QStringLiteral("planItems"), plan);
            if (Status s = r.finish(); !s)
                return s;
            f.version = int(version);
            if (Status s = readTexts(texts, r.pathOf(QStringLiteral("texts")), f); !s)
                return s;
            if (Status s = readReadings(readings, r.pathOf(QStringLiteral("readings")), f); !s)
                return s;
            if (Status s = readSharing(sharing, r.pathOf(QStringLiteral("infoSharing")), f); !s)
                return s;
            if (Status s = readPlan(plan, r.pathOf(QStringLiteral("planItems")), f); !s)
                return s;
            if (!vocab::ehFormStatus().contains(f.status))
                return fieldError(r.pathOf(QStringLiteral("status")),
                                  Exchange::tr("\"%1\" is not a form status").arg(f.status));
            if (Status s = firstIssue(path, validateEhForm(f, m_today, FormCheck::Draft)); !s)
                return s;
            if (ids.contains(f.id))
                return fieldError(r.pathOf(QStringLiteral("id")),
                                  Exchange::tr("id %1 is used by an earlier form").arg(f.id));
            ids.insert(f.id);
            const QString key = QStringLiteral("%1/%2").arg(f.seriesId).arg(f.version);
            if (versions.contains(key))
                return fieldError(
                    r.pathOf(QStringLiteral("version")),
                    Exchange::tr("series %1 already has a version %2").arg(f.seriesId).arg(f.version));
            versions.insert(key);
            seriesOf[f.id] = f.seriesId;
            if (Status s = involvement(r, f); !s)
                return s;
            for (auto [key2, worker] :
                 {std::pair{QStringLiteral("workerId"), f.workerId},
                  std::pair{QStringLiteral("submittedByWorkerId"), f.submittedByWorkerId},
                  std::pair{QStringLiteral("decidedByWorkerId"), f.decidedByWorkerId}})
                if (worker != 0 && !m_workers.contains(worker))
                    return fieldError(r.pathOf(key2),
                                      Exchange::tr("there is no worker with id %1 in this file").arg(worker));
            if (f.personId != 0 && !m_people.contains(f.personId))
                return fieldError(r.pathOf(QStringLiteral("personId")),
                                  Exchange::tr("there is no person with id %1 in this file").arg(f.personId));
            m_paths.push_back(r.pathOf(QStringLiteral("seriesId")));
            m_doc.ehForms.forms.push_back(std::move(x));
        }
        // A series is named by its first version's id, which must be a form of the same series.
        for (size_t i = 0; i < m_doc.ehForms.forms.size(); ++i) {
            const qint64 series = m_doc.ehForms.forms[i].form.seriesId;
            const auto first = seriesOf.find(series);
            if (first == seriesOf.end() || first->second != series)
                return fieldError(
                    m_paths[i],
                    Exchange::tr("series %1 does not start with a form of that id in this file").arg(series));
        }
        return Status::ok();
    }

    Status requirements(const QJsonArray& items) {
        QSet<qint64> ids;
        QSet<QString> pairs;
        for (int i = 0; i < items.size(); ++i) {
            const QString path = elementPath(QStringLiteral("$.ehMinimumRequirements"), i);
            ObjectReader r(items.at(i), path);
            EhFormDocument::Requirement x;
            r.id(QStringLiteral("id"), x.id, ObjectReader::Required);
            r.id(QStringLiteral("involvementId"), x.involvementId, ObjectReader::Required);
            r.id(QStringLiteral("familyId"), x.familyId, ObjectReader::Required);
            r.text(QStringLiteral("item"), x.requirement.item, ObjectReader::Required);
            r.text(QStringLiteral("status"), x.requirement.status, ObjectReader::Required);
            r.text(QStringLiteral("note"), x.requirement.note);
            r.date(QStringLiteral("updatedOn"), x.requirement.updatedOn, ObjectReader::Required);
            if (Status s = r.finish(); !s)
                return s;
            if (Status s = firstIssue(path, validateMinimumRequirement(x.requirement, m_today)); !s)
                return s;
            if (ids.contains(x.id))
                return fieldError(
                    r.pathOf(QStringLiteral("id")),
                    Exchange::tr("id %1 is used by an earlier record of the same kind").arg(x.id));
            ids.insert(x.id);
            const QString pair = QStringLiteral("%1/%2").arg(x.involvementId).arg(x.requirement.item);
            if (pairs.contains(pair))
                return fieldError(r.pathOf(QStringLiteral("item")),
                                  Exchange::tr("\"%1\" appears twice for involvement %2")
                                      .arg(x.requirement.item)
                                      .arg(x.involvementId));
            pairs.insert(pair);
            EhForm probe; // the involvement check is the forms' own
            probe.involvementId = x.involvementId;
            probe.familyId = x.familyId;
            if (Status s = involvement(r, probe); !s)
                return s;
            m_doc.ehForms.requirements.push_back(std::move(x));
        }
        return Status::ok();
    }

private:
    // Sections by key: each kind defines its own (earlyhelp/*); the validators check the values.
    static Status readTexts(const QJsonArray& items, const QString& at, EhForm& f) {
        for (int i = 0; i < items.size(); ++i) {
            ObjectReader r(items.at(i), elementPath(at, i));
            QString section, body;
            r.text(QStringLiteral("section"), section, ObjectReader::Required);
            r.text(QStringLiteral("body"), body, ObjectReader::Required);
            if (Status s = r.finish(); !s)
                return s;
            if (section.isEmpty() || f.texts.count(section))
                return fieldError(r.pathOf(QStringLiteral("section")),
                                  Exchange::tr("each section appears once, with a name"));
            f.texts[section] = body;
        }
        return Status::ok();
    }

    Status readReadings(const QJsonArray& items, const QString& at, EhForm& f) const {
        for (int i = 0; i < items.size(); ++i) {
            ObjectReader r(items.at(i), elementPath(at, i));
            StarReading reading;
            QJsonArray scores;
            r.text(QStringLiteral("perspective"), reading.perspective, ObjectReader::Required);
            r.date(QStringLiteral("scoredOn"), reading.scoredOn, ObjectReader::Required);
            r.text(QStringLiteral("scoredBy"), reading.scoredBy);
            r.text(QStringLiteral("note"), reading.note);
            r.array(QStringLiteral("scores"), scores);
            if (Status s = r.finish(); !s)
                return s;
            for (int n = 0; n < scores.size(); ++n) {
                ObjectReader sr(scores.at(n), elementPath(r.pathOf(QStringLiteral("scores")), n));
                StarScore s;
                qint64 score = 0;
                sr.text(QStringLiteral("area"), s.area, ObjectReader::Required);
                sr.integer(QStringLiteral("score"), score, ObjectReader::Required);
                sr.text(QStringLiteral("narrative"), s.narrative);
                sr.text(QStringLiteral("goneWell"), s.goneWell);
                sr.text(QStringLiteral("worries"), s.worries);
                if (Status st = sr.finish(); !st)
                    return st;
                s.score = int(std::clamp<qint64>(score, -1, 11)); // out of range is reported by the validator
                reading.scores.push_back(s);
            }
            f.readings.push_back(reading);
        }
        return Status::ok();
    }

    Status readSharing(const QJsonArray& items, const QString& at, EhForm& f) const {
        for (int i = 0; i < items.size(); ++i) {
            ObjectReader r(items.at(i), elementPath(at, i));
            InfoSharingRow row;
            r.id(QStringLiteral("personId"), row.personId, ObjectReader::Optional, true);
            r.text(QStringLiteral("name"), row.name);
            r.text(QStringLiteral("ageOrRole"), row.ageOrRole);
            r.boolean(QStringLiteral("explained"), row.explained);
            r.text(QStringLiteral("comments"), row.comments);
            r.text(QStringLiteral("holdsPr"), row.holdsPr);
            if (Status s = r.finish(); !s)
                return s;
            if (row.personId != 0 && !m_people.contains(row.personId))
                return fieldError(
                    r.pathOf(QStringLiteral("personId")),
                    Exchange::tr("there is no person with id %1 in this file").arg(row.personId));
            f.infoSharing.push_back(row);
        }
        return Status::ok();
    }

    Status readPlan(const QJsonArray& items, const QString& at, EhForm& f) const {
        for (int i = 0; i < items.size(); ++i) {
            ObjectReader r(items.at(i), elementPath(at, i));
            PlanItem p;
            r.text(QStringLiteral("area"), p.area, ObjectReader::Required);
            r.text(QStringLiteral("responsibleKind"), p.responsibleKind, ObjectReader::Required);
            r.id(QStringLiteral("responsibleWorkerId"), p.responsibleWorkerId, ObjectReader::Optional, true);
            r.text(QStringLiteral("responsibleName"), p.responsibleName);
            r.text(QStringLiteral("agency"), p.agency);
            r.text(QStringLiteral("doing"), p.doing);
            r.text(QStringLiteral("why"), p.why);
            r.text(QStringLiteral("impact"), p.impact);
            r.text(QStringLiteral("priority"), p.priority, ObjectReader::Required);
            if (Status s = r.finish(); !s)
                return s;
            if (!vocab::starArea().contains(p.area))
                return fieldError(r.pathOf(QStringLiteral("area")),
                                  Exchange::tr("\"%1\" is not a Family Star heading").arg(p.area));
            if (!vocab::planResponsible().contains(p.responsibleKind))
                return fieldError(
                    r.pathOf(QStringLiteral("responsibleKind")),
                    Exchange::tr("\"%1\" is not who can hold an action").arg(p.responsibleKind));
            if (!vocab::planPriority().contains(p.priority))
                return fieldError(r.pathOf(QStringLiteral("priority")),
                                  Exchange::tr("\"%1\" is not a priority").arg(p.priority));
            if (p.responsibleWorkerId != 0 && !m_workers.contains(p.responsibleWorkerId))
                return fieldError(
                    r.pathOf(QStringLiteral("responsibleWorkerId")),
                    Exchange::tr("there is no worker with id %1 in this file").arg(p.responsibleWorkerId));
            f.planItems.push_back(p);
        }
        return Status::ok();
    }

    Status involvement(const ObjectReader& r, const EhForm& f) const {
        const QString at = r.pathOf(QStringLiteral("involvementId"));
        if (!m_involvements.contains(f.involvementId))
            return fieldError(
                at, Exchange::tr("there is no involvement with id %1 in this file").arg(f.involvementId));
        const auto& [family, service] = m_involvements.value(f.involvementId);
        if (family != f.familyId)
            return fieldError(at, Exchange::tr("involvement %1 belongs to another family than %2")
                                      .arg(f.involvementId)
                                      .arg(f.familyId));
        const bool familiesFirst = f.kind.startsWith(QLatin1String("ff_"));
        if (familiesFirst ? service != QLatin1String("families_first")
                          : !service.startsWith(QLatin1String("early_help_")))
            return fieldError(
                at, familiesFirst
                        ? Exchange::tr("involvement %1 is not Families First work").arg(f.involvementId)
                        : Exchange::tr("involvement %1 is not Early Help work").arg(f.involvementId));
        return Status::ok();
    }

    Document& m_doc;
    const QString m_now;
    const QDate m_today;
    QSet<qint64> m_workers, m_people;
    QHash<qint64, std::pair<qint64, QString>> m_involvements;
    std::vector<QString> m_paths;
};

using Columns = std::vector<std::pair<QString, QVariant>>;

Status insert(Database& db, const char* table, const Columns& columns) {
    auto done = db.insert(QLatin1String(table), columns, "importing Early Help forms");
    return done ? Status::ok() : done.status();
}

} // namespace

Status exportEhForms(Database& db, QJsonObject& root) {
    QJsonArray forms, requirements;
    if (Status s = exportForms(db, forms); !s)
        return s;
    if (Status s = eachRow(
            db,
            QStringLiteral("SELECT id, involvement_id, family_id, item, status, note, updated_on FROM "
                           "eh_minimum_requirements ORDER BY id"),
            "exporting the minimum requirements",
            [&](const QSqlQuery& q) {
                requirements.append(QJsonObject{{QStringLiteral("id"), id(q, 0)},
                                                {QStringLiteral("involvementId"), id(q, 1)},
                                                {QStringLiteral("familyId"), id(q, 2)},
                                                {QStringLiteral("item"), text(q, 3)},
                                                {QStringLiteral("status"), text(q, 4)},
                                                {QStringLiteral("note"), text(q, 5)},
                                                {QStringLiteral("updatedOn"), dateOrNull(q, 6)}});
            });
        !s)
        return s;
    root.insert(QStringLiteral("ehForms"), forms);
    root.insert(QStringLiteral("ehMinimumRequirements"), requirements);
    return Status::ok();
}

void readEhFormArrays(ObjectReader& root, EhFormArrays& out) {
    root.array(QStringLiteral("ehForms"), out.forms);
    root.array(QStringLiteral("ehMinimumRequirements"), out.requirements);
}

Status parseEhForms(Database& db, const EhFormArrays& arrays, Document& doc) {
    Parser parser(db, doc);
    if (Status s = parser.forms(arrays.forms); !s)
        return s;
    return parser.requirements(arrays.requirements);
}

Status writeEhForms(Database& db, const EhFormDocument& records) {
    for (const EhFormDocument::Requirement& x : records.requirements)
        if (Status s = insert(db, "eh_minimum_requirements",
                              {{QStringLiteral("id"), x.id},
                               {QStringLiteral("involvement_id"), x.involvementId},
                               {QStringLiteral("family_id"), x.familyId},
                               {QStringLiteral("item"), x.requirement.item},
                               {QStringLiteral("status"), x.requirement.status},
                               {QStringLiteral("note"), x.requirement.note},
                               {QStringLiteral("updated_on"), dateToText(x.requirement.updatedOn)}});
            !s)
            return s;
    for (const EhFormDocument::Form& x : records.forms) {
        const EhForm& f = x.form;
        if (Status s = insert(db, "eh_forms",
                              {{QStringLiteral("id"), f.id},
                               {QStringLiteral("family_id"), f.familyId},
                               {QStringLiteral("involvement_id"), f.involvementId},
                               {QStringLiteral("kind"), f.kind},
                               {QStringLiteral("series_id"), f.seriesId},
                               {QStringLiteral("version"), f.version},
                               {QStringLiteral("status"), f.status},
                               {QStringLiteral("completed_on"), nullableText(dateToText(f.completedOn))},
                               {QStringLiteral("worker_id"), nullableId(f.workerId)},
                               {QStringLiteral("submitted_at"), nullableText(x.submittedAt)},
                               {QStringLiteral("submitted_by_worker_id"), nullableId(f.submittedByWorkerId)},
                               {QStringLiteral("decided_at"), nullableText(x.decidedAt)},
                               {QStringLiteral("decided_by_worker_id"), nullableId(f.decidedByWorkerId)},
                               {QStringLiteral("decision_note"), f.decisionNote},
                               {QStringLiteral("person_id"), nullableId(f.personId)},
                               {QStringLiteral("created_at"), x.createdAt},
                               {QStringLiteral("updated_at"), x.updatedAt}});
            !s)
            return s;
        for (const auto& [section, body] : f.texts)
            if (Status s = insert(db, "eh_form_texts",
                                  {{QStringLiteral("form_id"), f.id},
                                   {QStringLiteral("family_id"), f.familyId},
                                   {QStringLiteral("section"), section},
                                   {QStringLiteral("body"), body}});
                !s)
                return s;
        for (const StarReading& r : f.readings) {
            auto reading = db.insert(QStringLiteral("eh_star_readings"),
                                     {{QStringLiteral("form_id"), f.id},
                                      {QStringLiteral("family_id"), f.familyId},
                                      {QStringLiteral("perspective"), r.perspective},
                                      {QStringLiteral("scored_on"), dateToText(r.scoredOn)},
                                      {QStringLiteral("scored_by"), r.scoredBy},
                                      {QStringLiteral("note"), r.note}},
                                     "importing Early Help forms");
            if (!reading)
                return reading.status();
            for (const StarScore& s : r.scores)
                if (Status st = insert(db, "eh_star_scores",
                                       {{QStringLiteral("reading_id"), *reading},
                                        {QStringLiteral("family_id"), f.familyId},
                                        {QStringLiteral("area"), s.area},
                                        {QStringLiteral("score"), s.score},
                                        {QStringLiteral("narrative"), s.narrative},
                                        {QStringLiteral("gone_well"), s.goneWell},
                                        {QStringLiteral("worries"), s.worries}});
                    !st)
                    return st;
        }
        int position = 0;
        for (const InfoSharingRow& row : f.infoSharing)
            if (Status s = insert(db, "eh_info_sharing",
                                  {{QStringLiteral("form_id"), f.id},
                                   {QStringLiteral("family_id"), f.familyId},
                                   {QStringLiteral("position"), position++},
                                   {QStringLiteral("person_id"), nullableId(row.personId)},
                                   {QStringLiteral("name"), row.name},
                                   {QStringLiteral("age_or_role"), row.ageOrRole},
                                   {QStringLiteral("explained"), row.explained ? 1 : 0},
                                   {QStringLiteral("comments"), row.comments},
                                   {QStringLiteral("holds_pr"), row.holdsPr}});
                !s)
                return s;
        position = 0;
        for (const PlanItem& p : f.planItems)
            if (Status s =
                    insert(db, "eh_plan_items",
                           {{QStringLiteral("form_id"), f.id},
                            {QStringLiteral("family_id"), f.familyId},
                            {QStringLiteral("area"), p.area},
                            {QStringLiteral("position"), position++},
                            {QStringLiteral("responsible_kind"), p.responsibleKind},
                            {QStringLiteral("responsible_worker_id"), nullableId(p.responsibleWorkerId)},
                            {QStringLiteral("responsible_name"), p.responsibleName},
                            {QStringLiteral("agency"), p.agency},
                            {QStringLiteral("doing"), p.doing},
                            {QStringLiteral("why"), p.why},
                            {QStringLiteral("impact"), p.impact},
                            {QStringLiteral("priority"), p.priority}});
                !s)
                return s;
    }
    return Status::ok();
}

} // namespace waymark::exchange
