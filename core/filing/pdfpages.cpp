#include "filing/pdfpages.h"

#include "util/trcontext.h"

#include <memory>
#include <poppler-qt6.h>

namespace waymark::filing {

namespace {
// Poppler reports every oddity of a damaged file on standard error; Waymark says what it needs
// to in its own words, so the messages are dropped.
void quiet(const QString&, const QVariant&) {}

std::unique_ptr<Poppler::Document> load(const QByteArray& pdf) {
    static const bool silenced = [] {
        Poppler::setDebugErrorFunction(&quiet, QVariant());
        return true;
    }();
    (void)silenced;
    return pdf.isEmpty() ? nullptr : Poppler::Document::loadFromData(pdf);
}

std::unique_ptr<Poppler::Document> open(const QByteArray& pdf) {
    std::unique_ptr<Poppler::Document> doc = load(pdf);
    if (!doc || doc->isLocked())
        return nullptr;
    doc->setRenderHint(Poppler::Document::Antialiasing);
    doc->setRenderHint(Poppler::Document::TextAntialiasing);
    return doc;
}
} // namespace

int pdfPageCount(const QByteArray& pdf) {
    auto doc = open(pdf);
    return doc ? doc->numPages() : 0;
}

QImage renderPdfPage(const QByteArray& pdf, int page, double dpi) {
    auto doc = open(pdf);
    if (!doc || page < 0 || page >= doc->numPages())
        return QImage();
    std::unique_ptr<Poppler::Page> p = doc->page(page);
    return p ? p->renderToImage(dpi, dpi) : QImage();
}

Result<QString> pdfText(const QByteArray& pdf, int maxChars) {
    std::unique_ptr<Poppler::Document> doc = load(pdf);
    if (!doc)
        return Status::failure(Documents::tr("The file is not a PDF that can be read."));
    if (doc->isLocked())
        return Status::failure(
            Documents::tr("The PDF is protected by a password; its words cannot be read."));
    QString text;
    for (int i = 0; i < doc->numPages() && text.size() < maxChars; ++i) {
        std::unique_ptr<Poppler::Page> page = doc->page(i);
        if (!page)
            continue;
        if (i > 0)
            text += QLatin1Char('\f');
        text += page->text(QRectF());
    }
    text.truncate(maxChars);
    return text;
}

} // namespace waymark::filing
