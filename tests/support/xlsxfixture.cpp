#include "support/xlsxfixture.h"

#include <QFile>

#include <catch2/catch.hpp>
#include <xlsxwriter.h>

namespace waymark::test {

namespace {

void writeRows(lxw_worksheet* sheet, const QList<QVariantList>& rows) {
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows[r].size(); ++c) {
            const QVariant& v = rows[r][c];
            const lxw_row_t row = lxw_row_t(r);
            const lxw_col_t column = lxw_col_t(c);
            if (!v.isValid())
                continue;
            if (v.typeId() == QMetaType::Bool)
                REQUIRE(worksheet_write_boolean(sheet, row, column, v.toBool(), nullptr) == LXW_NO_ERROR);
            else if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::Double)
                REQUIRE(worksheet_write_number(sheet, row, column, v.toDouble(), nullptr) == LXW_NO_ERROR);
            else
                REQUIRE(worksheet_write_string(sheet, row, column, v.toString().toUtf8().constData(),
                                               nullptr) == LXW_NO_ERROR);
        }
}

} // namespace

void writeXlsx(const QString& path, const QList<QVariantList>& rows, const XlsxOptions& options) {
    QFile::remove(path);
    lxw_workbook_options settings = {};
    settings.constant_memory = options.inlineStrings ? LXW_TRUE : LXW_FALSE;
    const QByteArray file = QFile::encodeName(path);
    lxw_workbook* book = workbook_new_opt(file.constData(), &settings);
    REQUIRE(book);
    writeRows(workbook_add_worksheet(book, "Mentors"), rows);
    if (!options.secondSheet.isEmpty())
        writeRows(workbook_add_worksheet(book, "Old list"), options.secondSheet);
    REQUIRE(workbook_close(book) == LXW_NO_ERROR);
}

} // namespace waymark::test
