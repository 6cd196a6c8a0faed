#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace waymark {

// A file in a family's folder: a diary sheet, a signed agreement, a letter, a printout. The bytes
// are stored inside the encrypted database (document_contents), never beside it.
struct Document {
    qint64 id = 0;
    qint64 familyId = 0;      // 0 only while the document belongs to a referral email not yet completed
    qint64 personId = 0;      // the member it is about, or 0 for the whole family
    qint64 involvementId = 0; // the piece of work it belongs to, or 0
    qint64 referralDraftId = 0;
    QString title;
    QString type; // documents::types() code
    QDate date;   // the date the document bears (the meeting, the letter), not when it was added
    QString fileName;
    QString mediaType; // application/pdf, image/png, ...
    qint64 byteSize = 0;
    QString sha256;    // hex, of the bytes as stored
    QString source;    // documents::source*: added, printed, folder_import, email
    QDateTime addedAt; // UTC
    QString addedBy;   // display name of the account
    // Removal keeps this record and deletes the bytes: what was removed, by whom and why.
    QDateTime removedAt;
    QString removedBy;
    QString removalReason;

    bool isRemoved() const { return removedAt.isValid(); }
};

// What the caller supplies to file a document; the repository works out size, digest and who.
struct NewDocument {
    qint64 familyId = 0;
    qint64 personId = 0;
    qint64 involvementId = 0;
    qint64 referralDraftId = 0;
    QString title;
    QString type;
    QDate date;
    QString fileName;
    QString mediaType; // guessed from the name and the bytes when empty
    QByteArray bytes;
    QString text;   // words to search by (a PDF's extracted text); may be empty
    QString source; // empty means "added"
};

// A line of the folder's history, shown in the family's chronology.
struct DocumentEvent {
    qint64 id = 0;
    qint64 documentId = 0;
    qint64 familyId = 0;
    QString action; // added, opened, printed, removed
    QDateTime at;   // UTC
    QString byName;
    QString note; // the removal reason; where a printout was saved
    QString documentTitle;
};

} // namespace waymark
