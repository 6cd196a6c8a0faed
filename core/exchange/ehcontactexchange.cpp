#include "exchange/ehcontactexchange.h"

#include "earlyhelp/contactvalidation.h"
#include "exchange/exportcolumns.h"
#include "storage/database.h"
#include "util/trcontext.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace waymark::exchange {

namespace {

// --- export ---------------------------------------------------------------------------------

Status exportAttempts(Database& db, QJsonArray& out) {
    return eachRow(
        db,
        QStringLiteral("SELECT id, involvement_id, family_id, attempted_at, method, outcome, reply_by, "
                       "note, worker_id, created_at, updated_at FROM eh_contact_attempts ORDER BY id"),
        "exporting contact attempts", [&](const QSqlQuery& q) {
            out.append(QJsonObject{
                {QStringLiteral("id"), id(q, 0)},
                {QStringLiteral("involvementId"), id(q, 1)},
                {QStringLiteral("familyId"), id(q, 2)},
                {QStringLiteral("attemptedAt"), wallClock(q, 3)},
                {QStringLiteral("method"), text(q, 4)},
                {QStringLiteral("outcome"), text(q, 5)},
                {QStringLiteral("replyBy"), dateOrNull(q, 6)},
                {QStringLiteral("note"), text(q, 7)},
                {QStringLiteral("workerId"), idOrNull(q, 8)},
                {QStringLiteral("createdAt"), utc(q, 9)},
                {QStringLiteral("updatedAt"), utc(q, 10)},
            });
        });
}

Status exportConsents(Database& db, QJsonArray& out) {
    QHash<qint64, QJsonArray> children;
    if (Status s =
            eachRow(db,
                    QStringLiteral("SELECT consent_id, id, person_id, health_notes, allergies, tetanus "
                                   "FROM eh_consent_children ORDER BY consent_id, id"),
                    "exporting consents",
                    [&](const QSqlQuery& q) {
                        children[q.value(0).toLongLong()].append(QJsonObject{
                            {QStringLiteral("id"), id(q, 1)},
                            {QStringLiteral("personId"), id(q, 2)},
                            {QStringLiteral("healthNotes"), text(q, 3)},
                            {QStringLiteral("allergies"), text(q, 4)},
                            {QStringLiteral("tetanus"), text(q, 5)},
                        });
                    });
        !s)
        return s;
    return eachRow(
        db,
        QStringLiteral(
            "SELECT id, family_id, involvement_id, given_on, given_by_person_id, given_by_name, travel, "
            "activities, photographs, recorded_by_worker_id, created_at, updated_at FROM eh_consents "
            "ORDER BY id"),
        "exporting consents", [&](const QSqlQuery& q) {
            out.append(QJsonObject{
                {QStringLiteral("id"), id(q, 0)},
                {QStringLiteral("familyId"), id(q, 1)},
                {QStringLiteral("involvementId"), idOrNull(q, 2)},
                {QStringLiteral("givenOn"), dateOrNull(q, 3)},
                {QStringLiteral("givenByPersonId"), idOrNull(q, 4)},
                {QStringLiteral("givenByName"), text(q, 5)},
                {QStringLiteral("travel"), flag(q, 6)},
                {QStringLiteral("activities"), flag(q, 7)},
                {QStringLiteral("photographs"), flag(q, 8)},
                {QStringLiteral("recordedByWorkerId"), idOrNull(q, 9)},
                {QStringLiteral("createdAt"), utc(q, 10)},
                {QStringLiteral("updatedAt"), utc(q, 11)},
                {QStringLiteral("children"), children.value(q.value(0).toLongLong())},
            });
        });
}

// --- import ---------------------------------------------------------------------------------

const char* const kNoWorker =
    QT_TRANSLATE_NOOP("waymark::Exchange", "there is no worker with id %1 in this file");
const char* const kNoFamily =
    QT_TRANSLATE_NOOP("waymark::Exchange", "there is no family with id %1 in this file");
const char* const kNoPerson =
    QT_TRANSLATE_NOOP("waymark::Exchange", "there is no person with id %1 in this file");
const char* const kNoInvolvement =
    QT_TRANSLATE_NOOP("waymark::Exchange", "there is no involvement with id %1 in this file");

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
        , m_nowTime(db.now())
        , m_today(db.today()) {
        for (const Worker& w : doc.workers)
            m_workers.insert(w.id);
        for (const auto& [p, stamps] : doc.people)
            m_people.insert(p.id);
        for (const auto& [f, stamps] : doc.families)
            m_families.insert(f.id);
        for (const auto& [inv, stamps] : doc.involvements)
            m_involvements.insert(inv.id, {inv.familyId, inv.service});
    }

    Status attempts(const QJsonArray& items) {
        QSet<qint64> ids;
        for (int i = 0; i < items.size(); ++i) {
            const QString path = elementPath(QStringLiteral("$.ehContactAttempts"), i);
            ObjectReader r(items.at(i), path);
            EhContactDocument::Attempt x{{}, {}, m_now, m_now};
            ContactAttempt& a = x.attempt;
            r.id(QStringLiteral("id"), a.id, ObjectReader::Required);
            r.id(QStringLiteral("involvementId"), a.involvementId, ObjectReader::Required);
            r.id(QStringLiteral("familyId"), a.familyId, ObjectReader::Required);
            r.localTime(QStringLiteral("attemptedAt"), x.attemptedAt, ObjectReader::Required);
            r.text(QStringLiteral("method"), a.method, ObjectReader::Required);
            r.text(QStringLiteral("outcome"), a.outcome, ObjectReader::Required);
            r.date(QStringLiteral("replyBy"), a.replyBy);
            r.text(QStringLiteral("note"), a.note);
            r.id(QStringLiteral("workerId"), a.workerId, ObjectReader::Optional, true);
            r.utcTime(QStringLiteral("createdAt"), x.createdAt);
            r.utcTime(QStringLiteral("updatedAt"), x.updatedAt);
            if (Status s = r.finish(); !s)
                return s;
            a.at = localTimeFromText(x.attemptedAt);
            if (Status s = firstIssue(path, validateContactAttempt(a, m_nowTime)); !s)
                return s;
            if (Status s = unique(ids, a.id, r.pathOf(QStringLiteral("id"))); !s)
                return s;
            if (Status s = ref(m_families, a.familyId, r.pathOf(QStringLiteral("familyId")), kNoFamily); !s)
                return s;
            if (Status s = earlyHelpInvolvement(r, a.involvementId, a.familyId); !s)
                return s;
            if (Status s = ref(m_workers, a.workerId, r.pathOf(QStringLiteral("workerId")), kNoWorker); !s)
                return s;
            m_doc.ehContact.attempts.push_back(std::move(x));
        }
        return Status::ok();
    }

    Status consents(const QJsonArray& items) {
        QSet<qint64> ids, childIds;
        for (int i = 0; i < items.size(); ++i) {
            const QString path = elementPath(QStringLiteral("$.ehConsents"), i);
            ObjectReader r(items.at(i), path);
            EhContactDocument::Consent x{{}, m_now, m_now};
            ParentalConsent& c = x.consent;
            QJsonArray children;
            r.id(QStringLiteral("id"), c.id, ObjectReader::Required);
            r.id(QStringLiteral("familyId"), c.familyId, ObjectReader::Required);
            r.id(QStringLiteral("involvementId"), c.involvementId, ObjectReader::Optional, true);
            r.date(QStringLiteral("givenOn"), c.givenOn, ObjectReader::Required);
            r.id(QStringLiteral("givenByPersonId"), c.givenByPersonId, ObjectReader::Optional, true);
            r.text(QStringLiteral("givenByName"), c.givenByName);
            r.boolean(QStringLiteral("travel"), c.travel);
            r.boolean(QStringLiteral("activities"), c.activities);
            r.boolean(QStringLiteral("photographs"), c.photographs);
            r.id(QStringLiteral("recordedByWorkerId"), c.recordedByWorkerId, ObjectReader::Optional, true);
            r.utcTime(QStringLiteral("createdAt"), x.createdAt);
            r.utcTime(QStringLiteral("updatedAt"), x.updatedAt);
            r.array(QStringLiteral("children"), children);
            if (Status s = r.finish(); !s)
                return s;
            for (int n = 0; n < children.size(); ++n) {
                ObjectReader cr(children.at(n), elementPath(r.pathOf(QStringLiteral("children")), n));
                ParentalConsentChild child;
                cr.id(QStringLiteral("id"), child.id, ObjectReader::Required);
                cr.id(QStringLiteral("personId"), child.personId, ObjectReader::Required);
                cr.text(QStringLiteral("healthNotes"), child.healthNotes);
                cr.text(QStringLiteral("allergies"), child.allergies);
                cr.text(QStringLiteral("tetanus"), child.tetanus);
                if (Status s = cr.finish(); !s)
                    return s;
                if (Status s = unique(childIds, child.id, cr.pathOf(QStringLiteral("id"))); !s)
                    return s;
                if (Status s =
                        ref(m_people, child.personId, cr.pathOf(QStringLiteral("personId")), kNoPerson);
                    !s)
                    return s;
                c.children.push_back(child);
            }
            if (Status s = firstIssue(path, validateParentalConsent(c, m_today)); !s)
                return s;
            if (Status s = unique(ids, c.id, r.pathOf(QStringLiteral("id"))); !s)
                return s;
            if (Status s = ref(m_families, c.familyId, r.pathOf(QStringLiteral("familyId")), kNoFamily); !s)
                return s;
            if (c.involvementId != 0) {
                if (Status s = earlyHelpInvolvement(r, c.involvementId, c.familyId); !s)
                    return s;
            }
            if (Status s =
                    ref(m_people, c.givenByPersonId, r.pathOf(QStringLiteral("givenByPersonId")), kNoPerson);
                !s)
                return s;
            if (Status s = ref(m_workers, c.recordedByWorkerId,
                               r.pathOf(QStringLiteral("recordedByWorkerId")), kNoWorker);
                !s)
                return s;
            m_doc.ehContact.consents.push_back(std::move(x));
        }
        return Status::ok();
    }

private:
    // The record's involvement is in the file, belongs to its family and is Early Help work.
    Status earlyHelpInvolvement(const ObjectReader& r, qint64 involvementId, qint64 familyId) const {
        const QString at = r.pathOf(QStringLiteral("involvementId"));
        if (!m_involvements.contains(involvementId))
            return fieldError(at, Exchange::tr(kNoInvolvement).arg(involvementId));
        const auto& [invFamily, service] = m_involvements.value(involvementId);
        if (invFamily != familyId)
            return fieldError(at, Exchange::tr("involvement %1 belongs to another family than %2")
                                      .arg(involvementId)
                                      .arg(familyId));
        if (!service.startsWith(QLatin1String("early_help_")))
            return fieldError(at, Exchange::tr("involvement %1 is not Early Help work").arg(involvementId));
        return Status::ok();
    }

    Document& m_doc;
    const QString m_now;
    const QDateTime m_nowTime;
    const QDate m_today;
    QSet<qint64> m_workers, m_people, m_families;
    QHash<qint64, std::pair<qint64, QString>> m_involvements; // id -> family, service
};

using Columns = std::vector<std::pair<QString, QVariant>>;

Status insert(Database& db, const char* table, const Columns& columns, const char* what) {
    auto done = db.insert(QLatin1String(table), columns, what);
    return done ? Status::ok() : done.status();
}

} // namespace

Status exportEhContact(Database& db, QJsonObject& root) {
    QJsonArray attempts, consents;
    if (Status s = exportAttempts(db, attempts); !s)
        return s;
    if (Status s = exportConsents(db, consents); !s)
        return s;
    root.insert(QStringLiteral("ehContactAttempts"), attempts);
    root.insert(QStringLiteral("ehConsents"), consents);
    return Status::ok();
}

void readEhContactArrays(ObjectReader& root, EhContactArrays& out) {
    root.array(QStringLiteral("ehContactAttempts"), out.attempts);
    root.array(QStringLiteral("ehConsents"), out.consents);
}

Status parseEhContact(Database& db, const EhContactArrays& arrays, Document& doc) {
    Parser parser(db, doc);
    if (Status s = parser.attempts(arrays.attempts); !s)
        return s;
    return parser.consents(arrays.consents);
}

Status writeEhContact(Database& db, const EhContactDocument& records) {
    for (const EhContactDocument::Attempt& x : records.attempts) {
        const ContactAttempt& a = x.attempt;
        if (Status s = insert(db, "eh_contact_attempts",
                              {{QStringLiteral("id"), a.id},
                               {QStringLiteral("involvement_id"), a.involvementId},
                               {QStringLiteral("family_id"), a.familyId},
                               {QStringLiteral("attempted_at"), x.attemptedAt},
                               {QStringLiteral("method"), a.method},
                               {QStringLiteral("outcome"), a.outcome},
                               {QStringLiteral("reply_by"), nullableText(dateToText(a.replyBy))},
                               {QStringLiteral("note"), a.note},
                               {QStringLiteral("worker_id"), nullableId(a.workerId)},
                               {QStringLiteral("created_at"), x.createdAt},
                               {QStringLiteral("updated_at"), x.updatedAt}},
                              "importing contact attempts");
            !s)
            return s;
    }
    for (const EhContactDocument::Consent& x : records.consents) {
        const ParentalConsent& c = x.consent;
        if (Status s = insert(db, "eh_consents",
                              {{QStringLiteral("id"), c.id},
                               {QStringLiteral("family_id"), c.familyId},
                               {QStringLiteral("involvement_id"), nullableId(c.involvementId)},
                               {QStringLiteral("given_on"), dateToText(c.givenOn)},
                               {QStringLiteral("given_by_person_id"), nullableId(c.givenByPersonId)},
                               {QStringLiteral("given_by_name"), c.givenByName},
                               {QStringLiteral("travel"), c.travel ? 1 : 0},
                               {QStringLiteral("activities"), c.activities ? 1 : 0},
                               {QStringLiteral("photographs"), c.photographs ? 1 : 0},
                               {QStringLiteral("recorded_by_worker_id"), nullableId(c.recordedByWorkerId)},
                               {QStringLiteral("created_at"), x.createdAt},
                               {QStringLiteral("updated_at"), x.updatedAt}},
                              "importing consents");
            !s)
            return s;
        for (const ParentalConsentChild& child : c.children) {
            if (Status s = insert(db, "eh_consent_children",
                                  {{QStringLiteral("id"), child.id},
                                   {QStringLiteral("consent_id"), c.id},
                                   {QStringLiteral("family_id"), c.familyId},
                                   {QStringLiteral("person_id"), child.personId},
                                   {QStringLiteral("health_notes"), child.healthNotes},
                                   {QStringLiteral("allergies"), child.allergies},
                                   {QStringLiteral("tetanus"), child.tetanus}},
                                  "importing consents");
                !s)
                return s;
        }
    }
    return Status::ok();
}

} // namespace waymark::exchange
