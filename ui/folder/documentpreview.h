#pragma once

#include <QByteArray>
#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;
class QTextBrowser;
class QStackedWidget;

namespace waymark {

// Shows a document inside Waymark, without writing it anywhere: a PDF page by page (drawn by
// Poppler), a picture, or plain text. Anything else says it can only be opened in its own program.
class DocumentPreview : public QWidget {
    Q_OBJECT
public:
    explicit DocumentPreview(QWidget* parent = nullptr);

    void showDocument(const QString& title, const QString& mediaType, const QByteArray& bytes);
    void showMessage(const QString& text);
    void clear();

    int pageCount() const { return m_pages; }
    int currentPage() const { return m_page; }
    void showPage(int page); // 0-based
    const QImage& pageImage() const { return m_image; }

private:
    void showImage(const QImage& image);

    QLabel* m_caption;
    QPushButton* m_previous;
    QPushButton* m_next;
    QStackedWidget* m_stack;
    QScrollArea* m_scroll;
    QLabel* m_picture;
    QTextBrowser* m_text;
    QByteArray m_pdf;
    QString m_title;
    QImage m_image;
    int m_pages = 0;
    int m_page = 0;
};

} // namespace waymark
