// XLSX for the mentor spreadsheet import. An XLSX is a zip of XML parts (ECMA-376): the workbook
// names its sheets, its relationships say which part holds each, the shared strings part holds
// the text cells point into. Only the first sheet's values are read; styles, formulas and dates'
// formats are not needed.
#include "lift/spreadsheet.h"
#include "util/trcontext.h"
#include "util/ziparchive.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QXmlStreamReader>

#include <cmath>
#include <memory>

namespace waymark {

namespace {

constexpr int kMaxSheetRow = 1048576; // Excel's last row
constexpr int kMaxSharedStrings = 1000000;

using Fail = Result<SpreadsheetTable>;

QString xmlError(const QString& part, const QXmlStreamReader& xml) {
    return Lift::tr("The workbook part %1 is not well-formed XML (line %2).").arg(part).arg(xml.lineNumber());
}

// A DTD is never needed in an XLSX and is the way in for entity expansion tricks.
bool refuseDtd(QXmlStreamReader& xml) {
    if (xml.tokenType() == QXmlStreamReader::DTD || xml.tokenType() == QXmlStreamReader::EntityReference) {
        xml.raiseError(QStringLiteral("DTD"));
        return true;
    }
    return false;
}

// The r:id of the workbook's first <sheet>. The relationships namespace differs between
// transitional and strict OOXML, so any namespaced "id" attribute will do.
Result<QString> firstSheetRelationship(const QByteArray& workbook, const QString& part) {
    QXmlStreamReader xml(workbook);
    while (!xml.atEnd()) {
        xml.readNext();
        if (refuseDtd(xml))
            break;
        if (xml.isStartElement() && xml.name() == QLatin1String("sheet")) {
            for (const QXmlStreamAttribute& a : xml.attributes())
                if (a.name() == QLatin1String("id") && !a.namespaceUri().isEmpty())
                    return a.value().toString();
            return Result<QString>::failure(Lift::tr("The workbook's first sheet has no relationship id."));
        }
    }
    if (xml.hasError())
        return Result<QString>::failure(xmlError(part, xml));
    return Result<QString>::failure(Lift::tr("The workbook has no sheets."));
}

// Where the relationship points, as a path inside the zip. Targets are relative to xl/ unless
// they start with "/".
Result<QString> relationshipTarget(const QByteArray& rels, const QString& id, const QString& part) {
    QXmlStreamReader xml(rels);
    while (!xml.atEnd()) {
        xml.readNext();
        if (refuseDtd(xml))
            break;
        if (xml.isStartElement() && xml.name() == QLatin1String("Relationship") &&
            xml.attributes().value(QLatin1String("Id")) == id) {
            QString target = xml.attributes().value(QLatin1String("Target")).toString();
            target = target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target;
            target = QDir::cleanPath(target);
            if (target.isEmpty() || target.startsWith(QLatin1String("..")))
                break;
            return target;
        }
    }
    if (xml.hasError())
        return Result<QString>::failure(xmlError(part, xml));
    return Result<QString>::failure(Lift::tr("The workbook does not say where its first sheet is."));
}

// The text of a string item (<si> or <is>): its <t>, or the <t> of each rich-text run, leaving out
// phonetic guides (<rPh>). Called at the item's start element; returns at its end element.
QString stringItemText(QXmlStreamReader& xml) {
    const QString element = xml.name().toString();
    QString text;
    int phonetic = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (refuseDtd(xml))
            break;
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("rPh"))
                ++phonetic;
            else if (xml.name() == QLatin1String("t") && phonetic == 0)
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("rPh"))
                --phonetic;
            else if (xml.name() == element)
                break;
        }
    }
    return text;
}

Result<QStringList> sharedStrings(const QByteArray& part, const QString& name,
                                  const SpreadsheetLimits& limits) {
    QStringList strings;
    QXmlStreamReader xml(part);
    while (!xml.atEnd()) {
        xml.readNext();
        if (refuseDtd(xml))
            break;
        if (xml.isStartElement() && xml.name() == QLatin1String("si")) {
            if (strings.size() >= kMaxSharedStrings)
                return Result<QStringList>::failure(Lift::tr("The workbook holds too many different texts."));
            QString text = stringItemText(xml);
            // Refused only when a cell uses it (cellText), so keep it but no longer than needed.
            if (text.size() > limits.maxCellChars)
                text.truncate(limits.maxCellChars + 1);
            strings << text;
        }
    }
    if (xml.hasError())
        return Result<QStringList>::failure(xmlError(name, xml));
    return strings;
}

// "C7" -> column 2; -1 when the reference has no letters or too many.
int columnOf(QStringView ref) {
    int column = 0, letters = 0;
    for (const QChar c : ref) {
        const char16_t u = c.toUpper().unicode();
        if (u < u'A' || u > u'Z')
            break;
        if (++letters > 3)
            return -1;
        column = column * 26 + (u - u'A' + 1);
    }
    return letters == 0 ? -1 : column - 1;
}

// A number as a person typed it: 8 not 8.0, 7.5 not 7.500000000000001.
QString numberText(const QString& raw) {
    bool ok = false;
    const double d = raw.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return raw;
    if (d == std::floor(d) && std::fabs(d) < 1e15)
        return QString::number(qint64(d));
    return QString::number(d, 'g', 15);
}

class SheetReader {
public:
    SheetReader(const QStringList& strings, const SpreadsheetLimits& limits, const QString& part)
        : m_strings(strings)
        , m_limits(limits)
        , m_part(part) {}

    Result<SpreadsheetTable> read(const QByteArray& sheet) {
        QXmlStreamReader xml(sheet);
        while (!xml.atEnd()) {
            xml.readNext();
            if (refuseDtd(xml))
                break;
            bool ok = true;
            if (xml.isStartElement() && xml.name() == QLatin1String("row"))
                ok = startRow(xml);
            else if (xml.isStartElement() && xml.name() == QLatin1String("c") && m_inRow)
                ok = readCell(xml);
            else if (xml.isEndElement() && xml.name() == QLatin1String("row") && m_inRow)
                ok = endRow();
            if (!ok)
                return Fail::failure(m_error.isEmpty() ? xmlError(m_part, xml) : m_error);
        }
        if (xml.hasError())
            return Fail::failure(xmlError(m_part, xml));
        return std::move(m_table);
    }

private:
    bool startRow(QXmlStreamReader& xml) {
        const QStringView r = xml.attributes().value(QLatin1String("r"));
        int number = m_lastRow + 1;
        if (!r.isEmpty()) {
            bool ok = false;
            number = r.toInt(&ok);
            if (!ok || number < 1 || number > kMaxSheetRow)
                return refuse(Lift::tr("The sheet has a row numbered outside 1 to %1.").arg(kMaxSheetRow));
        }
        if (number > kMaxSheetRow)
            return refuse(Lift::tr("The sheet has a row numbered outside 1 to %1.").arg(kMaxSheetRow));
        m_row = {number, {}};
        m_lastRow = number;
        m_lastColumn = -1;
        m_inRow = true;
        return true;
    }

    bool endRow() {
        m_inRow = false;
        bool blank = true;
        for (const QString& c : std::as_const(m_row.cells))
            blank = blank && c.trimmed().isEmpty();
        if (blank)
            return true;
        if (int(m_table.rows.size()) > m_limits.maxRows)
            return refuse(Lift::tr("The file has more than %1 rows; split it into smaller files.")
                              .arg(m_limits.maxRows));
        m_table.rows.push_back(std::move(m_row));
        return true;
    }

    // At <c>; returns at </c>.
    bool readCell(QXmlStreamReader& xml) {
        const QStringView ref = xml.attributes().value(QLatin1String("r"));
        const QString type = xml.attributes().value(QLatin1String("t")).toString();
        int column = ref.isEmpty() ? m_lastColumn + 1 : columnOf(ref);
        if (column < 0)
            return refuse(
                Lift::tr("Row %1: a cell has a reference that is not a column and row.").arg(m_row.number));
        m_lastColumn = column;
        QString value, inlineText;
        bool hasValue = false, hasInline = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (refuseDtd(xml))
                return false;
            if (xml.isStartElement() && xml.name() == QLatin1String("v")) {
                value = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                hasValue = true;
            } else if (xml.isStartElement() && xml.name() == QLatin1String("is")) {
                inlineText = stringItemText(xml);
                hasInline = true;
            } else if (xml.isEndElement() && xml.name() == QLatin1String("c")) {
                break;
            }
        }
        if (xml.hasError())
            return false;
        QString text;
        if (type == QLatin1String("s")) {
            if (hasValue) {
                bool ok = false;
                const int index = value.trimmed().toInt(&ok);
                if (!ok || index < 0 || index >= m_strings.size())
                    return refuse(
                        Lift::tr("Cell %1%2 points to a shared text that the workbook does not have.")
                            .arg(columnLetters(column))
                            .arg(m_row.number));
                text = m_strings.at(index);
            }
        } else if (type == QLatin1String("inlineStr")) {
            text = hasInline ? inlineText : value;
        } else if (type == QLatin1String("b")) {
            if (hasValue)
                text =
                    value.trimmed() == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        } else if (type == QLatin1String("str") || type == QLatin1String("e") || type == QLatin1String("d")) {
            text = value; // a formula's text result, an error such as #N/A, an ISO date
        } else {
            text = hasValue ? numberText(value) : QString();
        }
        if (text.isEmpty())
            return true; // formatting only: it must not widen the row
        if (column >= m_limits.maxColumns)
            return refuse(Lift::tr("Row %1: there is a value beyond column %2; at most %3 columns are read.")
                              .arg(m_row.number)
                              .arg(columnLetters(m_limits.maxColumns - 1))
                              .arg(m_limits.maxColumns));
        if (text.size() > m_limits.maxCellChars)
            return refuse(Lift::tr("Row %1, column %2: a cell is longer than %3 characters.")
                              .arg(m_row.number)
                              .arg(columnLetters(column))
                              .arg(m_limits.maxCellChars));
        while (m_row.cells.size() <= column)
            m_row.cells << QString();
        m_row.cells[column] = text;
        return true;
    }

    bool refuse(const QString& message) {
        m_error = message;
        return false;
    }

    const QStringList& m_strings;
    const SpreadsheetLimits& m_limits;
    const QString m_part;
    SpreadsheetTable m_table;
    SpreadsheetRow m_row;
    QString m_error;
    int m_lastRow = 0;
    int m_lastColumn = -1;
    bool m_inRow = false;
};

} // namespace

Result<SpreadsheetTable> readXlsx(const QByteArray& bytes, const SpreadsheetLimits& limits) {
    if (bytes.size() > limits.maxFileBytes)
        return Fail::failure(
            Lift::tr("The file is larger than %1 MB.").arg(limits.maxFileBytes / (1024 * 1024)));
    ZipArchive zip(bytes);
    if (!zip.isOpen())
        return Fail::failure(Lift::tr("The file is not a readable XLSX workbook (the zip is damaged)."));

    const QString workbookPart = QStringLiteral("xl/workbook.xml");
    const QString relsPart = QStringLiteral("xl/_rels/workbook.xml.rels");
    auto workbook = zip.read(workbookPart, limits.maxFileBytes);
    if (!workbook)
        return workbook.status();
    auto relationship = firstSheetRelationship(*workbook, workbookPart);
    if (!relationship)
        return relationship.status();
    auto rels = zip.read(relsPart, limits.maxFileBytes);
    if (!rels)
        return rels.status();
    auto sheetPart = relationshipTarget(*rels, *relationship, relsPart);
    if (!sheetPart)
        return sheetPart.status();

    QStringList strings;
    const QString stringsPart = QStringLiteral("xl/sharedStrings.xml");
    if (zip.contains(stringsPart)) { // absent when every text is inline
        auto part = zip.read(stringsPart, limits.maxFileBytes);
        if (!part)
            return part.status();
        auto parsed = sharedStrings(*part, stringsPart, limits);
        if (!parsed)
            return parsed.status();
        strings = std::move(parsed).value();
    }
    auto sheet = zip.read(*sheetPart, limits.maxFileBytes);
    if (!sheet)
        return sheet.status();
    return SheetReader(strings, limits, *sheetPart).read(*sheet);
}

} // namespace waymark
