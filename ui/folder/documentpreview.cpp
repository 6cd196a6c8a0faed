#include "folder/documentpreview.h"

#include "documents/documenttypes.h"
#include "filing/documentfile.h"
#include "filing/pdfpages.h"

#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace waymark {

namespace {
constexpr double kPreviewDpi = 80.0; // an A4 page about 660 pixels wide: readable, quick to draw
}

DocumentPreview::DocumentPreview(QWidget* parent)
    : QWidget(parent)
    , m_caption(new QLabel)
    , m_previous(new QPushButton(tr("&Previous page")))
    , m_next(new QPushButton(tr("Ne&xt page")))
    , m_stack(new QStackedWidget)
    , m_scroll(new QScrollArea)
    , m_picture(new QLabel)
    , m_text(new QTextBrowser) {
    setObjectName(QStringLiteral("documentPreview"));
    m_caption->setObjectName(QStringLiteral("previewCaption"));
    m_picture->setObjectName(QStringLiteral("previewPicture"));
    m_text->setObjectName(QStringLiteral("previewText"));
    m_caption->setWordWrap(true);
    m_picture->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_scroll->setWidget(m_picture);
    m_scroll->setWidgetResizable(true);
    m_scroll->setBackgroundRole(QPalette::Dark);
    m_stack->addWidget(m_scroll);
    m_stack->addWidget(m_text);

    auto* nav = new QHBoxLayout;
    nav->addWidget(m_caption, 1);
    nav->addWidget(m_previous);
    nav->addWidget(m_next);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(nav);
    layout->addWidget(m_stack, 1);
    connect(m_previous, &QPushButton::clicked, this, [this] { showPage(m_page - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { showPage(m_page + 1); });
    clear();
}

void DocumentPreview::clear() {
    showMessage(tr("Choose a document and press Preview to see it here."));
}

void DocumentPreview::showMessage(const QString& text) {
    m_pdf.clear();
    m_pages = 0;
    m_page = 0;
    m_image = QImage();
    m_caption->setText(QString());
    m_previous->hide();
    m_next->hide();
    m_text->setPlainText(text);
    m_stack->setCurrentWidget(m_text);
}

void DocumentPreview::showImage(const QImage& image) {
    m_image = image;
    m_picture->setPixmap(QPixmap::fromImage(image));
    m_stack->setCurrentWidget(m_scroll);
}

void DocumentPreview::showDocument(const QString& title, const QString& mediaType, const QByteArray& bytes) {
    showMessage(QString());
    m_title = title;
    if (documents::isPdf(mediaType)) {
        m_pages = filing::pdfPageCount(bytes);
        if (m_pages == 0) {
            showMessage(
                tr("\"%1\" cannot be shown: the PDF is damaged or protected by a password. Try opening "
                   "it in its own program.")
                    .arg(title));
            return;
        }
        m_pdf = bytes;
        m_previous->show();
        m_next->show();
        showPage(0);
        return;
    }
    if (documents::isImage(mediaType)) {
        QImage image = QImage::fromData(bytes);
        if (image.isNull()) {
            showMessage(tr("\"%1\" cannot be shown: the picture cannot be read.").arg(title));
            return;
        }
        if (image.width() > 1600)
            image = image.scaledToWidth(1600, Qt::SmoothTransformation);
        m_caption->setText(title);
        showImage(image);
        return;
    }
    if (documents::isPlainText(mediaType)) {
        m_caption->setText(title);
        m_text->setPlainText(filing::searchableText(mediaType, bytes));
        m_stack->setCurrentWidget(m_text);
        return;
    }
    showMessage(tr("\"%1\" is a kind of file Waymark cannot show (%2). Use \"Open in its own program\".")
                    .arg(title, mediaType));
}

void DocumentPreview::showPage(int page) {
    if (m_pdf.isEmpty() || page < 0 || page >= m_pages)
        return;
    m_page = page;
    m_caption->setText(tr("%1 \u00b7 page %2 of %3").arg(m_title).arg(page + 1).arg(m_pages));
    m_previous->setEnabled(page > 0);
    m_next->setEnabled(page + 1 < m_pages);
    const QImage image = filing::renderPdfPage(m_pdf, page, kPreviewDpi);
    if (image.isNull()) {
        m_text->setPlainText(tr("Page %1 cannot be drawn.").arg(page + 1));
        m_stack->setCurrentWidget(m_text);
        return;
    }
    showImage(image);
}

} // namespace waymark
