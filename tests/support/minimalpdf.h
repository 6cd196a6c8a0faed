#pragma once

#include <QByteArray>
#include <QStringList>

namespace waymark::test {

// A small, valid PDF written byte by byte (objects, cross-reference table, trailer), one page per
// entry of `pages`, each page's text in Helvetica (a standard font, so nothing is embedded). Lets
// core tests read real PDFs with Poppler without a GUI to print them. ASCII text only.
inline QByteArray minimalPdf(const QStringList& pages) {
    QByteArray out = "%PDF-1.4\n";
    QList<int> offsets;
    auto object = [&](const QByteArray& body) {
        offsets << int(out.size());
        out += QByteArray::number(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
    };
    const int pageCount = int(pages.size());
    // 1: catalog, 2: page tree, 3: font, then for each page: the page and its content stream.
    object("<< /Type /Catalog /Pages 2 0 R >>");
    QByteArray kids;
    for (int i = 0; i < pageCount; ++i)
        kids += QByteArray::number(4 + 2 * i) + " 0 R ";
    object("<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(pageCount) + " >>");
    object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    for (int i = 0; i < pageCount; ++i) {
        object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
               "/Contents " +
               QByteArray::number(5 + 2 * i) + " 0 R >>");
        QByteArray text = pages.at(i).toLatin1();
        text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
        const QByteArray stream = "BT /F1 14 Tf 72 760 Td (" + text + ") Tj ET";
        object("<< /Length " + QByteArray::number(stream.size()) + " >>\nstream\n" + stream + "\nendstream");
    }
    const int xref = int(out.size());
    out += "xref\n0 " + QByteArray::number(offsets.size() + 1) + "\n0000000000 65535 f \n";
    for (int offset : offsets)
        out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(offsets.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
           QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

} // namespace waymark::test
