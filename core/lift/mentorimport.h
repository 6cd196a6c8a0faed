#pragma once

#include "lift/liftrecords.h"
#include "lift/spreadsheet.h"
#include "util/result.h"

#include <QList>
#include <QStringList>

#include <vector>

namespace waymark {

class Database;

// Bringing a team's existing LIFT mentor spreadsheet (CSV or XLSX) into lift_mentors: first a
// preview that writes nothing, then, if the preview has no errors and the person confirms, one
// transaction that creates every mentor or none. The first row that holds anything is the header;
// its headings say which column is which (lift/mentorcolumns.h).
//
// Buddy code words are imported only where the importing account could set them by hand (a LIFT
// coordinator, or the row's own SSW). They are kept in the preview only to be written; no message,
// summary or log ever contains one.

struct MentorImportProblem {
    int row = 0;    // as the spreadsheet shows it (the header is row 1); 0: the file as a whole
    QString column; // "C (Postcode)"; empty when not about one column
    QString message;
    int columnIndex = -1; // 0 for column A; -1 when not about one column

    QString text() const; // "Row 4, column C (Postcode): ..."
};

struct MentorImportRow {
    int row = 0;
    Mentor mentor;
    bool hasCodeWord = false;
    bool importCodeWord = false; // the importing account may set it
    QString codeWord;            // never shown, printed or logged
};

struct MentorImportPreview {
    int rowsRead = 0;                     // data rows, header not counted
    std::vector<MentorImportRow> mentors; // the rows without errors: what would be created
    QList<MentorImportProblem> errors;
    QStringList warnings;
    QStringList ignoredColumns; // "H (Favourite colour)": headings the import does not use

    bool canImport() const { return errors.isEmpty() && !mentors.empty(); }
    int rowsWithErrors() const;
    int codeWordsImported() const;
    QString summary() const; // one line of counts, no personal data
};

MentorImportPreview previewMentorImport(Database& db, const SpreadsheetTable& table);
// Reads the spreadsheet first; a file that cannot be read becomes a row-0 error.
MentorImportPreview previewMentorImport(Database& db, const QByteArray& fileBytes);
MentorImportPreview previewMentorImportFile(Database& db, const QString& path);

// Creates every mentor of an error-free preview, and the code words it may, in one transaction:
// on any failure nothing is written. Returns how many mentors were created.
Result<int> commitMentorImport(Database& db, const MentorImportPreview& preview);

} // namespace waymark
