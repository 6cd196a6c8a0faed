#pragma once

#include "domain/vocabulary.h"

#include <QByteArray>
#include <QString>

namespace waymark::documents {

// The kinds of paper a family's shared-drive folder holds (seeds 000 section 7, 003 section 22).
const Vocabulary& types();

// Where a document came from.
inline const char* const sourceAdded = "added";          // a person attached it
inline const char* const sourcePrinted = "printed";      // Waymark printed it and filed a copy
inline const char* const sourceFolder = "folder_import"; // waymark-cli import-folder
inline const char* const sourceEmail = "email";          // an attachment of a referral email

// Folder-history actions.
inline const char* const actionAdded = "added";
inline const char* const actionOpened = "opened";
inline const char* const actionPrinted = "printed";
inline const char* const actionRemoved = "removed";

// Larger files are refused with a message saying so: a scanned 40-page agreement is a few MB; a
// video of a family is not case recording and would make every backup slow.
inline constexpr qint64 maxDocumentBytes = 20 * 1024 * 1024;

// The type a file name suggests ("Diary sheet March.pdf" -> diary_sheet), or "other".
QString guessType(const QString& fileName);
// The media type of the bytes (by their first bytes where they say, else by the name's ending).
QString guessMediaType(const QString& fileName, const QByteArray& bytes);
// A title from a file name: the name without its ending, underscores as spaces.
QString titleFromFileName(const QString& fileName);
// "1.2 MB", "340 KB", "12 bytes".
QString sizeText(qint64 bytes);

bool isPdf(const QString& mediaType);
bool isImage(const QString& mediaType);
bool isPlainText(const QString& mediaType);

} // namespace waymark::documents
