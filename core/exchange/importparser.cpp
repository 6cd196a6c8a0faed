#include "exchange/ehcontactexchange.h"
#include "exchange/ehformexchange.h"
#include "exchange/ehintakeexchange.h"
#include "exchange/exchangeformat.h"
#include "exchange/importdocument.h"
#include "exchange/jsonreader.h"
#include "exchange/liftexchange.h"
#include "storage/database.h"
#include "util/trcontext.h"
#include "validation/validators.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace waymark::exchange {

namespace {

// The validators name fields relative to the record ("address.postcode"); put the record's path
// in front. The first issue is enough: the person fixing the file fixes one thing at a time.
Status firstIssue(const QString& recordPath, const ValidationIssues& issues) {
    if (issues.isEmpty())
        return Status::ok();
    return fieldError(recordPath + QLatin1Char('.') + issues.first().field, issues.first().message);
}

Address readAddress(ObjectReader& record) {
    Address a;
    ObjectReader r = record.object(QStringLiteral("address"));
    r.text(QStringLiteral("line1"), a.line1);
    r.text(QStringLiteral("line2"), a.line2);
    r.text(QStringLiteral("town"), a.town);
    r.text(QStringLiteral("postcode"), a.postcode);
    r.finish();
    record.adopt(r);
    return a;
}

// Parses the sections in dependency order (workers and people before the families that refer
// to them, and so on), so each reference can be checked as soon as it is read.
class Parser {
public:
    Parser(Database& db, Document& doc)
        : m_db(db)
        , m_doc(doc)
        , m_now(db.nowText()) {}

    Status workers(const QJsonArray& items);
    Status people(const QJsonArray& items);
    Status families(const QJsonArray& items);
    Status involvements(const QJsonArray& items);
    Status caseNotes(const QJsonArray& items);
    Status caseEvents(const QJsonArray& items);
    Status deadlineExtensions(const QJsonArray& items);
    Status drafts(const QJsonArray& items);

private:
    // Reads createdAt/updatedAt; a hand-written file may leave them out and gets the import time.
    Stamps readStamps(ObjectReader& r) const {
        Stamps s{m_now, m_now};
        r.utcTime(QStringLiteral("createdAt"), s.createdAt);
        r.utcTime(QStringLiteral("updatedAt"), s.updatedAt);
        return s;
    }
    static Status checkUnique(QSet<qint64>& seen, qint64 id, const QString& path) {
        if (seen.contains(id))
            return fieldError(path,
                              Exchange::tr("id %1 is used by an earlier record of the same kind").arg(id));
        seen.insert(id);
        return Status::ok();
    }
    static Status checkRef(const QSet<qint64>& known, qint64 id, const QString& path, const char* missing) {
        if (id != 0 && !known.contains(id))
            return fieldError(path, Exchange::tr(missing).arg(id));
        return Status::ok();
    }

    Database& m_db;
    Document& m_doc;
    const QString m_now;
    QSet<qint64> m_workerIds, m_personIds, m_familyIds, m_involvementIds, m_noteIds;
    QHash<qint64, QSet<qint64>> m_membersOf; // family id -> person ids
    QHash<qint64, qint64> m_familyOf;        // involvement id -> family id
    QSet<qint64> m_eventIds, m_extensionIds;

    // An event or extension's involvement belongs to its family, and its person is a member.
    Status checkOwnership(const ObjectReader& r, qint64 familyId, qint64 involvementId,
                          qint64 personId) const {
        if (Status s = checkRef(m_familyIds, familyId, r.pathOf(QStringLiteral("familyId")), kNoFamilyRef);
            !s)
            return s;
        const QString involvementPath = r.pathOf(QStringLiteral("involvementId"));
        if (Status s = checkRef(m_involvementIds, involvementId, involvementPath, kNoInvolvementRef); !s)
            return s;
        if (involvementId != 0 && m_familyOf.value(involvementId) != familyId)
            return fieldError(involvementPath,
                              Exchange::tr("involvement %1 belongs to another family than %2")
                                  .arg(involvementId)
                                  .arg(familyId));
        const QString personPath = r.pathOf(QStringLiteral("personId"));
        if (Status s = checkRef(m_personIds, personId, personPath, kNoPersonRef); !s)
            return s;
        if (personId != 0 && !m_membersOf.value(familyId).contains(personId))
            return fieldError(
                personPath,
                Exchange::tr("person %1 is not a member of family %2").arg(personId).arg(familyId));
        return Status::ok();
    }
    static const char* const kNoFamilyRef;
    static const char* const kNoInvolvementRef;
    static const char* const kNoPersonRef;
};

const char* const kNoWorker =
    QT_TRANSLATE_NOOP("waymark::Exchange", "there is no worker with id %1 in this file");
const char* const kNoPerson =
    QT_TRANSLATE_NOOP("waymark::Exchange", "there is no person with id %1 in this file");
const char* const kNoFamily =
    QT_TRANSLATE_NOOP("waymark::Exchange", "there is no family with id %1 in this file");
const char* const kNoInvolvement =
    QT_TRANSLATE_NOOP("waymark::Exchange", "there is no involvement with id %1 in this file");
const char* const Parser::kNoFamilyRef = kNoFamily;
const char* const Parser::kNoInvolvementRef = kNoInvolvement;
const char* const Parser::kNoPersonRef = kNoPerson;

Status Parser::workers(const QJsonArray& items) {
    for (int i = 0; i < items.size(); ++i) {
        const QString path = elementPath(QStringLiteral("$.workers"), i);
        ObjectReader r(items.at(i), path);
        Worker w;
        r.id(QStringLiteral("id"), w.id, ObjectReader::Required);
        r.text(QStringLiteral("name"), w.name, ObjectReader::Required);
        r.text(QStringLiteral("role"), w.role, ObjectReader::Required);
        r.text(QStringLiteral("team"), w.team);
        r.text(QStringLiteral("email"), w.email);
        r.text(QStringLiteral("phone"), w.phone);
        r.boolean(QStringLiteral("active"), w.active);
        if (Status s = r.finish(); !s)
            return s;
        if (Status s = firstIssue(path, validateWorker(w)); !s)
            return s;
        if (Status s = checkUnique(m_workerIds, w.id, r.pathOf(QStringLiteral("id"))); !s)
            return s;
        m_doc.workers.push_back(w);
    }
    return Status::ok();
}

Status Parser::people(const QJsonArray& items) {
    for (int i = 0; i < items.size(); ++i) {
        const QString path = elementPath(QStringLiteral("$.people"), i);
        ObjectReader r(items.at(i), path);
        Person p;
        r.id(QStringLiteral("id"), p.id, ObjectReader::Required);
        r.text(QStringLiteral("givenNames"), p.givenNames);
        r.text(QStringLiteral("familyName"), p.familyName, ObjectReader::Required);
        r.text(QStringLiteral("knownAs"), p.knownAs);
        r.date(QStringLiteral("dateOfBirth"), p.dateOfBirth);
        r.boolean(QStringLiteral("dateOfBirthIsExpected"), p.dateOfBirthIsExpected);
        r.text(QStringLiteral("gender"), p.gender);
        r.text(QStringLiteral("ethnicity"), p.ethnicity);
        r.text(QStringLiteral("firstLanguage"), p.firstLanguage);
        p.address = readAddress(r);
        r.text(QStringLiteral("phone"), p.phone);
        r.text(QStringLiteral("email"), p.email);
        r.text(QStringLiteral("socialCareNumber"), p.socialCareNumber);
        r.text(QStringLiteral("caseSystemNumber"), p.caseSystemNumber);
        r.text(QStringLiteral("nhsNumber"), p.nhsNumber);
        const Stamps stamps = readStamps(r);
        if (Status s = r.finish(); !s)
            return s;
        if (Status s = firstIssue(path, validatePerson(p, m_db.today())); !s)
            return s;
        if (Status s = checkUnique(m_personIds, p.id, r.pathOf(QStringLiteral("id"))); !s)
            return s;
        m_doc.people.emplace_back(p, stamps);
    }
    return Status::ok();
}

Status Parser::families(const QJsonArray& items) {
    for (int i = 0; i < items.size(); ++i) {
        const QString path = elementPath(QStringLiteral("$.families"), i);
        ObjectReader r(items.at(i), path);
        Family f;
        QJsonArray members;
        r.id(QStringLiteral("id"), f.id, ObjectReader::Required);
        r.text(QStringLiteral("name"), f.name, ObjectReader::Required);
        r.text(QStringLiteral("kinshipStatus"), f.kinshipStatus, ObjectReader::Required);
        // Optional: files written before schema v9 have neither.
        r.text(QStringLiteral("earlyHelpLocality"), f.earlyHelpLocality);
        r.text(QStringLiteral("ufrn"), f.ufrn);
        f.address = readAddress(r);
        r.array(QStringLiteral("members"), members);
        const Stamps stamps = readStamps(r);
        if (Status s = r.finish(); !s)
            return s;
        for (int m = 0; m < members.size(); ++m) {
            const QString memberPath = elementPath(r.pathOf(QStringLiteral("members")), m);
            ObjectReader mr(members.at(m), memberPath);
            FamilyMember member;
            mr.id(QStringLiteral("personId"), member.personId, ObjectReader::Required);
            mr.text(QStringLiteral("relationship"), member.relationship, ObjectReader::Required);
            mr.boolean(QStringLiteral("hasParentalResponsibility"), member.hasParentalResponsibility);
            mr.boolean(QStringLiteral("livesInHousehold"), member.livesInHousehold);
            if (Status s = mr.finish(); !s)
                return s;
            f.members.push_back(member);
        }
        if (Status s = firstIssue(path, validateFamily(f)); !s)
            return s;
        if (Status s = checkUnique(m_familyIds, f.id, r.pathOf(QStringLiteral("id"))); !s)
            return s;
        QSet<qint64>& memberIds = m_membersOf[f.id];
        for (size_t m = 0; m < f.members.size(); ++m) {
            const QString at =
                elementPath(r.pathOf(QStringLiteral("members")), int(m)) + QStringLiteral(".personId");
            if (Status s = checkRef(m_personIds, f.members[m].personId, at, kNoPerson); !s)
                return s;
            memberIds.insert(f.members[m].personId);
        }
        m_doc.families.emplace_back(f, stamps);
    }
    return Status::ok();
}

Status Parser::involvements(const QJsonArray& items) {
    for (int i = 0; i < items.size(); ++i) {
        const QString path = elementPath(QStringLiteral("$.involvements"), i);
        ObjectReader r(items.at(i), path);
        Involvement inv;
        r.id(QStringLiteral("id"), inv.id, ObjectReader::Required);
        r.id(QStringLiteral("familyId"), inv.familyId, ObjectReader::Required);
        r.text(QStringLiteral("service"), inv.service, ObjectReader::Required);
        r.date(QStringLiteral("referralDate"), inv.referralDate, ObjectReader::Required);
        r.text(QStringLiteral("referralSource"), inv.referralSource);
        r.text(QStringLiteral("referralReason"), inv.referralReason);
        r.id(QStringLiteral("allocatedWorkerId"), inv.allocatedWorkerId, ObjectReader::Optional, true);
        r.text(QStringLiteral("status"), inv.status, ObjectReader::Required);
        r.date(QStringLiteral("openedOn"), inv.openedOn);
        r.date(QStringLiteral("closedOn"), inv.closedOn);
        r.text(QStringLiteral("closureOutcome"), inv.closureOutcome);
        r.text(QStringLiteral("closureNote"), inv.closureNote);
        r.text(QStringLiteral("placementType"), inv.placementType);
        const Stamps stamps = readStamps(r);
        if (Status s = r.finish(); !s)
            return s;
        if (Status s = firstIssue(path, validateInvolvement(inv, m_db.today())); !s)
            return s;
        if (Status s = checkUnique(m_involvementIds, inv.id, r.pathOf(QStringLiteral("id"))); !s)
            return s;
        if (Status s = checkRef(m_familyIds, inv.familyId, r.pathOf(QStringLiteral("familyId")), kNoFamily);
            !s)
            return s;
        if (Status s = checkRef(m_workerIds, inv.allocatedWorkerId,
                                r.pathOf(QStringLiteral("allocatedWorkerId")), kNoWorker);
            !s)
            return s;
        m_familyOf.insert(inv.id, inv.familyId);
        m_doc.involvements.emplace_back(inv, stamps);
    }
    return Status::ok();
}

Status Parser::caseNotes(const QJsonArray& items) {
    for (int i = 0; i < items.size(); ++i) {
        const QString path = elementPath(QStringLiteral("$.caseNotes"), i);
        ObjectReader r(items.at(i), path);
        CaseNote n;
        QString contactAt;
        QJsonArray personIds;
        r.id(QStringLiteral("id"), n.id, ObjectReader::Required);
        r.id(QStringLiteral("familyId"), n.familyId, ObjectReader::Required);
        r.id(QStringLiteral("involvementId"), n.involvementId, ObjectReader::Optional, true);
        r.localTime(QStringLiteral("contactAt"), contactAt, ObjectReader::Required);
        r.text(QStringLiteral("noteType"), n.noteType, ObjectReader::Required);
        r.text(QStringLiteral("subject"), n.subject, ObjectReader::Required);
        const std::pair<const char*, QString*> texts[] = {
            {"location", &n.location},
            {"present", &n.present},
            {"outcomesAddressed", &n.outcomesAddressed},
            {"purpose", &n.purpose},
            {"whatWorkedWell", &n.whatWorkedWell},
            {"worries", &n.worries},
            {"voice", &n.voice},
            {"nextSteps", &n.nextSteps},
        };
        for (const auto& [key, field] : texts)
            r.text(QLatin1String(key), *field);
        r.id(QStringLiteral("authorWorkerId"), n.authorWorkerId, ObjectReader::Optional, true);
        r.boolean(QStringLiteral("restricted"), n.restricted);
        r.array(QStringLiteral("personIds"), personIds);
        const Stamps stamps = readStamps(r);
        if (Status s = r.finish(); !s)
            return s;
        // The validators only need the day; the exact text is kept apart and written unchanged.
        n.contactAt = QDateTime(dateFromText(contactAt.left(10)), QTime(12, 0));
        if (Status s = firstIssue(path, validateCaseNote(n, m_db.today())); !s)
            return s;
        if (Status s = checkUnique(m_noteIds, n.id, r.pathOf(QStringLiteral("id"))); !s)
            return s;
        if (Status s = checkRef(m_familyIds, n.familyId, r.pathOf(QStringLiteral("familyId")), kNoFamily); !s)
            return s;
        if (Status s = checkRef(m_involvementIds, n.involvementId, r.pathOf(QStringLiteral("involvementId")),
                                kNoInvolvement);
            !s)
            return s;
        if (Status s = checkRef(m_workerIds, n.authorWorkerId, r.pathOf(QStringLiteral("authorWorkerId")),
                                kNoWorker);
            !s)
            return s;
        // The same rule the case-note screen enforces: a note concerns members of its own family.
        for (int p = 0; p < personIds.size(); ++p) {
            const QString at = elementPath(r.pathOf(QStringLiteral("personIds")), p);
            auto personId = exchange::idFromValue(personIds.at(p), at);
            if (!personId)
                return personId.status();
            if (Status s = checkRef(m_personIds, *personId, at, kNoPerson); !s)
                return s;
            if (!m_membersOf.value(n.familyId).contains(*personId))
                return fieldError(
                    at,
                    Exchange::tr("person %1 is not a member of family %2").arg(*personId).arg(n.familyId));
            if (std::find(n.personIds.begin(), n.personIds.end(), *personId) != n.personIds.end())
                return fieldError(at, Exchange::tr("person %1 is listed twice").arg(*personId));
            n.personIds.push_back(*personId);
        }
        m_doc.caseNotes.emplace_back(n, stamps);
        m_doc.contactAt.push_back(contactAt);
    }
    return Status::ok();
}

// Event kinds are checked for shape only: an authority's local rule file may add kinds this
// Waymark's shipped rule book does not know, and an export must still import.
bool isEventKindShape(const QString& kind) {
    static const QRegularExpression shape(QStringLiteral("^[a-z][a-z0-9_]*$"));
    return shape.match(kind).hasMatch();
}

Status Parser::caseEvents(const QJsonArray& items) {
    for (int i = 0; i < items.size(); ++i) {
        const QString path = elementPath(QStringLiteral("$.caseEvents"), i);
        ObjectReader r(items.at(i), path);
        RecordedEvent e;
        QString createdAt = m_now;
        r.id(QStringLiteral("id"), e.id, ObjectReader::Required);
        r.id(QStringLiteral("familyId"), e.familyId, ObjectReader::Required);
        r.id(QStringLiteral("involvementId"), e.involvementId, ObjectReader::Optional, true);
        r.id(QStringLiteral("personId"), e.personId, ObjectReader::Optional, true);
        r.text(QStringLiteral("kind"), e.kind, ObjectReader::Required);
        r.date(QStringLiteral("date"), e.date, ObjectReader::Required);
        r.clockTime(QStringLiteral("time"), e.time);
        r.text(QStringLiteral("note"), e.note);
        r.id(QStringLiteral("recordedByWorkerId"), e.recordedByWorkerId, ObjectReader::Optional, true);
        r.utcTime(QStringLiteral("createdAt"), createdAt);
        if (Status s = r.finish(); !s)
            return s;
        if (!isEventKindShape(e.kind))
            return fieldError(r.pathOf(QStringLiteral("kind")),
                              Exchange::tr("expected an event kind such as \"eh_plan\""));
        if (Status s = checkUnique(m_eventIds, e.id, r.pathOf(QStringLiteral("id"))); !s)
            return s;
        if (Status s = checkOwnership(r, e.familyId, e.involvementId, e.personId); !s)
            return s;
        if (Status s = checkRef(m_workerIds, e.recordedByWorkerId,
                                r.pathOf(QStringLiteral("recordedByWorkerId")), kNoWorker);
            !s)
            return s;
        m_doc.caseEvents.emplace_back(e, createdAt);
    }
    return Status::ok();
}

Status Parser::deadlineExtensions(const QJsonArray& items) {
    for (int i = 0; i < items.size(); ++i) {
        const QString path = elementPath(QStringLiteral("$.deadlineExtensions"), i);
        ObjectReader r(items.at(i), path);
        RecordedExtension x;
        QString grantedAt = m_now;
        r.id(QStringLiteral("id"), x.id, ObjectReader::Required);
        r.id(QStringLiteral("familyId"), x.familyId, ObjectReader::Required);
        r.id(QStringLiteral("involvementId"), x.involvementId, ObjectReader::Optional, true);
        r.id(QStringLiteral("personId"), x.personId, ObjectReader::Optional, true);
        r.text(QStringLiteral("ruleId"), x.ruleId, ObjectReader::Required);
        r.date(QStringLiteral("originalDue"), x.originalDue, ObjectReader::Required);
        r.date(QStringLiteral("newDue"), x.newDue, ObjectReader::Required);
        r.clockTime(QStringLiteral("newDueTime"), x.newDueTime);
        r.text(QStringLiteral("reason"), x.reason, ObjectReader::Required);
        r.id(QStringLiteral("grantedByWorkerId"), x.grantedByWorkerId, ObjectReader::Required);
        r.utcTime(QStringLiteral("grantedAt"), grantedAt);
        if (Status s = r.finish(); !s)
            return s;
        if (x.ruleId.trimmed().isEmpty())
            return fieldError(r.pathOf(QStringLiteral("ruleId")),
                              Exchange::tr("an extension needs a rule id"));
        if (x.reason.trimmed().isEmpty())
            return fieldError(r.pathOf(QStringLiteral("reason")),
                              Exchange::tr("an extension needs a reason"));
        if (x.newDue <= x.originalDue)
            return fieldError(r.pathOf(QStringLiteral("newDue")),
                              Exchange::tr("the new due date must be later than originalDue"));
        if (Status s = checkUnique(m_extensionIds, x.id, r.pathOf(QStringLiteral("id"))); !s)
            return s;
        if (Status s = checkOwnership(r, x.familyId, x.involvementId, x.personId); !s)
            return s;
        // The grantor's role is not checked: it was checked when the extension was granted, and a
        // manager who has since changed role must not make the history unimportable.
        if (Status s = checkRef(m_workerIds, x.grantedByWorkerId,
                                r.pathOf(QStringLiteral("grantedByWorkerId")), kNoWorker);
            !s)
            return s;
        m_doc.deadlineExtensions.emplace_back(x, grantedAt);
    }
    return Status::ok();
}

Status Parser::drafts(const QJsonArray& items) {
    QSet<QString> keys;
    for (int i = 0; i < items.size(); ++i) {
        const QString path = elementPath(QStringLiteral("$.drafts"), i);
        ObjectReader r(items.at(i), path);
        ImportedDraft d;
        d.updatedAt = m_now;
        r.text(QStringLiteral("key"), d.key, ObjectReader::Required);
        r.id(QStringLiteral("familyId"), d.familyId, ObjectReader::Optional, true);
        r.text(QStringLiteral("content"), d.content, ObjectReader::Required);
        r.utcTime(QStringLiteral("updatedAt"), d.updatedAt);
        if (Status s = r.finish(); !s)
            return s;
        const QString keyPath = r.pathOf(QStringLiteral("key"));
        if (d.key.isEmpty())
            return fieldError(keyPath, Exchange::tr("a draft needs a key"));
        if (keys.contains(d.key))
            return fieldError(keyPath, Exchange::tr("an earlier draft has the same key"));
        keys.insert(d.key);
        // Drafts can outlive their family (family_id may be NULL), so the target may hold some.
        auto existing =
            m_db.run(QStringLiteral("SELECT 1 FROM drafts WHERE key = ?"), {d.key}, "checking drafts");
        if (!existing)
            return existing.status();
        if (QSqlQuery q = std::move(existing).value(); q.next())
            return fieldError(keyPath, Exchange::tr("the database already has a draft with this key"));
        if (Status s = checkRef(m_familyIds, d.familyId, r.pathOf(QStringLiteral("familyId")), kNoFamily); !s)
            return s;
        m_doc.drafts.push_back(d);
    }
    return Status::ok();
}

} // namespace

Status parseDocument(Database& db, const QByteArray& json, Document& doc) {
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Status::failure(Exchange::tr("The file is not valid JSON: %1 (at offset %2).")
                                   .arg(error.errorString())
                                   .arg(error.offset));
    if (!parsed.isObject())
        return fieldError(QStringLiteral("$"), Exchange::tr("expected an object"));

    ObjectReader root(parsed.object(), QStringLiteral("$"));
    // Identify the file before anything else, so another kind of JSON gets one clear message
    // instead of a complaint about its first unknown field.
    QString format;
    root.text(QStringLiteral("format"), format, ObjectReader::Required);
    if (!root.isOk())
        return root.status();
    if (format != formatName())
        return fieldError(root.pathOf(QStringLiteral("format")),
                          Exchange::tr("this is not a Waymark export (expected \"%1\")").arg(formatName()));
    qint64 version = 0;
    root.integer(QStringLiteral("formatVersion"), version, ObjectReader::Required);
    if (!root.isOk())
        return root.status();
    if (version < kOldestFormatVersion || version > kFormatVersion)
        return fieldError(
            root.pathOf(QStringLiteral("formatVersion")),
            Exchange::tr("this Waymark reads versions %1 to %2 of the export format, not version %3")
                .arg(kOldestFormatVersion)
                .arg(kFormatVersion)
                .arg(version));

    // The schema version and export time are informative: the format version decides how the
    // file reads. They are still checked, so a damaged header does not pass unnoticed.
    qint64 schemaVersion = 0;
    QString exportedAt;
    root.integer(QStringLiteral("schemaVersion"), schemaVersion);
    root.utcTime(QStringLiteral("exportedAt"), exportedAt);
    root.boolean(QStringLiteral("demo"), doc.demo);
    QJsonArray workers, people, families, involvements, caseNotes, caseEvents, deadlineExtensions, drafts;
    root.array(QStringLiteral("workers"), workers);
    root.array(QStringLiteral("people"), people);
    root.array(QStringLiteral("families"), families);
    root.array(QStringLiteral("involvements"), involvements);
    root.array(QStringLiteral("caseNotes"), caseNotes);
    root.array(QStringLiteral("caseEvents"), caseEvents);
    root.array(QStringLiteral("deadlineExtensions"), deadlineExtensions);
    root.array(QStringLiteral("drafts"), drafts);
    LiftArrays lift;
    readLiftArrays(root, parsed.object(), lift);
    EhIntakeArrays ehIntake;
    readEhIntakeArrays(root, ehIntake);
    EhContactArrays ehContact;
    readEhContactArrays(root, ehContact);
    EhFormArrays ehForms;
    readEhFormArrays(root, ehForms);
    DocumentArrays folder;
    readDocumentArrays(root, folder);
    if (Status s = root.finish(); !s)
        return s;

    Parser parser(db, doc);
    const std::pair<Status (Parser::*)(const QJsonArray&), const QJsonArray*> sections[] = {
        {&Parser::workers, &workers},
        {&Parser::people, &people},
        {&Parser::families, &families},
        {&Parser::involvements, &involvements},
        {&Parser::caseNotes, &caseNotes},
        {&Parser::caseEvents, &caseEvents},
        {&Parser::deadlineExtensions, &deadlineExtensions},
        {&Parser::drafts, &drafts},
    };
    for (const auto& [parse, items] : sections) {
        if (Status s = (parser.*parse)(*items); !s)
            return s;
    }
    if (Status s = parseLift(db, lift, doc); !s)
        return s;
    if (Status s = parseEhIntake(db, ehIntake, doc); !s)
        return s;
    if (Status s = parseEhContact(db, ehContact, doc); !s)
        return s;
    if (Status s = parseEhForms(db, ehForms, doc); !s)
        return s;
    return parseDocuments(db, folder, doc);
}

} // namespace waymark::exchange
