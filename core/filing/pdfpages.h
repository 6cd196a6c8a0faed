#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QImage>
#include <QString>

namespace waymark::filing {

// A PDF read with Poppler: how many pages, each page as an image, and the words of every page.
// Opened from bytes in memory, so a document never has to leave the encrypted database to be seen.
int pdfPageCount(const QByteArray& pdf); // 0 when the bytes are not a readable PDF
// The page (0-based) at `dpi`; a null image when it cannot be drawn.
QImage renderPdfPage(const QByteArray& pdf, int page, double dpi);
// The text of every page, pages separated by a form feed; at most `maxChars` characters (a
// scanned PDF has none: it is pictures of pages). Fails with a message for a locked or broken file.
Result<QString> pdfText(const QByteArray& pdf, int maxChars = 2'000'000);

} // namespace waymark::filing
