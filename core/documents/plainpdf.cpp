#include "documents/plainpdf.h"

namespace waymark {

namespace {
QByteArray pdfString(const QString& text) {
    QByteArray out;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        const char ch = u < 256 && u >= 32 ? char(u) : '?';
        if (ch == '(' || ch == ')' || ch == '\\')
            out += '\\';
        out += ch;
    }
    return '(' + out + ')';
}
} // namespace

QByteArray plainTextPdf(const QString& title, const std::vector<QStringList>& pages) {
    QByteArray out = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    auto object = [&](const QByteArray& body) {
        offsets << out.size();
        out += QByteArray::number(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
    };
    const int count = int(pages.size());
    // 1 catalog, 2 page tree, 3 font, 4 information, then a page and its content per page.
    object("<< /Type /Catalog /Pages 2 0 R >>");
    QByteArray kids;
    for (int i = 0; i < count; ++i)
        kids += QByteArray::number(5 + 2 * i) + " 0 R ";
    object("<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(count) + " >>");
    object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
    object("<< /Title " + pdfString(title) + " /Producer (Waymark) >>");
    for (int i = 0; i < count; ++i) {
        object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
               "/Contents " +
               QByteArray::number(6 + 2 * i) + " 0 R >>");
        QByteArray stream = "BT /F1 11 Tf 14 TL 64 780 Td\n";
        for (const QString& line : pages[size_t(i)])
            stream += pdfString(line) + " Tj T*\n";
        stream += "ET";
        object("<< /Length " + QByteArray::number(stream.size()) + " >>\nstream\n" + stream + "\nendstream");
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(offsets.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(offsets.size() + 1) + " /Root 1 0 R /Info 4 0 R >>\n";
    out += "startxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

} // namespace waymark
