#pragma once

#include <QByteArray>
#include <QString>

namespace waymark {

// The words of a Word document (.docx: word/document.xml inside a zip), paragraph by paragraph,
// so that the letters and forms moved in from a shared drive can be searched. Empty when the file
// is not a readable .docx (an old binary .doc, an encrypted or damaged file). At most `maxChars`.
QString wordDocumentText(const QByteArray& docx, int maxChars = 2'000'000);

} // namespace waymark
