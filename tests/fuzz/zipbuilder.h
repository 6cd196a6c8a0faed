#pragma once

#include <QByteArray>
#include <QString>

#include <utility>
#include <vector>

namespace waymark::fuzz {

// A zip made in memory through libzip (an in-memory zip source, no file), so the fuzz target and
// the tests can build XLSX workbooks part by part: valid zips whose XML the fuzzer then varies,
// and zips no spreadsheet program would write (a part that unpacks to far more than it takes).
// `deflate`: compress each part (a bomb needs it); otherwise store them.
using ZipParts = std::vector<std::pair<QString, QByteArray>>;
QByteArray makeZip(const ZipParts& parts, bool deflate = false);

// The four parts of the smallest XLSX: workbook, its relationships, one sheet and, when
// `sharedStrings` is not null, the shared strings.
ZipParts xlsxParts(const QByteArray& sheetData, const QByteArray& sharedStrings = QByteArray());

} // namespace waymark::fuzz
