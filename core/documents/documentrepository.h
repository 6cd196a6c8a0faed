#pragma once

#include "documents/document.h"
#include "util/result.h"

#include <vector>

namespace waymark {

class Database;

// The family folder: documents filed against a family, one of its members or one of its
// involvements, stored (bytes included) in the encrypted database. Every write checks the access
// policy and lands in the audit trail; adding, opening, printing and removing also write the
// folder's own history (document_events), which the family's chronology shows.
class DocumentRepository {
public:
    explicit DocumentRepository(Database& db)
        : m_db(db) {}

    // Validates (title, type, size, that the person and involvement belong to the family) and
    // files the document with its bytes and an "added" line (or "printed", for a Waymark
    // printout) in one transaction. Returns the new id.
    Result<qint64> attach(const NewDocument& document);
    // Title, type, date, person and involvement; the file itself never changes.
    Status updateDetails(const Document& document);

    Result<Document> get(qint64 id) const;
    // Newest first. Removed documents come back too (with isRemoved()) when asked for.
    std::vector<Document> forFamily(qint64 familyId, bool includeRemoved = false) const;
    std::vector<Document> forReferralDraft(qint64 draftId) const;

    // The stored bytes, checked against the digest taken when they were filed.
    Result<QByteArray> content(qint64 id) const;
    // Someone opened the document (a preview inside Waymark or the system's viewer): the
    // chronology and the audit trail say who and when. `how` is shown with it.
    Status recordOpened(qint64 id, const QString& how);
    // Deletes the bytes and the searchable text; keeps what was removed, by whom and why.
    Status remove(qint64 id, const QString& reason);

    std::vector<DocumentEvent> eventsForFamily(qint64 familyId) const;

    // A completed referral email's attachments join the new family's folder.
    Status moveDraftDocumentsToFamily(qint64 draftId, qint64 familyId, qint64 involvementId);

private:
    Status addEvent(qint64 documentId, qint64 familyId, const char* action, const QString& note);
    Status checkLinks(qint64 familyId, qint64 personId, qint64 involvementId) const;
    Database& m_db;
};

// Checks a new document before anything is written; empty when it may be filed.
QStringList validateNewDocument(const NewDocument& document);

} // namespace waymark
