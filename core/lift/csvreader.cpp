// CSV for the mentor spreadsheet import: RFC 4180 (quoted cells with separators, doubled quotes
// and line breaks), as Excel, LibreOffice and Google Sheets write it.
#include "lift/spreadsheet.h"
#include "util/trcontext.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace waymark {

namespace {

// Windows-1252 differs from Latin-1 only in 0x80-0x9F. Excel's "CSV" (not "CSV UTF-8") is written
// in the machine's ANSI code page, which on a UK Windows machine is 1252: "£", curly quotes, "é".
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

QString fromWindows1252(const QByteArray& bytes) {
    QString out(bytes.size(), Qt::Uninitialized);
    QChar* dst = out.data();
    for (const char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        *dst++ = (b >= 0x80 && b < 0xA0) ? QChar(kCp1252High[b - 0x80]) : QChar(char16_t(b));
    }
    return out;
}

QString decode(const QByteArray& bytes) {
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        QStringDecoder utf8(QStringConverter::Utf8);
        return utf8(bytes.mid(3));
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder utf16(bytes.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE
                                                          : QStringConverter::Utf16BE);
        return utf16(bytes.mid(2));
    }
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = utf8(bytes);
    if (!utf8.hasError())
        return text;
    return fromWindows1252(bytes);
}

// The separator is the one the header row uses most, outside quotes: a file saved in a locale
// with a decimal comma uses ';'.
QChar sniffSeparator(const QString& text) {
    int commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            break;
        else if (c == QLatin1Char(','))
            ++commas;
        else if (c == QLatin1Char(';'))
            ++semicolons;
        else if (c == QLatin1Char('\t'))
            ++tabs;
    }
    if (semicolons > commas && semicolons >= tabs)
        return QLatin1Char(';');
    if (tabs > commas && tabs > semicolons)
        return QLatin1Char('\t');
    return QLatin1Char(',');
}

bool isBlank(const QStringList& cells) {
    for (const QString& c : cells)
        if (!c.trimmed().isEmpty())
            return false;
    return true;
}

class CsvParser {
public:
    CsvParser(const SpreadsheetLimits& limits, QChar separator)
        : m_limits(limits)
        , m_separator(separator) {}

    Result<SpreadsheetTable> parse(const QString& text) {
        const qsizetype n = text.size();
        for (qsizetype i = 0; i < n; ++i) {
            const QChar c = text.at(i);
            if (m_inQuotes) {
                if (c == QLatin1Char('"')) {
                    if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                        m_field += c;
                        ++i;
                    } else {
                        m_inQuotes = false;
                    }
                } else {
                    m_field += c;
                }
            } else if (c == QLatin1Char('"') && m_field.isEmpty() && !m_wasQuoted) {
                m_inQuotes = m_wasQuoted = true;
            } else if (c == m_separator) {
                if (!endField())
                    return failure();
            } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
                if (!endField() || !endRecord())
                    return failure();
                if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                    ++i;
            } else {
                // A quote inside an unquoted cell, or text after a closing quote, is kept as typed,
                // as spreadsheet programs do.
                m_field += c;
            }
            if (m_field.size() > m_limits.maxCellChars) {
                m_error = Lift::tr("Row %1, column %2: a cell is longer than %3 characters.")
                              .arg(m_record)
                              .arg(columnLetters(int(m_row.size())))
                              .arg(m_limits.maxCellChars);
                return failure();
            }
        }
        if (m_inQuotes)
            return Result<SpreadsheetTable>::failure(
                Lift::tr("Row %1: a cell opens a quote (\") that is never closed.").arg(m_record));
        if (!m_field.isEmpty() || m_wasQuoted || !m_row.isEmpty())
            if (!endField() || !endRecord())
                return failure();
        return std::move(m_table);
    }

private:
    Result<SpreadsheetTable> failure() const { return Result<SpreadsheetTable>::failure(m_error); }

    bool endField() {
        if (m_row.size() >= m_limits.maxColumns) {
            if (!m_field.trimmed().isEmpty()) {
                m_error = Lift::tr("Row %1: there is a value beyond column %2; at most %3 columns are read.")
                              .arg(m_record)
                              .arg(columnLetters(m_limits.maxColumns - 1))
                              .arg(m_limits.maxColumns);
                return false;
            }
        } else {
            m_row << m_field;
        }
        m_field.clear();
        m_wasQuoted = false;
        return true;
    }

    bool endRecord() {
        if (!isBlank(m_row)) {
            // The first row that holds anything is the header; the limit counts the rows after it.
            if (int(m_table.rows.size()) > m_limits.maxRows) {
                m_error = Lift::tr("The file has more than %1 rows; split it into smaller files.")
                              .arg(m_limits.maxRows);
                return false;
            }
            m_table.rows.push_back({m_record, m_row});
        }
        m_row.clear();
        ++m_record;
        return true;
    }

    const SpreadsheetLimits& m_limits;
    const QChar m_separator;
    SpreadsheetTable m_table;
    QStringList m_row;
    QString m_field;
    QString m_error;
    int m_record = 1;
    bool m_inQuotes = false;
    bool m_wasQuoted = false;
};

} // namespace

Result<SpreadsheetTable> readCsv(const QByteArray& bytes, const SpreadsheetLimits& limits) {
    if (bytes.size() > limits.maxFileBytes)
        return Result<SpreadsheetTable>::failure(
            Lift::tr("The file is larger than %1 MB.").arg(limits.maxFileBytes / (1024 * 1024)));
    const QString text = decode(bytes);
    return CsvParser(limits, sniffSeparator(text)).parse(text);
}

} // namespace waymark
