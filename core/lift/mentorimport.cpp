#include "lift/mentorimport.h"

#include "access/accesspolicy.h"
#include "lift/liftvalidation.h"
#include "lift/liftvocabulary.h"
#include "lift/mentorcolumns.h"
#include "lift/mentorrepository.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "storage/workerrepository.h"
#include "util/trcontext.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <map>

namespace waymark {

namespace {

constexpr int kMaxCodeWord = 60; // MentorRepository::setCodeWord's limit

// Where each understood column is: its index and heading as the file gives them.
struct ColumnPlace {
    int index = -1;
    QString label; // "C (Postcode)"
};
using ColumnMap = std::map<MentorColumn, ColumnPlace>;

QString columnLabel(int index, const QString& heading) {
    const QString h = heading.simplified();
    if (h.isEmpty())
        return Lift::tr("%1 (no heading)").arg(columnLetters(index));
    // A heading is not personal data, but keep a pasted paragraph out of every message.
    return QStringLiteral("%1 (%2)").arg(columnLetters(index),
                                         h.size() > 40 ? h.left(40) + QChar(0x2026) : h);
}

bool isBlank(const QString& s) {
    return s.trimmed().isEmpty();
}

// Same person: the same name and postcode, whatever the case and spacing.
QString duplicateKey(const Mentor& m) {
    QString postcode = m.address.postcode.toUpper();
    postcode.remove(QLatin1Char(' '));
    return m.name.simplified().toCaseFolded() + QLatin1Char('|') + postcode.simplified();
}

QString workerKey(const QString& name) {
    return name.simplified().toCaseFolded();
}

// "Day respite", "day_respite", "DAY-RESPITE", "routines & organisation" -> the code.
QString supportKey(const QString& text) {
    static const QRegularExpression separators(QStringLiteral("[\\s_\\-]+"));
    QString k = text.toCaseFolded();
    k.replace(QLatin1Char('&'), QStringLiteral(" and "));
    k = k.simplified();
    k.replace(separators, QStringLiteral("_"));
    return k;
}

const QHash<QString, QString>& supportCodes() {
    static const QHash<QString, QString> codes = [] {
        QHash<QString, QString> h;
        for (const VocabularyItem& item : vocab::liftSupport().items()) {
            const QString code = QString::fromLatin1(item.code);
            h.insert(supportKey(code), code);
            h.insert(supportKey(QString::fromUtf8(item.label)), code);
        }
        return h;
    }();
    return codes;
}

QString supportChoices() {
    QStringList labels;
    for (const VocabularyItem& item : vocab::liftSupport().items())
        labels << vocab::liftSupport().label(QString::fromLatin1(item.code));
    return labels.join(QStringLiteral(", "));
}

class RowReader {
public:
    RowReader(Database& db, const ColumnMap& columns)
        : m_db(db)
        , m_columns(columns) {
        for (const Worker& w : WorkerRepository(db).all())
            m_workers[workerKey(w.name)] << w.id;
    }

    // One data row into `row`; problems go to `errors`.
    void read(const SpreadsheetRow& cells, MentorImportRow& row, QList<MentorImportProblem>& errors) {
        m_cells = &cells;
        m_errors = &errors;
        m_row = cells.number;
        Mentor& m = row.mentor;
        row.row = cells.number;
        m.name = cell(MentorColumn::Name).simplified();
        m.phone = cell(MentorColumn::Phone).trimmed();
        m.email = cell(MentorColumn::Email).trimmed();
        m.address.line1 = cell(MentorColumn::AddressLine1).trimmed();
        m.address.line2 = cell(MentorColumn::AddressLine2).trimmed();
        m.address.town = cell(MentorColumn::Town).trimmed();
        m.address.postcode = cell(MentorColumn::Postcode).trimmed().toUpper();
        m.locality = cell(MentorColumn::Locality).trimmed();
        m.saferCareNotes = cell(MentorColumn::SaferCareNotes).trimmed();
        m.buddyName = cell(MentorColumn::BuddyName).trimmed();
        m.buddyPhone = cell(MentorColumn::BuddyPhone).trimmed();
        m.notes = cell(MentorColumn::Notes).trimmed();
        m.sswWorkerId = ssw();
        m.supportOffered = support();
        m.hoursPerWeek = hours();
        m.fosterChildrenAtHome = fosterChildren();
        m.active = active();
        for (const ValidationIssue& issue : validateMentor(m))
            add(columnOfField(issue.field), issue.message);

        const QString word = cell(MentorColumn::CodeWord).trimmed();
        if (!word.isEmpty()) {
            if (word.size() > kMaxCodeWord) {
                add(MentorColumn::CodeWord,
                    Lift::tr("The code word is too long (at most %1 characters).").arg(kMaxCodeWord));
            } else {
                row.hasCodeWord = true;
                row.codeWord = word;
                row.importCodeWord = access::canSeeCodeWord(m_db, m.sswWorkerId);
            }
        }
    }

    void add(std::optional<MentorColumn> column, const QString& message) {
        QString label;
        int index = -1;
        if (column)
            if (auto it = m_columns.find(*column); it != m_columns.end()) {
                label = it->second.label;
                index = it->second.index;
            }
        m_errors->append({m_row, label, message, index});
    }

private:
    QString cell(MentorColumn column) const {
        auto it = m_columns.find(column);
        if (it == m_columns.end() || it->second.index >= m_cells->cells.size())
            return QString();
        return m_cells->cells.at(it->second.index);
    }

    std::optional<MentorColumn> columnOfField(const QString& field) const {
        for (auto& [column, place] : m_columns)
            if (!mentorColumnField(column).isEmpty() && mentorColumnField(column) == field)
                return column;
        return std::nullopt;
    }

    qint64 ssw() {
        const QString name = cell(MentorColumn::Ssw);
        if (isBlank(name))
            return 0;
        const QList<qint64> ids = m_workers.value(workerKey(name));
        if (ids.isEmpty())
            add(MentorColumn::Ssw,
                Lift::tr("No worker in Waymark has this name: add the worker first, or correct the name."));
        else if (ids.size() > 1)
            add(MentorColumn::Ssw, Lift::tr("More than one worker has this name; set the SSW on the mentor "
                                            "after importing and leave this cell empty."));
        return ids.size() == 1 ? ids.first() : 0;
    }

    QStringList support() {
        static const QRegularExpression separators(QStringLiteral("[,;\\n]"));
        QStringList codes;
        const QStringList items = cell(MentorColumn::SupportOffered).split(separators, Qt::SkipEmptyParts);
        int position = 0;
        for (const QString& item : items) {
            if (isBlank(item))
                continue;
            ++position;
            const QString code = supportCodes().value(supportKey(item));
            if (code.isEmpty())
                add(MentorColumn::SupportOffered,
                    Lift::tr("Item %1 is not a kind of support LIFT records (%2).")
                        .arg(position)
                        .arg(supportChoices()));
            else if (!codes.contains(code))
                codes << code;
        }
        return codes;
    }

    double hours() {
        static const QRegularExpression number(
            QStringLiteral("^(\\d{1,6}(?:[.,]\\d{1,6})?)\\s*(?:h|hr|hrs|hour|hours)?$"),
            QRegularExpression::CaseInsensitiveOption);
        const QString text = cell(MentorColumn::HoursPerWeek).trimmed();
        if (text.isEmpty())
            return 0;
        const auto match = number.match(text);
        if (!match.hasMatch()) {
            add(MentorColumn::HoursPerWeek, Lift::tr("Give the hours as a number, for example 6 or 7.5."));
            return 0;
        }
        QString digits = match.captured(1);
        digits.replace(QLatin1Char(','), QLatin1Char('.'));
        return digits.toDouble();
    }

    int fosterChildren() {
        static const QRegularExpression whole(QStringLiteral("^\\d{1,6}$"));
        const QString text = cell(MentorColumn::FosterChildrenAtHome).trimmed();
        if (text.isEmpty() || text.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
            return 0;
        if (!whole.match(text).hasMatch()) {
            add(MentorColumn::FosterChildrenAtHome,
                Lift::tr("Give the number of foster children as a whole number, for example 0 or 2."));
            return 0;
        }
        return text.toInt();
    }

    bool active() {
        static const QSet<QString> yes = {QStringLiteral("yes"),    QStringLiteral("y"),
                                          QStringLiteral("true"),   QStringLiteral("1"),
                                          QStringLiteral("active"), QStringLiteral("available"),
                                          QStringLiteral("current")};
        static const QSet<QString> no = {QStringLiteral("no"),          QStringLiteral("n"),
                                         QStringLiteral("false"),       QStringLiteral("0"),
                                         QStringLiteral("inactive"),    QStringLiteral("not active"),
                                         QStringLiteral("unavailable"), QStringLiteral("not available"),
                                         QStringLiteral("left")};
        const QString text = cell(MentorColumn::Active).simplified().toCaseFolded();
        if (text.isEmpty() || yes.contains(text))
            return true;
        if (no.contains(text))
            return false;
        add(MentorColumn::Active, Lift::tr("Write Yes or No."));
        return true;
    }

    Database& m_db;
    const ColumnMap& m_columns;
    QHash<QString, QList<qint64>> m_workers;
    const SpreadsheetRow* m_cells = nullptr;
    QList<MentorImportProblem>* m_errors = nullptr;
    int m_row = 0;
};

// The header row: which column is which, which are ignored, and headings used twice.
ColumnMap mapHeader(const SpreadsheetTable& table, MentorImportPreview& preview) {
    ColumnMap columns;
    const SpreadsheetRow& header = table.rows.front();
    int width = int(header.cells.size());
    for (const SpreadsheetRow& row : table.rows)
        width = std::max(width, int(row.cells.size()));
    for (int i = 0; i < width; ++i) {
        const QString heading = i < header.cells.size() ? header.cells.at(i) : QString();
        const QString label = columnLabel(i, heading);
        if (isBlank(heading)) {
            // A column with values but no heading is reported, so nobody thinks it was read.
            for (size_t r = 1; r < table.rows.size(); ++r)
                if (i < table.rows[r].cells.size() && !isBlank(table.rows[r].cells.at(i))) {
                    preview.ignoredColumns << label;
                    break;
                }
            continue;
        }
        const auto column = mentorColumnForHeading(heading);
        if (!column) {
            preview.ignoredColumns << label;
            continue;
        }
        if (auto it = columns.find(*column); it != columns.end()) {
            preview.errors.append({header.number, label,
                                   Lift::tr("Column %1 already gives %2; keep one of the two.")
                                       .arg(it->second.label, mentorColumnDescription(*column)),
                                   i});
            continue;
        }
        columns[*column] = {i, label};
    }
    if (columns.find(MentorColumn::Name) == columns.end())
        preview.errors.append(
            {header.number, QString(),
             Lift::tr("No column gives the mentor's name: the header row needs a heading such "
                      "as Name, Mentor or Foster carer.")});
    return columns;
}

} // namespace

QString MentorImportProblem::text() const {
    if (row == 0)
        return message;
    if (column.isEmpty())
        return Lift::tr("Row %1: %2").arg(row).arg(message);
    return Lift::tr("Row %1, column %2: %3").arg(row).arg(column, message);
}

int MentorImportPreview::rowsWithErrors() const {
    QSet<int> rows;
    for (const MentorImportProblem& p : errors)
        if (p.row > 0)
            rows.insert(p.row);
    return int(rows.size());
}

int MentorImportPreview::codeWordsImported() const {
    int n = 0;
    for (const MentorImportRow& r : mentors)
        n += r.hasCodeWord && r.importCodeWord ? 1 : 0;
    return n;
}

QString MentorImportPreview::summary() const {
    return Lift::tr("%n row(s) read: ", nullptr, rowsRead) +
           Lift::tr("%n mentor(s) ready to import, ", nullptr, int(mentors.size())) +
           Lift::tr("%n error(s).", nullptr, int(errors.size()));
}

MentorImportPreview previewMentorImport(Database& db, const SpreadsheetTable& table) {
    MentorImportPreview preview;
    if (Status s = access::require(db, access::Action::ManageMentors); !s) {
        preview.errors.append({0, QString(), s.error()});
        return preview;
    }
    if (table.rows.empty()) {
        preview.errors.append({0, QString(),
                               Lift::tr("The file is empty: it needs a header row and a row "
                                        "for each mentor.")});
        return preview;
    }
    const ColumnMap columns = mapHeader(table, preview);
    if (columns.find(MentorColumn::Name) == columns.end())
        return preview;
    preview.rowsRead = int(table.rows.size()) - 1;
    if (preview.rowsRead == 0) {
        preview.errors.append({0, QString(), Lift::tr("The file has a header row but no mentors.")});
        return preview;
    }

    QHash<QString, int> seen; // duplicate key -> first row with it; 0 for a stored mentor
    for (const Mentor& m : MentorRepository(db).all())
        seen.insert(duplicateKey(m), 0);
    RowReader reader(db, columns);
    int withheldWords = 0;
    for (size_t i = 1; i < table.rows.size(); ++i) {
        MentorImportRow row;
        const qsizetype errorsBefore = preview.errors.size();
        reader.read(table.rows[i], row, preview.errors);
        if (!row.mentor.name.isEmpty()) {
            const QString key = duplicateKey(row.mentor);
            if (auto it = seen.constFind(key); it != seen.constEnd())
                reader.add(MentorColumn::Name,
                           *it == 0 ? Lift::tr("A mentor with this name and postcode is already in Waymark.")
                                    : Lift::tr("Row %1 has the same name and postcode.").arg(*it));
            else
                seen.insert(key, row.row);
        }
        if (preview.errors.size() != errorsBefore) {
            // Left to right, as a person reads the row.
            std::stable_sort(preview.errors.begin() + errorsBefore, preview.errors.end(),
                             [](const MentorImportProblem& a, const MentorImportProblem& b) {
                                 return a.columnIndex < b.columnIndex;
                             });
            continue;
        }
        if (row.hasCodeWord && !row.importCodeWord)
            ++withheldWords;
        preview.mentors.push_back(std::move(row));
    }
    if (withheldWords > 0)
        preview.warnings << Lift::tr("%n code word(s) will not be imported: only a LIFT coordinator or the "
                                     "mentor's own supervising social worker may set a code word, so the "
                                     "SSW must set them.",
                                     nullptr, withheldWords);
    return preview;
}

MentorImportPreview previewMentorImport(Database& db, const QByteArray& fileBytes) {
    auto table = readSpreadsheet(fileBytes);
    if (!table) {
        MentorImportPreview preview;
        preview.errors.append({0, QString(), table.error()});
        return preview;
    }
    return previewMentorImport(db, *table);
}

MentorImportPreview previewMentorImportFile(Database& db, const QString& path) {
    MentorImportPreview preview;
    QFile file(path);
    const qint64 limit = SpreadsheetLimits().maxFileBytes;
    if (QFileInfo(path).size() > limit) {
        preview.errors.append(
            {0, QString(), Lift::tr("The file is larger than %1 MB.").arg(limit / (1024 * 1024))});
        return preview;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        preview.errors.append(
            {0, QString(), Lift::tr("The file cannot be read: %1").arg(file.errorString())});
        return preview;
    }
    return previewMentorImport(db, file.read(limit + 1));
}

Result<int> commitMentorImport(Database& db, const MentorImportPreview& preview) {
    if (!preview.errors.isEmpty())
        return Result<int>::failure(
            Lift::tr("The file has errors: correct them and try again. Nothing was imported."));
    if (preview.mentors.empty())
        return Result<int>::failure(Lift::tr("There are no mentors to import."));
    if (Status s = access::require(db, access::Action::ManageMentors); !s)
        return s;
    Transaction tx(db);
    if (!tx.isActive())
        return Result<int>::failure(tx.beginError());
    MentorRepository mentors(db);
    // Someone may have added one of these mentors since the preview.
    QSet<QString> stored;
    for (const Mentor& m : mentors.all())
        stored.insert(duplicateKey(m));
    for (const MentorImportRow& row : preview.mentors) {
        auto failed = [&row](const QString& why) {
            return Result<int>::failure(Lift::tr("Row %1: %2\nNothing was imported.").arg(row.row).arg(why));
        };
        Mentor m = row.mentor;
        m.id = 0;
        if (stored.contains(duplicateKey(m)))
            return failed(Lift::tr("A mentor with this name and postcode is already in Waymark."));
        if (Status s = mentors.save(m); !s)
            return failed(s.error());
        stored.insert(duplicateKey(m));
        if (row.hasCodeWord && row.importCodeWord)
            if (Status s = mentors.setCodeWord(m.id, row.codeWord); !s)
                return failed(s.error());
    }
    if (Status s = tx.commit(); !s)
        return Result<int>::failure(s.error() + QLatin1Char('\n') + Lift::tr("Nothing was imported."));
    return int(preview.mentors.size());
}

} // namespace waymark
