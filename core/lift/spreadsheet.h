#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace waymark {

// A spreadsheet someone else wrote, read into rows of text cells: the mentor spreadsheet import
// (lift/mentorimport.h) reads CSV and XLSX files through this. Files come from outside, so every
// size is limited and a file over a limit is refused whole, never read in part.
struct SpreadsheetLimits {
    qint64 maxFileBytes = 20 * 1024 * 1024; // the file itself, and each XLSX part once unpacked
    int maxRows = 5000;                     // rows that hold something, after the header
    int maxColumns = 256;                   // a cell with a value further right is refused
    int maxCellChars = 32767;               // Excel's own limit for one cell
};

struct SpreadsheetRow {
    int number = 0; // as the spreadsheet shows it: the first row is 1
    QStringList cells;
};

// The first sheet, rows that hold nothing left out. Cells are as typed: not trimmed.
struct SpreadsheetTable {
    std::vector<SpreadsheetRow> rows;
};

// CSV (RFC 4180) or XLSX, told apart by the bytes, not the file name: an XLSX is a zip.
Result<SpreadsheetTable> readSpreadsheet(const QByteArray& bytes, const SpreadsheetLimits& limits = {});
// Comma, semicolon or tab separated: the header row decides. UTF-8 (with or without a byte order
// mark), UTF-16 with a byte order mark, otherwise Windows-1252 (what Excel writes as "CSV").
Result<SpreadsheetTable> readCsv(const QByteArray& bytes, const SpreadsheetLimits& limits = {});
// The workbook's first sheet: shared and inline strings, numbers, booleans, formula results.
Result<SpreadsheetTable> readXlsx(const QByteArray& bytes, const SpreadsheetLimits& limits = {});

bool looksLikeZip(const QByteArray& bytes);
// "A" for column 0, "AB" for column 27.
QString columnLetters(int column);

} // namespace waymark
