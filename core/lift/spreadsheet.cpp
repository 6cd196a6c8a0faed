#include "lift/spreadsheet.h"

namespace waymark {

bool looksLikeZip(const QByteArray& bytes) {
    // A local file header, or the end-of-central-directory record of an empty zip.
    return bytes.startsWith("PK\x03\x04") || bytes.startsWith("PK\x05\x06");
}

Result<SpreadsheetTable> readSpreadsheet(const QByteArray& bytes, const SpreadsheetLimits& limits) {
    return looksLikeZip(bytes) ? readXlsx(bytes, limits) : readCsv(bytes, limits);
}

QString columnLetters(int column) {
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

} // namespace waymark
