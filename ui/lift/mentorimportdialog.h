#pragma once

#include "lift/mentorimport.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace waymark {

class Database;

// Bringing a team's LIFT mentor spreadsheet (CSV or XLSX) into Waymark: choose the file, see the
// mentors it would create, every row error with its row and column, and the warnings; Import is
// enabled only when the file has no errors, and creates every mentor or none
// (lift/mentorimport.h). Code words are never shown: only whether each will be set.
class MentorImportDialog : public QDialog {
    Q_OBJECT
public:
    explicit MentorImportDialog(Database& db, QWidget* parent = nullptr);

    // Reads and previews a file (what "Choose file..." does after the file dialog).
    void loadFile(const QString& path);
    // Imports the previewed mentors; the status line says how many.
    void importMentors();

    const MentorImportPreview& preview() const { return m_preview; }

signals:
    void mentorsImported(int count);

private:
    void chooseFile();
    void showPreview();

    Database& m_db;
    MentorImportPreview m_preview;
    QLineEdit* m_file;
    QLabel* m_summary;
    QLabel* m_ignored;
    QTableWidget* m_table;
    QLabel* m_errorsTitle;
    QListWidget* m_errors;
    QLabel* m_warningsTitle;
    QListWidget* m_warnings;
    QLabel* m_status;
    QPushButton* m_import;
};

} // namespace waymark
