#include "fuzz/fuzzsupport.h"
#include "fuzz/zipbuilder.h"
#include "lift/liftvalidation.h"
#include "lift/mentorcolumns.h"
#include "lift/mentorimport.h"
#include "storage/database.h"
#include "storage/workerrepository.h"

#include <QSqlQuery>
#include <QStringList>

#include <memory>

namespace waymark::fuzz {

namespace {

constexpr const char* kTarget = "mentor-spreadsheet";

// An input is one of three kinds, so the fuzzer reaches the XML and not only zip checksums:
//  - "PK..."       a zip as it is (an XLSX file);
//  - "XLSX\n" ...  XLSX parts separated by "\n--\n": the sheetData, the shared strings, and
//                  optionally a whole workbook.xml and workbook.xml.rels; zipped here in memory;
//  - anything else, a CSV file.
QByteArray spreadsheetBytes(const QByteArray& input) {
    static const QByteArray xlsxMagic("XLSX\n");
    if (!input.startsWith(xlsxMagic))
        return input;
    QList<QByteArray> parts;
    QByteArray rest = input.mid(xlsxMagic.size());
    for (int i = 0; i < 3; ++i) {
        const qsizetype at = rest.indexOf("\n--\n");
        if (at < 0)
            break;
        parts << rest.left(at);
        rest = rest.mid(at + 4);
    }
    parts << rest;
    ZipParts zip = xlsxParts(parts.value(0), parts.size() > 1 ? parts.value(1) : QByteArray());
    if (parts.size() > 2)
        zip[0].second = parts.value(2);
    if (parts.size() > 3)
        zip[1].second = parts.value(3);
    return makeZip(zip);
}

struct State {
    std::shared_ptr<Database> db;
    qint64 ownWorker = 0;
    bool dirty = true;
};

std::shared_ptr<Database> openWithWorkers(qint64& ownWorker) {
    static const SecretKey key = SecretKey::random();
    auto opened = Database::open(QStringLiteral(":memory:"), key);
    check(opened.isOk(), kTarget, "could not open an in-memory database: " + text(opened.error()));
    std::shared_ptr<Database> db = opened.value();
    db->setClock(fixedNow);
    db->setAuditKey(key);
    Account manager;
    manager.username = QStringLiteral("fuzz.manager");
    manager.role = Role::TeamManager;
    manager.teams = {QStringLiteral("*")};
    db->setAccount(manager);
    // Workers the SSW column can name: one the importer is, one other, and a name two share.
    WorkerRepository workers(*db);
    qint64 ids[4] = {};
    const char* names[4] = {"Sam Supervisor", "Ola Other", "Jo Twin", "Jo Twin"};
    for (int i = 0; i < 4; ++i) {
        Worker w;
        w.name = QString::fromLatin1(names[i]);
        w.role = QStringLiteral("supervising_social_worker");
        w.team = QStringLiteral("Fostering North");
        check(workers.save(w).isOk(), kTarget, "could not add a worker");
        ids[i] = w.id;
    }
    ownWorker = ids[0];
    // Importing as an SSW: code words of their own mentors are imported, others' are withheld.
    Account ssw;
    ssw.username = QStringLiteral("fuzz.ssw");
    ssw.role = Role::SupervisingSocialWorker;
    ssw.workerId = ownWorker;
    ssw.teams = {QStringLiteral("Fostering North")};
    db->setAccount(ssw);
    return db;
}

qint64 count(Database& db, const char* table) {
    auto q = db.run(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)), {}, "counting rows");
    check(q.isOk(), kTarget, "could not count rows: " + text(q.error()));
    QSqlQuery query = std::move(q).value();
    return query.next() ? query.value(0).toLongLong() : -1;
}

QString fingerprint(Database& db) {
    return QStringLiteral("%1/%2/%3")
        .arg(count(db, "lift_mentors"))
        .arg(count(db, "lift_code_words"))
        .arg(count(db, "audit_log"));
}

void checkTable(const SpreadsheetTable& table) {
    const SpreadsheetLimits limits;
    check(int(table.rows.size()) <= limits.maxRows + 1, kTarget, "more rows than the limit were read");
    for (const SpreadsheetRow& row : table.rows) {
        check(row.number >= 1, kTarget, "a row number is below 1");
        check(row.cells.size() <= limits.maxColumns, kTarget, "a row is wider than the limit");
        bool blank = true;
        for (const QString& cell : row.cells) {
            check(cell.size() <= limits.maxCellChars, kTarget, "a cell is longer than the limit");
            blank = blank && cell.trimmed().isEmpty();
        }
        check(!blank, kTarget, "a blank row was kept");
    }
}

// Every message of the preview, as a person would see them.
QStringList messages(const MentorImportPreview& p) {
    QStringList out = {p.summary()};
    for (const MentorImportProblem& e : p.errors)
        out << e.text();
    out << p.warnings << p.ignoredColumns;
    return out;
}

// The same table with every code word replaced by x's of the same length: the preview's messages
// must not change, or a message depends on (and may show) a code word.
SpreadsheetTable withoutCodeWords(SpreadsheetTable table) {
    if (table.rows.empty())
        return table;
    const QStringList header = table.rows.front().cells;
    for (int c = 0; c < header.size(); ++c) {
        if (mentorColumnForHeading(header.at(c)) != MentorColumn::CodeWord)
            continue;
        for (size_t r = 1; r < table.rows.size(); ++r)
            if (c < table.rows[r].cells.size()) {
                QString& cell = table.rows[r].cells[c];
                // Keep surrounding space, which is trimmed before the length is judged.
                const QString trimmed = cell.trimmed();
                if (!trimmed.isEmpty())
                    cell.replace(cell.indexOf(trimmed), trimmed.size(),
                                 QString(trimmed.size(), QLatin1Char('x')));
            }
    }
    return table;
}

} // namespace

int fuzzMentorImport(const uint8_t* data, size_t size) {
    ensureApplication();
    static State& s = *new State; // never destroyed, as in fuzz_jsonbundle.cpp
    if (s.dirty) {
        s.db.reset();
        s.db = openWithWorkers(s.ownWorker);
    }
    s.dirty = true;
    Database& db = *s.db;
    const QString before = fingerprint(db);

    const Result<SpreadsheetTable> table = readSpreadsheet(spreadsheetBytes(bytes(data, size)));
    if (!table) {
        check(!table.error().isEmpty(), kTarget, "a refused spreadsheet gives no reason");
        s.dirty = false;
        return 0;
    }
    checkTable(*table);

    const MentorImportPreview preview = previewMentorImport(db, *table);
    check(fingerprint(db) == before, kTarget, "the preview wrote to the database");
    const MentorImportPreview masked = previewMentorImport(db, withoutCodeWords(*table));
    check(messages(preview) == messages(masked), kTarget, "a preview message depends on a code word");
    check(preview.rowsRead <= int(table->rows.size()), kTarget, "more rows counted than read");
    int withheld = 0;
    for (const MentorImportRow& row : preview.mentors) {
        check(validateMentor(row.mentor).isEmpty(), kTarget, "a mentor ready to import does not validate");
        for (const MentorImportProblem& e : preview.errors)
            check(e.row != row.row, kTarget, "a row with an error is ready to import");
        check(!row.importCodeWord || row.mentor.sswWorkerId == s.ownWorker, kTarget,
              "a code word would be set for another SSW's mentor");
        withheld += row.hasCodeWord && !row.importCodeWord ? 1 : 0;
    }
    check((withheld > 0) == !preview.warnings.isEmpty(), kTarget, "withheld code words are not warned about");

    const Result<int> created = commitMentorImport(db, preview);
    check(db.transactionDepth() == 0, kTarget, "the import left a transaction open");
    if (!preview.canImport()) {
        check(!created.isOk(), kTarget, "a preview with errors was imported");
        check(fingerprint(db) == before, kTarget, "a refused import wrote to the database");
        s.dirty = false;
        return 0;
    }
    check(created.isOk(), kTarget, "an error-free preview did not import: " + text(created.error()));
    check(*created == int(preview.mentors.size()), kTarget,
          "the import created a different number of mentors");
    check(count(db, "lift_mentors") == *created, kTarget, "the mentors table does not hold the import");
    check(count(db, "lift_code_words") == preview.codeWordsImported(), kTarget,
          "the code words stored are not the ones the preview said");
    return 0;
}

} // namespace waymark::fuzz
