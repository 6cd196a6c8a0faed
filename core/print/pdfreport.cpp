#include "print/pdfreport.h"

#include "util/trcontext.h"

#include <QAbstractTextDocumentLayout>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

namespace waymark {

Status writePdf(const QString& path, const QString& html, const PdfHeader& header,
                const QHash<QString, QImage>& images) {
    // Written to a temporary name first: a half-written PDF must never be mistaken for a whole one.
    const QString partial = path + QStringLiteral(".partial");
    {
        QPdfWriter writer(partial);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(96); // layout in screen pixels, so font sizes are the usual points
        writer.setTitle(header.title);
        writer.setCreator(QStringLiteral("Waymark"));
        QPainter painter;
        if (!painter.begin(&writer))
            return Status::failure(Storage::tr("Could not write %1.").arg(path));
        const QRect page = painter.viewport();
        const int headerHeight = 24 + 14 * int(header.lines.size());
        const int footerHeight = 28;
        const QRectF body(0, 0, page.width(), page.height() - headerHeight - footerHeight);

        QTextDocument doc;
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(10);
        doc.setDefaultFont(font);
        for (auto it = images.begin(); it != images.end(); ++it)
            doc.addResource(QTextDocument::ImageResource, QUrl(it.key()), it.value());
        doc.setHtml(html);
        doc.setPageSize(body.size());
        const int pages = doc.pageCount();
        QFont small = font;
        small.setPointSizeF(8.5);
        QFont bold = font;
        bold.setBold(true);
        bold.setPointSizeF(12);
        for (int i = 0; i < pages; ++i) {
            if (i > 0)
                writer.newPage();
            painter.setFont(bold);
            painter.drawText(QRectF(0, 0, page.width() / 2.0, 22), Qt::AlignLeft | Qt::AlignVCenter,
                             header.title);
            painter.setFont(small);
            for (int l = 0; l < header.lines.size(); ++l)
                painter.drawText(QRectF(page.width() / 3.0, 2 + 14 * l, page.width() * 2 / 3.0, 14),
                                 Qt::AlignRight | Qt::AlignVCenter, header.lines.at(l));
            painter.drawLine(QPointF(0, headerHeight - 6), QPointF(page.width(), headerHeight - 6));

            painter.save();
            painter.translate(0, headerHeight - i * body.height());
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = QRectF(0, i * body.height(), body.width(), body.height());
            painter.setClipRect(context.clip);
            doc.documentLayout()->draw(&painter, context);
            painter.restore();

            const qreal footY = page.height() - footerHeight + 8;
            painter.setFont(small);
            painter.drawLine(QPointF(0, footY - 4), QPointF(page.width(), footY - 4));
            painter.drawText(QRectF(0, footY, page.width() * 2 / 3.0, 16), Qt::AlignLeft | Qt::AlignVCenter,
                             header.footer);
            painter.drawText(QRectF(page.width() * 2 / 3.0, footY, page.width() / 3.0, 16),
                             Qt::AlignRight | Qt::AlignVCenter,
                             Storage::tr("Page %1 of %2").arg(i + 1).arg(pages));
        }
        painter.end();
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return Status::failure(Storage::tr("Could not put %1 in place.").arg(path));
    }
    return Status::ok();
}

} // namespace waymark
