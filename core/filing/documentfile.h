#pragma once

#include "documents/document.h"
#include "util/result.h"

#include <QString>

namespace waymark::filing {

// Reads a file from disk into a NewDocument ready to file: the bytes (refused above the size
// limit before they are read), a title and type guessed from the name, the media type, and the
// words to search by (a PDF's text, a text file's contents). Family, person and involvement are
// the caller's to fill in.
Result<NewDocument> readDocumentFile(const QString& path);
// The same, for bytes already in memory (an email attachment, a printout).
NewDocument documentFromBytes(const QString& fileName, const QByteArray& bytes);
// The words of a document to search by; empty when there are none to read.
QString searchableText(const QString& mediaType, const QByteArray& bytes);

} // namespace waymark::filing
