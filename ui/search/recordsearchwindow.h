#pragma once

#include "documents/recordsearch.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTextBrowser;
class QTimer;
class QUrl;

namespace waymark {

class Database;

// Search across the record as you type: families by members' names and identifiers, case notes
// and family-folder documents by their words, with the matching words in bold and the results
// grouped by family. Clicking a result opens the family where the match is.
class RecordSearchWindow : public QWidget {
    Q_OBJECT
public:
    explicit RecordSearchWindow(Database& db, QWidget* parent = nullptr);

    void setQuery(const QString& text); // types into the box (the search runs after a short pause)
    void searchNow();                   // runs the search without waiting
    const RecordSearchResults& results() const { return m_results; }
    QString resultsHtml() const { return m_html; }
    QLineEdit* queryField() const { return m_query; }
    void followLink(const QUrl& link);

signals:
    void familyRequested(qint64 familyId);
    void noteRequested(qint64 familyId, qint64 noteId);
    void documentRequested(qint64 familyId, qint64 documentId);

private:
    void render();

    Database& m_db;
    QLineEdit* m_query;
    QLabel* m_summary;
    QTextBrowser* m_view;
    QTimer* m_pause;
    RecordSearchResults m_results;
    QString m_html;
};

} // namespace waymark
