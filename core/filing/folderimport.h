#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

#include <vector>

namespace waymark {

class Database;

namespace filing {

// Moving in (waymark-cli import-folder, docs/familyfolder.md): a shared-drive project folder with
// one subfolder per family. planFolderImport() reads it and the database and writes nothing;
// runFolderImport() files the planned documents, all or nothing per family.

// One file that will be filed (or was).
struct PlannedFile {
    QByteArray localPath; // the file system's own spelling (bytes), to open it again at import
    QString relativePath; // inside the family's folder, for people: "Meetings/Diary sheet.pdf"
    QString fileName;     // the last part of relativePath
    QString title;        // sub-folders first: "Meetings / Diary sheet"
    QString type;         // documents::types() code guessed from the name (or its sub-folder's)
    QDate date;           // the file's modification date
    qint64 size = 0;
    QString sha256; // hex, of the bytes read when planning; the import checks them again
};

// A file left out, and why.
struct SkippedFile {
    QString path; // relative to the imported folder: "SMITH, Jane/Thumbs.db"
    QString reason;
};

// One immediate subfolder: a candidate family.
struct FolderPlan {
    enum class Match {
        Matched,   // exactly one family: its files are filed there
        Ambiguous, // several families fit: nothing is imported
        Unmatched, // no family fits: nothing is imported
        Empty,     // the folder holds no files: nothing to match
    };
    enum class Outcome { NotRun, Imported, Failed };

    QString folder; // the subfolder's name
    QByteArray localPath;
    Match match = Match::Unmatched;
    QString matchedBy; // how: "SU number SU123456", "name", "name and first name"
    QString note;      // anything the user should check (an identifier no family has, ...)
    qint64 familyId = 0;
    QString familyName;
    std::vector<qint64> candidates; // Ambiguous: the families that fit, by number
    std::vector<PlannedFile> files; // Matched: what is to be filed
    int alreadyFiled = 0;           // Matched: files identical to one already in the family's folder
    int fileCount = 0;              // every file found in the folder, skipped or not

    Outcome outcome = Outcome::NotRun;
    int imported = 0;
    QString failure; // Failed: why nothing was filed for this family
};

struct FolderImportReport {
    QString root;
    bool dryRun = true; // true until runFolderImport() has run
    std::vector<FolderPlan> folders;
    std::vector<SkippedFile> skipped;
    // Names that are not valid UTF-8: shown and filed decoded lossily (QFile::decodeName), with
    // the replacement character where a byte could not be read.
    QStringList undecodableNames;

    int count(FolderPlan::Match match) const;
    int failedFamilies() const;
    int filesToImport() const;
    int filesImported() const;
    int filesAlreadyFiled() const;
    // Every folder with files matched one family and, after an import, was filed.
    bool complete() const;
    // The plain-text report waymark-cli prints: counts, then Matched, Ambiguous, Unmatched, No
    // files, Failed, Skipped files and undecodable names. It names the families matched (their
    // number and name): it is the user's own output, never written to a log.
    QString text() const;
};

// Reads the folder (each immediate subfolder a family) and matches each subfolder to one of the
// families the signed-in account may see. Writes nothing. Fails only when `root` is not a
// readable folder.
Result<FolderImportReport> planFolderImport(const Database& db, const QString& root);

// Files each matched family's planned documents (source folder_import) in one transaction per
// family: a file that cannot be read again, has changed since planning, or is refused rolls that
// family back (Failed, with the reason) and the import carries on with the next family.
void runFolderImport(Database& db, FolderImportReport& report);

} // namespace filing
} // namespace waymark
