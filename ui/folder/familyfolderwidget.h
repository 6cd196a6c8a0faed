#pragma once

#include "documents/document.h"
#include "domain/involvement.h"
#include "domain/person.h"
#include "util/result.h"

#include <QWidget>

#include <vector>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace waymark {

class Database;
class DocumentPreview;

// The family folder tab: the family's documents (diary sheets, signed agreements, letters, every
// printout Waymark made), added with a button or by dropping files on it, previewed inside
// Waymark, opened in their own program on request, corrected, or removed with a reason.
class FamilyFolderWidget : public QWidget {
    Q_OBJECT
public:
    explicit FamilyFolderWidget(Database& db, QWidget* parent = nullptr);

    void showFamily(qint64 familyId, const std::vector<Person>& members,
                    const std::vector<Involvement>& involvements);
    void refresh();

    // What the buttons and a drop do, without their dialogs (the tests drive these).
    // Files each path with the details guessed from its name; returns how many were filed and
    // says in the status line what was refused and why.
    int addFiles(const QStringList& paths);
    Status removeSelected(const QString& reason);
    Status previewSelected();
    // Writes a copy to a private temporary folder (deleted when Waymark closes) and, when
    // `launch`, hands it to the system's viewer. Returns the copy's path.
    Result<QString> openSelectedExternally(bool launch = true);
    bool selectDocument(qint64 documentId);

    QTableWidget* table() const { return m_table; }
    DocumentPreview* preview() const { return m_preview; }
    QString statusText() const;
    const std::vector<Document>& shown() const { return m_documents; }

signals:
    void changed(); // a document was added, opened, changed or removed: the chronology has news

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    Status fileDocument(NewDocument document);
    void chooseFiles();
    void editSelected();
    void askToRemove();
    const Document* selected() const;
    void updateButtons();
    QString aboutText(const Document& d) const;

    Database& m_db;
    qint64 m_familyId = 0;
    std::vector<Person> m_members;
    std::vector<Involvement> m_involvements;
    std::vector<Document> m_documents;
    QTableWidget* m_table;
    QCheckBox* m_showRemoved;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_previewButton;
    QPushButton* m_open;
    QPushButton* m_remove;
    QLabel* m_status;
    DocumentPreview* m_preview;
};

} // namespace waymark
