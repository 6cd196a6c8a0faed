#pragma once

#include <QList>
#include <QString>
#include <QVariant>

namespace waymark::test {

// Writes a real .xlsx with libxlsxwriter, so the importer is tested on what a spreadsheet program
// writes, not on hand-made XML. Each row is a list of cells: a QString is a text cell, an int or
// double a number, a bool a boolean, and an invalid QVariant leaves the cell out (so the next
// cell's reference skips a column). Normal workbooks keep text in the shared strings part;
// `inlineStrings` writes it in each cell instead (libxlsxwriter's constant memory mode).
struct XlsxOptions {
    bool inlineStrings = false;
    QList<QVariantList> secondSheet; // written after the first: the importer must not read it
};
void writeXlsx(const QString& path, const QList<QVariantList>& rows, const XlsxOptions& options = {});

} // namespace waymark::test
