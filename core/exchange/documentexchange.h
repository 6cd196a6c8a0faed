#pragma once

#include "documents/document.h"
#include "exchange/jsonreader.h"

#include <QJsonArray>
#include <QJsonObject>

#include <vector>

namespace waymark {
class Database;
}

namespace waymark::exchange {

struct Document;

// The family folder in the JSON export (docs/export-format.md): "documents" (every document,
// removed ones included, with its bytes in base64 and the SHA-256 taken when it was filed),
// "documentEvents" (the folder's history) and "referralDrafts" (referral emails waiting to be
// completed). Optional on import: older files have none. On import the bytes must decode, match
// their size and their digest, so a document arrives exactly as it left or not at all.

struct FolderDocument {
    struct Draft {
        qint64 id = 0;
        QString status, senderName, senderAddress, sentAt, subject, body, messageId, sourceFile, importedAt,
            importedBy, completedAt, completedBy, decisionNote;
        qint64 familyId = 0, involvementId = 0;
    };
    struct Stored {
        waymark::Document document;
        QString contentText;
        QByteArray bytes;           // empty for a removed document
        QString addedAt, removedAt; // as written
    };
    struct Event {
        DocumentEvent event;
        QString at; // as written
    };
    std::vector<Draft> drafts;
    std::vector<Stored> documents;
    std::vector<Event> events;
};

Status exportDocuments(Database& db, QJsonObject& root);

struct DocumentArrays {
    QJsonArray drafts, documents, events;
};
void readDocumentArrays(ObjectReader& root, DocumentArrays& out);
Status parseDocuments(Database& db, const DocumentArrays& arrays, Document& doc);
// Writes them with their ids, inside the import's transaction.
Status writeDocuments(Database& db, const FolderDocument& records);

} // namespace waymark::exchange
