#pragma once

#include "documents/plainpdf.h"

#include <QByteArray>
#include <QStringList>

namespace waymark::test {

// A small, real PDF, one line of text per page (documents/plainpdf.h), so that core tests read
// PDFs with Poppler without a GUI to print them.
inline QByteArray minimalPdf(const QStringList& pages) {
    std::vector<QStringList> lines;
    for (const QString& page : pages)
        lines.push_back({page});
    return plainTextPdf(QStringLiteral("Test document"), lines);
}

} // namespace waymark::test
