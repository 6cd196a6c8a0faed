#include "exchange/documentexchange.h"

#include "documents/documenttypes.h"
#include "exchange/exportcolumns.h"
#include "exchange/importdocument.h"
#include "storage/database.h"
#include "util/trcontext.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace waymark::exchange {

namespace {

QJsonValue base64(const QSqlQuery& q, int i) {
    if (q.value(i).isNull())
        return QJsonValue::Null;
    return QString::fromLatin1(q.value(i).toByteArray().toBase64());
}

const char* const kNoFamily =
    QT_TRANSLATE_NOOP("waymark::Exchange", "there is no family with id %1 in this file");
const char* const kNoPerson =
    QT_TRANSLATE_NOOP("waymark::Exchange", "there is no person with id %1 in this file");
const char* const kNoInvolvement =
    QT_TRANSLATE_NOOP("waymark::Exchange", "there is no involvement with id %1 in this file");
const char* const kNoDraft =
    QT_TRANSLATE_NOOP("waymark::Exchange", "there is no referral email with id %1 in this file");
const char* const kNoDocument =
    QT_TRANSLATE_NOOP("waymark::Exchange", "there is no document with id %1 in this file");

bool oneOf(const QString& value, std::initializer_list<const char*> allowed) {
    for (const char* a : allowed)
        if (value == QLatin1String(a))
            return true;
    return false;
}

} // namespace

Status exportDocuments(Database& db, QJsonObject& root) {
    QJsonArray drafts, documents, events;
    if (Status s =
            eachRow(db,
                    QStringLiteral(
                        "SELECT id, status, sender_name, sender_address, sent_at, subject, body, message_id, "
                        "source_file, imported_at, imported_by, family_id, involvement_id, completed_at, "
                        "completed_by, decision_note FROM referral_drafts ORDER BY id"),
                    "exporting referral emails",
                    [&](const QSqlQuery& q) {
                        QJsonObject draft{
                            {QStringLiteral("id"), id(q, 0)},
                            {QStringLiteral("status"), text(q, 1)},
                            {QStringLiteral("senderName"), text(q, 2)},
                            {QStringLiteral("senderAddress"), text(q, 3)},

                            {QStringLiteral("subject"), text(q, 5)},
                            {QStringLiteral("body"), text(q, 6)},
                            {QStringLiteral("messageId"), text(q, 7)},
                            {QStringLiteral("sourceFile"), text(q, 8)},
                            {QStringLiteral("importedAt"), utc(q, 9)},
                            {QStringLiteral("importedBy"), text(q, 10)},
                            {QStringLiteral("familyId"), idOrNull(q, 11)},
                            {QStringLiteral("involvementId"), idOrNull(q, 12)},

                            {QStringLiteral("completedBy"), text(q, 14)},
                            {QStringLiteral("decisionNote"), text(q, 15)},
                        };
                        // Times that are not there yet are left out, as elsewhere in the format.
                        if (!q.value(4).isNull())
                            draft.insert(QStringLiteral("sentAt"), utc(q, 4));
                        if (!q.value(13).isNull())
                            draft.insert(QStringLiteral("completedAt"), utc(q, 13));
                        drafts.append(draft);
                    });
        !s)
        return s;
    if (Status s = eachRow(
            db,
            QStringLiteral(
                "SELECT d.id, d.family_id, d.person_id, d.involvement_id, d.referral_draft_id, d.title, "
                "d.doc_type, d.doc_date, d.file_name, d.media_type, d.byte_size, d.sha256, d.source, "
                "d.content_text, d.added_at, d.added_by, d.removed_at, d.removed_by, d.removal_reason, "
                "c.bytes FROM documents d LEFT JOIN document_contents c ON c.document_id = d.id "
                "ORDER BY d.id"),
            "exporting the family folders",
            [&](const QSqlQuery& q) {
                QJsonObject document{
                    {QStringLiteral("id"), id(q, 0)},
                    {QStringLiteral("familyId"), idOrNull(q, 1)},
                    {QStringLiteral("personId"), idOrNull(q, 2)},
                    {QStringLiteral("involvementId"), idOrNull(q, 3)},
                    {QStringLiteral("referralDraftId"), idOrNull(q, 4)},
                    {QStringLiteral("title"), text(q, 5)},
                    {QStringLiteral("type"), text(q, 6)},
                    {QStringLiteral("date"), dateOrNull(q, 7)},
                    {QStringLiteral("fileName"), text(q, 8)},
                    {QStringLiteral("mediaType"), text(q, 9)},
                    {QStringLiteral("byteSize"), number(q, 10)},
                    {QStringLiteral("sha256"), text(q, 11)},
                    {QStringLiteral("source"), text(q, 12)},
                    {QStringLiteral("contentText"), text(q, 13)},
                    {QStringLiteral("addedAt"), utc(q, 14)},
                    {QStringLiteral("addedBy"), text(q, 15)},

                    {QStringLiteral("removedBy"), text(q, 17)},
                    {QStringLiteral("removalReason"), text(q, 18)},
                };
                if (!q.value(19).isNull())
                    document.insert(QStringLiteral("content"), base64(q, 19));
                if (!q.value(16).isNull())
                    document.insert(QStringLiteral("removedAt"), utc(q, 16));
                documents.append(document);
            });
        !s)
        return s;
    if (Status s = eachRow(db,
                           QStringLiteral("SELECT id, document_id, family_id, action, at, by_name, note FROM "
                                          "document_events ORDER BY id"),
                           "exporting the family folders",
                           [&](const QSqlQuery& q) {
                               events.append(QJsonObject{
                                   {QStringLiteral("id"), id(q, 0)},
                                   {QStringLiteral("documentId"), id(q, 1)},
                                   {QStringLiteral("familyId"), idOrNull(q, 2)},
                                   {QStringLiteral("action"), text(q, 3)},
                                   {QStringLiteral("at"), utc(q, 4)},
                                   {QStringLiteral("byName"), text(q, 5)},
                                   {QStringLiteral("note"), text(q, 6)},
                               });
                           });
        !s)
        return s;
    root.insert(QStringLiteral("referralDrafts"), drafts);
    root.insert(QStringLiteral("documents"), documents);
    root.insert(QStringLiteral("documentEvents"), events);
    return Status::ok();
}

void readDocumentArrays(ObjectReader& root, DocumentArrays& out) {
    root.array(QStringLiteral("referralDrafts"), out.drafts);
    root.array(QStringLiteral("documents"), out.documents);
    root.array(QStringLiteral("documentEvents"), out.events);
}

Status parseDocuments(Database& db, const DocumentArrays& arrays, Document& doc) {
    const QString now = db.nowText();
    QSet<qint64> people, families, involvements;
    for (const auto& [p, stamps] : doc.people)
        people.insert(p.id);
    for (const auto& [f, stamps] : doc.families)
        families.insert(f.id);
    for (const auto& [inv, stamps] : doc.involvements)
        involvements.insert(inv.id);

    QSet<qint64> draftIds;
    for (int i = 0; i < arrays.drafts.size(); ++i) {
        ObjectReader r(arrays.drafts.at(i), elementPath(QStringLiteral("$.referralDrafts"), i));
        FolderDocument::Draft d;
        d.importedAt = now;
        r.id(QStringLiteral("id"), d.id, ObjectReader::Required);
        r.text(QStringLiteral("status"), d.status, ObjectReader::Required);
        r.text(QStringLiteral("senderName"), d.senderName);
        r.text(QStringLiteral("senderAddress"), d.senderAddress);
        r.utcTime(QStringLiteral("sentAt"), d.sentAt);
        r.text(QStringLiteral("subject"), d.subject);
        r.text(QStringLiteral("body"), d.body);
        r.text(QStringLiteral("messageId"), d.messageId);
        r.text(QStringLiteral("sourceFile"), d.sourceFile);
        r.utcTime(QStringLiteral("importedAt"), d.importedAt, ObjectReader::Required);
        r.text(QStringLiteral("importedBy"), d.importedBy);
        r.id(QStringLiteral("familyId"), d.familyId, ObjectReader::Optional, true);
        r.id(QStringLiteral("involvementId"), d.involvementId, ObjectReader::Optional, true);
        r.utcTime(QStringLiteral("completedAt"), d.completedAt);
        r.text(QStringLiteral("completedBy"), d.completedBy);
        r.text(QStringLiteral("decisionNote"), d.decisionNote);
        if (Status s = r.finish(); !s)
            return s;
        if (!oneOf(d.status, {"draft", "completed", "discarded"}))
            return fieldError(r.pathOf(QStringLiteral("status")),
                              Exchange::tr("\"%1\" is not draft, completed or discarded").arg(d.status));
        if (Status s = unique(draftIds, d.id, r.pathOf(QStringLiteral("id"))); !s)
            return s;
        if (Status s = ref(families, d.familyId, r.pathOf(QStringLiteral("familyId")), kNoFamily); !s)
            return s;
        if (Status s =
                ref(involvements, d.involvementId, r.pathOf(QStringLiteral("involvementId")), kNoInvolvement);
            !s)
            return s;
        doc.folder.drafts.push_back(d);
    }

    QSet<qint64> documentIds;
    for (int i = 0; i < arrays.documents.size(); ++i) {
        ObjectReader r(arrays.documents.at(i), elementPath(QStringLiteral("$.documents"), i));
        FolderDocument::Stored x;
        waymark::Document& d = x.document;
        qint64 byteSize = 0;
        QString content;
        r.id(QStringLiteral("id"), d.id, ObjectReader::Required);
        r.id(QStringLiteral("familyId"), d.familyId, ObjectReader::Optional, true);
        r.id(QStringLiteral("personId"), d.personId, ObjectReader::Optional, true);
        r.id(QStringLiteral("involvementId"), d.involvementId, ObjectReader::Optional, true);
        r.id(QStringLiteral("referralDraftId"), d.referralDraftId, ObjectReader::Optional, true);
        r.text(QStringLiteral("title"), d.title, ObjectReader::Required);
        r.text(QStringLiteral("type"), d.type, ObjectReader::Required);
        r.date(QStringLiteral("date"), d.date);
        r.text(QStringLiteral("fileName"), d.fileName, ObjectReader::Required);
        r.text(QStringLiteral("mediaType"), d.mediaType, ObjectReader::Required);
        r.integer(QStringLiteral("byteSize"), byteSize, ObjectReader::Required);
        r.text(QStringLiteral("sha256"), d.sha256, ObjectReader::Required);
        r.text(QStringLiteral("source"), d.source, ObjectReader::Required);
        r.text(QStringLiteral("contentText"), x.contentText);
        r.utcTime(QStringLiteral("addedAt"), x.addedAt, ObjectReader::Required);
        r.text(QStringLiteral("addedBy"), d.addedBy);
        r.utcTime(QStringLiteral("removedAt"), x.removedAt);
        r.text(QStringLiteral("removedBy"), d.removedBy);
        r.text(QStringLiteral("removalReason"), d.removalReason);
        r.text(QStringLiteral("content"), content);
        if (Status s = r.finish(); !s)
            return s;
        d.byteSize = byteSize;
        if (Status s = unique(documentIds, d.id, r.pathOf(QStringLiteral("id"))); !s)
            return s;
        if (d.title.trimmed().isEmpty())
            return fieldError(r.pathOf(QStringLiteral("title")), Exchange::tr("a document needs a title"));
        if (!documents::types().contains(d.type))
            return fieldError(r.pathOf(QStringLiteral("type")),
                              Exchange::tr("\"%1\" is not a document type").arg(d.type));
        if (!oneOf(d.source, {documents::sourceAdded, documents::sourcePrinted, documents::sourceFolder,
                              documents::sourceEmail}))
            return fieldError(r.pathOf(QStringLiteral("source")),
                              Exchange::tr("\"%1\" is not a document source").arg(d.source));
        if (d.familyId == 0 && d.referralDraftId == 0)
            return fieldError(r.pathOf(QStringLiteral("familyId")),
                              Exchange::tr("a document belongs to a family or to a referral email"));
        if (Status s = ref(families, d.familyId, r.pathOf(QStringLiteral("familyId")), kNoFamily); !s)
            return s;
        if (Status s = ref(people, d.personId, r.pathOf(QStringLiteral("personId")), kNoPerson); !s)
            return s;
        if (Status s =
                ref(involvements, d.involvementId, r.pathOf(QStringLiteral("involvementId")), kNoInvolvement);
            !s)
            return s;
        if (Status s =
                ref(draftIds, d.referralDraftId, r.pathOf(QStringLiteral("referralDraftId")), kNoDraft);
            !s)
            return s;
        const QString contentPath = r.pathOf(QStringLiteral("content"));
        if (!x.removedAt.isEmpty()) {
            if (!content.isEmpty())
                return fieldError(contentPath, Exchange::tr("a removed document keeps no file"));
        } else {
            auto decoded =
                QByteArray::fromBase64Encoding(content.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded || content.isEmpty())
                return fieldError(contentPath, Exchange::tr("the file is missing or not valid base64"));
            x.bytes = *decoded;
            if (x.bytes.size() != d.byteSize)
                return fieldError(contentPath,
                                  Exchange::tr("the file has %1 bytes, not the %2 its byteSize says")
                                      .arg(x.bytes.size())
                                      .arg(d.byteSize));
            const QString digest =
                QString::fromLatin1(QCryptographicHash::hash(x.bytes, QCryptographicHash::Sha256).toHex());
            if (digest != d.sha256)
                return fieldError(
                    contentPath, Exchange::tr("the file does not match its sha256: it changed after export"));
        }
        doc.folder.documents.push_back(std::move(x));
    }

    QSet<qint64> eventIds;
    for (int i = 0; i < arrays.events.size(); ++i) {
        ObjectReader r(arrays.events.at(i), elementPath(QStringLiteral("$.documentEvents"), i));
        FolderDocument::Event x;
        DocumentEvent& e = x.event;
        r.id(QStringLiteral("id"), e.id, ObjectReader::Required);
        r.id(QStringLiteral("documentId"), e.documentId, ObjectReader::Required);
        r.id(QStringLiteral("familyId"), e.familyId, ObjectReader::Optional, true);
        r.text(QStringLiteral("action"), e.action, ObjectReader::Required);
        r.utcTime(QStringLiteral("at"), x.at, ObjectReader::Required);
        r.text(QStringLiteral("byName"), e.byName);
        r.text(QStringLiteral("note"), e.note);
        if (Status s = r.finish(); !s)
            return s;
        if (Status s = unique(eventIds, e.id, r.pathOf(QStringLiteral("id"))); !s)
            return s;
        if (!oneOf(e.action, {documents::actionAdded, documents::actionOpened, documents::actionPrinted,
                              documents::actionRemoved}))
            return fieldError(r.pathOf(QStringLiteral("action")),
                              Exchange::tr("\"%1\" is not added, opened, printed or removed").arg(e.action));
        if (Status s = ref(documentIds, e.documentId, r.pathOf(QStringLiteral("documentId")), kNoDocument);
            !s)
            return s;
        if (Status s = ref(families, e.familyId, r.pathOf(QStringLiteral("familyId")), kNoFamily); !s)
            return s;
        doc.folder.events.push_back(x);
    }
    return Status::ok();
}

Status writeDocuments(Database& db, const FolderDocument& records) {
    auto insert = [&db](const char* table, const std::vector<std::pair<QString, QVariant>>& columns) {
        auto done = db.insert(QLatin1String(table), columns, "importing the family folders");
        return done ? Status::ok() : done.status();
    };
    auto orEmpty = [](const QString& s) {
        return s.isNull() ? QStringLiteral("") : s;
    };
    for (const FolderDocument::Draft& d : records.drafts)
        if (Status s =
                insert("referral_drafts", {{QStringLiteral("id"), d.id},
                                           {QStringLiteral("status"), d.status},
                                           {QStringLiteral("sender_name"), orEmpty(d.senderName)},
                                           {QStringLiteral("sender_address"), orEmpty(d.senderAddress)},
                                           {QStringLiteral("sent_at"), nullableText(d.sentAt)},
                                           {QStringLiteral("subject"), orEmpty(d.subject)},
                                           {QStringLiteral("body"), orEmpty(d.body)},
                                           {QStringLiteral("message_id"), orEmpty(d.messageId)},
                                           {QStringLiteral("source_file"), orEmpty(d.sourceFile)},
                                           {QStringLiteral("imported_at"), d.importedAt},
                                           {QStringLiteral("imported_by"), orEmpty(d.importedBy)},
                                           {QStringLiteral("family_id"), nullableId(d.familyId)},
                                           {QStringLiteral("involvement_id"), nullableId(d.involvementId)},
                                           {QStringLiteral("completed_at"), nullableText(d.completedAt)},
                                           {QStringLiteral("completed_by"), orEmpty(d.completedBy)},
                                           {QStringLiteral("decision_note"), orEmpty(d.decisionNote)}});
            !s)
            return s;
    for (const FolderDocument::Stored& x : records.documents) {
        const waymark::Document& d = x.document;
        if (Status s =
                insert("documents", {{QStringLiteral("id"), d.id},
                                     {QStringLiteral("family_id"), nullableId(d.familyId)},
                                     {QStringLiteral("person_id"), nullableId(d.personId)},
                                     {QStringLiteral("involvement_id"), nullableId(d.involvementId)},
                                     {QStringLiteral("referral_draft_id"), nullableId(d.referralDraftId)},
                                     {QStringLiteral("title"), d.title},
                                     {QStringLiteral("doc_type"), d.type},
                                     {QStringLiteral("doc_date"), nullableText(dateToText(d.date))},
                                     {QStringLiteral("file_name"), d.fileName},
                                     {QStringLiteral("media_type"), d.mediaType},
                                     {QStringLiteral("byte_size"), d.byteSize},
                                     {QStringLiteral("sha256"), d.sha256},
                                     {QStringLiteral("source"), d.source},
                                     {QStringLiteral("content_text"), orEmpty(x.contentText)},
                                     {QStringLiteral("added_at"), x.addedAt},
                                     {QStringLiteral("added_by"), orEmpty(d.addedBy)},
                                     {QStringLiteral("removed_at"), nullableText(x.removedAt)},
                                     {QStringLiteral("removed_by"), orEmpty(d.removedBy)},
                                     {QStringLiteral("removal_reason"), orEmpty(d.removalReason)}});
            !s)
            return s;
        if (x.removedAt.isEmpty())
            if (Status s = insert("document_contents", {{QStringLiteral("document_id"), d.id},
                                                        {QStringLiteral("bytes"), x.bytes}});
                !s)
                return s;
    }
    for (const FolderDocument::Event& x : records.events) {
        const DocumentEvent& e = x.event;
        if (Status s = insert("document_events", {{QStringLiteral("id"), e.id},
                                                  {QStringLiteral("document_id"), e.documentId},
                                                  {QStringLiteral("family_id"), nullableId(e.familyId)},
                                                  {QStringLiteral("action"), e.action},
                                                  {QStringLiteral("at"), x.at},
                                                  {QStringLiteral("by_name"), orEmpty(e.byName)},
                                                  {QStringLiteral("note"), orEmpty(e.note)}});
            !s)
            return s;
    }
    return Status::ok();
}

} // namespace waymark::exchange
