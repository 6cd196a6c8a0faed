#include "documents/documentrepository.h"

#include "access/accesspolicy.h"
#include "audit/auditlog.h"
#include "documents/documenttypes.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "util/trcontext.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QSqlQuery>

namespace waymark {

namespace {

const char* const kColumns =
    "id, family_id, person_id, involvement_id, referral_draft_id, title, doc_type, doc_date, file_name, "
    "media_type, byte_size, sha256, source, added_at, added_by, removed_at, removed_by, removal_reason";

Document readDocument(const QSqlQuery& q) {
    Document d;
    d.id = q.value(0).toLongLong();
    d.familyId = q.value(1).toLongLong();
    d.personId = q.value(2).toLongLong();
    d.involvementId = q.value(3).toLongLong();
    d.referralDraftId = q.value(4).toLongLong();
    d.title = q.value(5).toString();
    d.type = q.value(6).toString();
    d.date = dateFromText(q.value(7).toString());
    d.fileName = q.value(8).toString();
    d.mediaType = q.value(9).toString();
    d.byteSize = q.value(10).toLongLong();
    d.sha256 = q.value(11).toString();
    d.source = q.value(12).toString();
    d.addedAt = utcFromText(q.value(13).toString());
    d.addedBy = q.value(14).toString();
    d.removedAt = utcFromText(q.value(15).toString());
    d.removedBy = q.value(16).toString();
    d.removalReason = q.value(17).toString();
    return d;
}

QString whoIsSignedIn(const Database& db) {
    const Account* account = db.account();
    return account ? account->displayName : QString();
}

std::vector<Document> readAll(const Database& db, const QString& where, const QVariantList& bindings) {
    auto q = db.run(QStringLiteral("SELECT %1 FROM documents WHERE %2 ORDER BY added_at DESC, id DESC")
                        .arg(QLatin1String(kColumns), where),
                    bindings, "reading the family folder");
    std::vector<Document> out;
    if (!q)
        return out;
    QSqlQuery query = std::move(q).value();
    while (query.next())
        out.push_back(readDocument(query));
    return out;
}

} // namespace

QStringList validateNewDocument(const NewDocument& d) {
    QStringList issues;
    if (d.title.trimmed().isEmpty())
        issues << Documents::tr("title: give the document a title.");
    if (!documents::types().contains(d.type))
        issues << Documents::tr("type: \"%1\" is not a document type.").arg(d.type);
    if (d.fileName.trimmed().isEmpty())
        issues << Documents::tr("file name: missing.");
    if (d.bytes.isEmpty())
        issues << Documents::tr("file: it is empty (0 bytes); there is nothing to file.");
    if (d.bytes.size() > documents::maxDocumentBytes)
        issues << Documents::tr("file: it is %1; the largest document Waymark keeps is %2.")
                      .arg(documents::sizeText(d.bytes.size()),
                           documents::sizeText(documents::maxDocumentBytes));
    if (d.familyId == 0 && d.referralDraftId == 0)
        issues << Documents::tr("family: a document belongs to a family.");
    if (d.date.isValid() && d.date.year() < 1900)
        issues << Documents::tr("date: %1 is not a plausible date.").arg(d.date.toString(Qt::ISODate));
    return issues;
}

Status DocumentRepository::checkLinks(qint64 familyId, qint64 personId, qint64 involvementId) const {
    if (personId != 0) {
        auto q =
            m_db.run(QStringLiteral("SELECT 1 FROM family_members WHERE family_id = ? AND person_id = ?"),
                     {familyId, personId}, "checking the document's person");
        if (!q)
            return q.status();
        QSqlQuery found = std::move(q).value();
        if (!found.next())
            return Status::failure(
                Documents::tr("person: person %1 is not a member of this family.").arg(personId));
    }
    if (involvementId != 0) {
        auto q = m_db.run(QStringLiteral("SELECT 1 FROM involvements WHERE id = ? AND family_id = ?"),
                          {involvementId, familyId}, "checking the document's involvement");
        if (!q)
            return q.status();
        QSqlQuery found = std::move(q).value();
        if (!found.next())
            return Status::failure(
                Documents::tr("involvement: involvement %1 is not this family's.").arg(involvementId));
    }
    return Status::ok();
}

Status DocumentRepository::addEvent(qint64 documentId, qint64 familyId, const char* action,
                                    const QString& note) {
    if (familyId == 0)
        return Status::ok(); // a referral email's attachment: no family chronology yet
    auto id = m_db.insert(QStringLiteral("document_events"),
                          {{QStringLiteral("document_id"), documentId},
                           {QStringLiteral("family_id"), familyId},
                           {QStringLiteral("action"), QString::fromLatin1(action)},
                           {QStringLiteral("at"), m_db.nowText()},
                           {QStringLiteral("by_name"), whoIsSignedIn(m_db)},
                           {QStringLiteral("note"), note.isNull() ? QStringLiteral("") : note}},
                          "recording the folder's history");
    return id.status();
}

Result<qint64> DocumentRepository::attach(const NewDocument& d) {
    if (const QStringList issues = validateNewDocument(d); !issues.isEmpty())
        return Status::failure(issues.join(QLatin1Char('\n')));
    if (Status s = access::requireWrite(m_db, d.familyId); !s)
        return s;
    Transaction tx(m_db);
    if (d.familyId != 0)
        if (Status s = checkLinks(d.familyId, d.personId, d.involvementId); !s)
            return s;
    const QString source = d.source.isEmpty() ? QString::fromLatin1(documents::sourceAdded) : d.source;
    auto id = m_db.insert(
        QStringLiteral("documents"),
        {{QStringLiteral("family_id"), nullableId(d.familyId)},
         {QStringLiteral("person_id"), nullableId(d.personId)},
         {QStringLiteral("involvement_id"), nullableId(d.involvementId)},
         {QStringLiteral("referral_draft_id"), nullableId(d.referralDraftId)},
         {QStringLiteral("title"), d.title.trimmed()},
         {QStringLiteral("doc_type"), d.type},
         {QStringLiteral("doc_date"), nullableText(dateToText(d.date))},
         {QStringLiteral("file_name"), d.fileName},
         {QStringLiteral("media_type"),
          d.mediaType.isEmpty() ? documents::guessMediaType(d.fileName, d.bytes) : d.mediaType},
         {QStringLiteral("byte_size"), qint64(d.bytes.size())},
         {QStringLiteral("sha256"),
          QString::fromLatin1(QCryptographicHash::hash(d.bytes, QCryptographicHash::Sha256).toHex())},
         {QStringLiteral("source"), source},
         {QStringLiteral("content_text"), d.text.isNull() ? QStringLiteral("") : d.text},
         {QStringLiteral("added_at"), m_db.nowText()},
         {QStringLiteral("added_by"), whoIsSignedIn(m_db)}},
        "filing the document");
    if (!id)
        return id.status();
    auto bytes = m_db.insert(QStringLiteral("document_contents"),
                             {{QStringLiteral("document_id"), *id}, {QStringLiteral("bytes"), d.bytes}},
                             "filing the document");
    if (!bytes)
        return bytes.status();
    const bool printed = source == QLatin1String(documents::sourcePrinted);
    if (Status s =
            addEvent(*id, d.familyId, printed ? documents::actionPrinted : documents::actionAdded, QString());
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    return *id;
}

Status DocumentRepository::updateDetails(const Document& d) {
    auto stored = get(d.id);
    if (!stored)
        return stored.status();
    if (stored->isRemoved())
        return Status::failure(Documents::tr("This document was removed; its details cannot change."));
    if (Status s = access::requireWrite(m_db, stored->familyId); !s)
        return s;
    if (d.title.trimmed().isEmpty())
        return Status::failure(Documents::tr("title: give the document a title."));
    if (!documents::types().contains(d.type))
        return Status::failure(Documents::tr("type: \"%1\" is not a document type.").arg(d.type));
    Transaction tx(m_db);
    if (stored->familyId != 0)
        if (Status s = checkLinks(stored->familyId, d.personId, d.involvementId); !s)
            return s;
    if (Status s = m_db.update(QStringLiteral("documents"), d.id,
                               {{QStringLiteral("title"), d.title.trimmed()},
                                {QStringLiteral("doc_type"), d.type},
                                {QStringLiteral("doc_date"), nullableText(dateToText(d.date))},
                                {QStringLiteral("person_id"), nullableId(d.personId)},
                                {QStringLiteral("involvement_id"), nullableId(d.involvementId)}},
                               "changing the document's details");
        !s)
        return s;
    return tx.commit();
}

Result<Document> DocumentRepository::get(qint64 id) const {
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM documents WHERE id = ?").arg(QLatin1String(kColumns)),
                      {id}, "reading a document");
    if (!q)
        return q.status();
    QSqlQuery query = std::move(q).value();
    if (!query.next())
        return Status::failure(Documents::tr("There is no document %1.").arg(id));
    Document d = readDocument(query);
    if (d.familyId != 0)
        if (Status s = access::requireFamily(m_db, d.familyId); !s)
            return s;
    return d;
}

std::vector<Document> DocumentRepository::forFamily(qint64 familyId, bool includeRemoved) const {
    if (!access::canSeeFamily(m_db, familyId))
        return {};
    return readAll(m_db,
                   includeRemoved ? QStringLiteral("family_id = ?")
                                  : QStringLiteral("family_id = ? AND removed_at IS NULL"),
                   {familyId});
}

std::vector<Document> DocumentRepository::forReferralDraft(qint64 draftId) const {
    return readAll(m_db, QStringLiteral("referral_draft_id = ? AND removed_at IS NULL"), {draftId});
}

Result<QByteArray> DocumentRepository::content(qint64 id) const {
    auto d = get(id);
    if (!d)
        return d.status();
    if (d->isRemoved())
        return Status::failure(Documents::tr("\"%1\" was removed on %2 by %3; its file is no longer kept.")
                                   .arg(d->title,
                                        d->removedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy")),
                                        d->removedBy));
    auto q = m_db.run(QStringLiteral("SELECT bytes FROM document_contents WHERE document_id = ?"), {id},
                      "reading a document's file");
    if (!q)
        return q.status();
    QSqlQuery query = std::move(q).value();
    if (!query.next())
        return Status::failure(
            Documents::tr("The file of document %1 is missing from the database.").arg(id));
    QByteArray bytes = query.value(0).toByteArray();
    const QString digest =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    if (digest != d->sha256)
        return Status::failure(
            Documents::tr("The file of document %1 does not match the digest taken when it was filed.")
                .arg(id));
    return bytes;
}

Status DocumentRepository::recordOpened(qint64 id, const QString& how) {
    auto d = get(id);
    if (!d)
        return d.status();
    Transaction tx(m_db);
    if (Status s = addEvent(id, d->familyId, documents::actionOpened, how); !s)
        return s;
    if (Status s = audit::record(m_db, QLatin1String(audit::view), QStringLiteral("documents"), id,
                                 d->familyId, QJsonObject{{QStringLiteral("how"), how}});
        !s)
        return s;
    return tx.commit();
}

Status DocumentRepository::remove(qint64 id, const QString& reason) {
    auto d = get(id);
    if (!d)
        return d.status();
    if (d->isRemoved())
        return Status::failure(Documents::tr("\"%1\" has already been removed.").arg(d->title));
    if (reason.trimmed().isEmpty())
        return Status::failure(
            Documents::tr("reason: say why the document is being removed; the record keeps it."));
    if (Status s = access::requireWrite(m_db, d->familyId); !s)
        return s;
    Transaction tx(m_db);
    if (Status s = m_db.update(QStringLiteral("documents"), id,
                               {{QStringLiteral("removed_at"), m_db.nowText()},
                                {QStringLiteral("removed_by"), whoIsSignedIn(m_db)},
                                {QStringLiteral("removal_reason"), reason.trimmed()},
                                {QStringLiteral("content_text"), QStringLiteral("")}},
                               "removing the document");
        !s)
        return s;
    auto gone = m_db.run(QStringLiteral("DELETE FROM document_contents WHERE document_id = ?"), {id},
                         "removing the document");
    if (!gone)
        return gone.status();
    if (Status s = addEvent(id, d->familyId, documents::actionRemoved, reason.trimmed()); !s)
        return s;
    return tx.commit();
}

std::vector<DocumentEvent> DocumentRepository::eventsForFamily(qint64 familyId) const {
    std::vector<DocumentEvent> out;
    if (!access::canSeeFamily(m_db, familyId))
        return out;
    auto q =
        m_db.run(QStringLiteral("SELECT e.id, e.document_id, e.family_id, e.action, e.at, e.by_name, e.note, "
                                "d.title FROM document_events e JOIN documents d ON d.id = e.document_id "
                                "WHERE e.family_id = ? ORDER BY e.at, e.id"),
                 {familyId}, "reading the folder's history");
    if (!q)
        return out;
    QSqlQuery query = std::move(q).value();
    while (query.next()) {
        DocumentEvent e;
        e.id = query.value(0).toLongLong();
        e.documentId = query.value(1).toLongLong();
        e.familyId = query.value(2).toLongLong();
        e.action = query.value(3).toString();
        e.at = utcFromText(query.value(4).toString());
        e.byName = query.value(5).toString();
        e.note = query.value(6).toString();
        e.documentTitle = query.value(7).toString();
        out.push_back(e);
    }
    return out;
}

Status DocumentRepository::moveDraftDocumentsToFamily(qint64 draftId, qint64 familyId, qint64 involvementId) {
    if (Status s = access::requireWrite(m_db, familyId); !s)
        return s;
    Transaction tx(m_db);
    if (Status s = checkLinks(familyId, 0, involvementId); !s)
        return s;
    for (const Document& d : forReferralDraft(draftId)) {
        if (Status s = m_db.update(QStringLiteral("documents"), d.id,
                                   {{QStringLiteral("family_id"), familyId},
                                    {QStringLiteral("involvement_id"), nullableId(involvementId)}},
                                   "filing the referral's attachments");
            !s)
            return s;
        if (Status s = addEvent(d.id, familyId, documents::actionAdded,
                                Documents::tr("attached to the referral email"));
            !s)
            return s;
    }
    return tx.commit();
}

} // namespace waymark
