// Reading the LIFT mentor spreadsheet: CSV edge cases, XLSX as libxlsxwriter writes it, XLSX made
// part by part, and the limits that keep a hostile file from using up the machine.
#include "fuzz/zipbuilder.h"
#include "lift/spreadsheet.h"
#include "support/xlsxfixture.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace waymark;

namespace {

// QStringList from plain literals (QT_NO_CAST_FROM_ASCII forbids QStringList{"a"}).
QStringList sl(std::initializer_list<const char*> items) {
    QStringList out;
    for (const char* s : items)
        out << QString::fromUtf8(s);
    return out;
}

SpreadsheetTable csvOk(const QByteArray& bytes, const SpreadsheetLimits& limits = {}) {
    auto table = readCsv(bytes, limits);
    INFO(table.error().toStdString());
    REQUIRE(table.isOk());
    return *table;
}

QString csvError(const QByteArray& bytes, const SpreadsheetLimits& limits = {}) {
    auto table = readSpreadsheet(bytes, limits);
    REQUIRE_FALSE(table.isOk());
    return table.error();
}

QByteArray readBytes(const QString& path) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

SpreadsheetTable xlsxOk(const QByteArray& bytes, const SpreadsheetLimits& limits = {}) {
    REQUIRE(looksLikeZip(bytes));
    auto table = readSpreadsheet(bytes, limits);
    INFO(table.error().toStdString());
    REQUIRE(table.isOk());
    return *table;
}

} // namespace

TEST_CASE("csv: quoted cells keep commas, doubled quotes and line breaks, rows are numbered as shown",
          "[lift][import]") {
    const auto t = csvOk("Name,Notes,Town\r\n"
                         "\"Fairweather, Ada\",\"Said \"\"yes\"\"\",Leicester\r\n"
                         "Cal Greenhill,\"two\r\nlines\",\r\n"
                         "\r\n"
                         "Dee Marsh,,Preston");
    REQUIRE(t.rows.size() == 4);
    CHECK(t.rows[0].number == 1);
    CHECK(t.rows[1].cells == sl({"Fairweather, Ada", "Said \"yes\"", "Leicester"}));
    CHECK(t.rows[2].cells == sl({"Cal Greenhill", "two\r\nlines", ""}));
    CHECK(t.rows[2].number == 3);
    // The blank line is row 4: left out, but still counted.
    CHECK(t.rows[3].number == 5);
    CHECK(t.rows[3].cells == sl({"Dee Marsh", "", "Preston"}));
}

TEST_CASE("csv: an empty quoted cell, a quote inside an unquoted cell and text after a closing quote",
          "[lift][import]") {
    const auto t = csvOk("a,b,c\n\"\",x\"y,\"q\"r\n");
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[1].cells == sl({"", "x\"y", "qr"}));
}

TEST_CASE("csv: UTF-8 with and without a byte order mark, UTF-16 and Windows-1252", "[lift][import]") {
    const QString renee = QStringLiteral("Ren\u00e9e \u201cOakley\u201d \u00a310");
    CHECK(csvOk("Name\n" + renee.toUtf8()).rows[1].cells.first() == renee);
    const auto bom = csvOk("\xEF\xBB\xBFName\n" + renee.toUtf8());
    CHECK(bom.rows[0].cells.first() == QStringLiteral("Name"));
    CHECK(bom.rows[1].cells.first() == renee);
    // Excel's plain "CSV" on a UK machine: Windows-1252, where 0x93/0x94 are curly quotes.
    CHECK(csvOk("Name\nRen\xE9"
                "e \x93Oakley\x94 \xA3"
                "10\n")
              .rows[1]
              .cells.first() == renee);
    // Excel's "Unicode text": UTF-16 with a byte order mark, tab separated.
    QByteArray utf16("\xFF\xFE", 2);
    const QString text = QStringLiteral("Name\tTown\n") + renee + QStringLiteral("\tLancaster\n");
    utf16.append(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    CHECK(csvOk(utf16).rows[1].cells == QStringList{renee, QStringLiteral("Lancaster")});
}

TEST_CASE("csv: the separator is sniffed from the header row", "[lift][import]") {
    const auto semi = csvOk("Name;Hours;Notes\nAda;7,5;\"a; b, c\"\n");
    CHECK(semi.rows[1].cells == sl({"Ada", "7,5", "a; b, c"}));
    // A comma inside a quoted heading does not count.
    const auto quoted = csvOk("\"Name, full\";Town\nAda;Leek\n");
    CHECK(quoted.rows[1].cells == sl({"Ada", "Leek"}));
    const auto comma = csvOk("Name,Notes\nAda,\"x;y;z\"\n");
    CHECK(comma.rows[1].cells == sl({"Ada", "x;y;z"}));
}

TEST_CASE("csv: an unclosed quote, too many rows, a huge cell and too many columns are refused",
          "[lift][import]") {
    CHECK(csvError("Name,Notes\nAda,\"never closed\n").contains(QStringLiteral("Row 2")));
    SpreadsheetLimits small;
    small.maxRows = 3;
    CHECK(csvOk("Name\na\nb\n\n\nc\n", small).rows.size() == 4);
    CHECK(csvError("Name\na\nb\nc\nd\n", small).contains(QStringLiteral("more than 3 rows")));
    small.maxCellChars = 10;
    CHECK(csvError("Name\n\"" + QByteArray(11, 'x') + "\"\n", small)
              .contains(QStringLiteral("Row 2, column A")));
    small.maxColumns = 2;
    CHECK(csvOk("a,b,,,\n", small).rows[0].cells.size() == 2); // empty cells past the limit are dropped
    CHECK(csvError("a,b,c\n", small).contains(QStringLiteral("beyond column B")));
    small.maxFileBytes = 8;
    CHECK(csvError("Name\nAda Fairweather\n", small).contains(QStringLiteral("larger than")));
}

TEST_CASE("column letters", "[lift][import]") {
    CHECK(columnLetters(0) == QStringLiteral("A"));
    CHECK(columnLetters(25) == QStringLiteral("Z"));
    CHECK(columnLetters(26) == QStringLiteral("AA"));
    CHECK(columnLetters(255) == QStringLiteral("IV"));
    CHECK(columnLetters(16383) == QStringLiteral("XFD"));
}

TEST_CASE("xlsx: shared strings, numbers, booleans and skipped columns, first sheet only", "[lift][import]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mentors.xlsx"));
    test::XlsxOptions options;
    options.secondSheet = {{QStringLiteral("Not read")}};
    test::writeXlsx(path,
                    {{QStringLiteral("Name"), QVariant(), QStringLiteral("Hours"), QStringLiteral("Active")},
                     {},
                     {QStringLiteral("Ada Fairweather"), QVariant(), 7.5, true},
                     {QStringLiteral("Cal Greenhill"), QStringLiteral("note"), 8, false}},
                    options);
    const auto t = xlsxOk(readBytes(path));
    REQUIRE(t.rows.size() == 3);
    CHECK(t.rows[0].cells == sl({"Name", "", "Hours", "Active"}));
    CHECK(t.rows[1].number == 3); // row 2 is empty in the sheet
    CHECK(t.rows[1].cells == sl({"Ada Fairweather", "", "7.5", "TRUE"}));
    CHECK(t.rows[2].cells == sl({"Cal Greenhill", "note", "8", "FALSE"}));
}

TEST_CASE("xlsx: inline strings (constant memory mode)", "[lift][import]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("inline.xlsx"));
    test::XlsxOptions options;
    options.inlineStrings = true;
    test::writeXlsx(
        path,
        {{QStringLiteral("Name"), QStringLiteral("Town")}, {QStringLiteral("Ada"), QStringLiteral("Leek")}},
        options);
    const QByteArray bytes = readBytes(path);
    const auto t = xlsxOk(bytes);
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[1].cells == sl({"Ada", "Leek"}));
}

TEST_CASE("xlsx: rich text, phonetic guides, formula results, cells without references", "[lift][import]") {
    const QByteArray sheet =
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c t=\"s\"><v>2</v></c>"
        "<c r=\"XFD1\" s=\"3\"/></row>"
        "<row><c t=\"str\"><f>CONCAT(\"Ada\",\" F\")</f><v>Ada F</v></c><c t=\"e\"><v>#N/A</v></c>"
        "<c><v>1.0E+1</v></c></row>";
    const QByteArray strings =
        "<si><t>Name</t></si><si><r><rPr><b/></rPr><t>Post</t></r><r><t xml:space=\"preserve\">"
        "code </t></r></si><si><t>Hours</t><rPh sb=\"0\" eb=\"1\"><t>XX</t></rPh></si>";
    const auto t = xlsxOk(fuzz::makeZip(fuzz::xlsxParts(sheet, strings)));
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[0].cells == sl({"Name", "Postcode ", "Hours"})); // the formatted empty XFD1 adds nothing
    CHECK(t.rows[1].number == 2);
    CHECK(t.rows[1].cells == sl({"Ada F", "#N/A", "10"}));
}

TEST_CASE("xlsx: damaged and hostile workbooks are refused", "[lift][import]") {
    // Not a zip at all, though it starts like one.
    CHECK(csvError(QByteArray("PK\x03\x04garbage", 11)).contains(QStringLiteral("not a readable XLSX")));
    // A zip without a workbook.
    CHECK(csvError(fuzz::makeZip({{QStringLiteral("hello.txt"), "hi"}}))
              .contains(QStringLiteral("xl/workbook.xml")));
    // A shared string index the workbook does not have.
    CHECK(csvError(fuzz::makeZip(fuzz::xlsxParts("<row r=\"7\"><c r=\"C7\" t=\"s\"><v>3</v></c></row>",
                                                 "<si><t>a</t></si>")))
              .contains(QStringLiteral("C7")));
    // Broken XML names the part.
    CHECK(csvError(fuzz::makeZip(fuzz::xlsxParts("<row><c><v>1</c></row>")))
              .contains(QStringLiteral("sheet1.xml")));
    // A DTD (the way to entity expansion) is refused.
    auto dtd = fuzz::xlsxParts("");
    dtd[0].second = "<?xml version=\"1.0\"?><!DOCTYPE workbook [<!ENTITY a \"aaaaaaaa\">]><workbook/>";
    CHECK(csvError(fuzz::makeZip(dtd)).contains(QStringLiteral("xl/workbook.xml")));
    // A row number past Excel's last row, a value past the column limit, a huge cell.
    CHECK(csvError(fuzz::makeZip(fuzz::xlsxParts("<row r=\"2000000\"><c><v>1</v></c></row>")))
              .contains(QStringLiteral("1048576")));
    SpreadsheetLimits small;
    small.maxColumns = 3;
    small.maxCellChars = 5;
    CHECK(csvError(fuzz::makeZip(fuzz::xlsxParts("<row><c r=\"D1\"><v>1</v></c></row>")), small)
              .contains(QStringLiteral("beyond column C")));
    CHECK(
        csvError(fuzz::makeZip(fuzz::xlsxParts("<row><c t=\"inlineStr\"><is><t>toolong</t></is></c></row>")),
                 small)
            .contains(QStringLiteral("longer than 5")));
    small = {};
    small.maxRows = 2;
    CHECK(csvError(fuzz::makeZip(fuzz::xlsxParts("<row><c><v>1</v></c></row><row><c><v>1</v></c></row>"
                                                 "<row><c><v>1</v></c></row><row><c><v>1</v></c></row>")),
                   small)
              .contains(QStringLiteral("more than 2 rows")));
}

TEST_CASE("xlsx: a zip bomb is refused once a part unpacks past the limit", "[lift][import]") {
    // 21 MB of one repeated row deflates to a few kilobytes; the sheet would unpack past 20 MB.
    const QByteArray row = "<row><c><v>1</v></c></row>";
    const QByteArray sheet = row.repeated(21 * 1024 * 1024 / row.size());
    const QByteArray bomb = fuzz::makeZip(fuzz::xlsxParts(sheet), true);
    REQUIRE(bomb.size() < 1024 * 1024);
    CHECK(csvError(bomb).contains(QStringLiteral("unpacks to more than 20 MB")));
}
