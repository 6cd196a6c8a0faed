#include "print/starchart.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

namespace waymark {

namespace {

constexpr int kAreas = 10;

// Angle of spoke i: the first area straight up, then clockwise.
QPointF spoke(const QPointF& centre, double radius, int i) {
    const double angle = -M_PI / 2 + 2 * M_PI * i / kAreas;
    return centre + QPointF(radius * std::cos(angle), radius * std::sin(angle));
}

} // namespace

QColor starLineColour(int index, int count) {
    // The first line (the assessment) grey-blue, the latest a strong teal; readable in greyscale
    // print as light to dark.
    static const QColor palette[] = {QColor(0x8c, 0x9d, 0xb5), QColor(0xd9, 0x82, 0x2b),
                                     QColor(0x6a, 0x4c, 0x93), QColor(0x2e, 0x86, 0x4b),
                                     QColor(0xb0, 0x3a, 0x48), QColor(0x00, 0x6d, 0x77)};
    if (count <= 1)
        return palette[5];
    if (index == count - 1)
        return palette[5];
    return palette[index % 5];
}

void paintStarChart(QPainter& p, const QRectF& area, const std::vector<StarLine>& lines) {
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const QStringList names = [] {
        QStringList n;
        for (const QString& code : vocab::starArea().codes())
            n << vocab::starArea().label(code);
        return n;
    }();

    QFont labelFont = p.font();
    const double unit = std::min(area.width(), area.height());
    labelFont.setPixelSize(std::max(9, int(unit / 38)));
    p.setFont(labelFont);
    const QFontMetricsF fm(
        labelFont, p.device()); // the device's own metrics: an image or a PDF may differ from the screen

    // Leave room around the star for the area names (wrapped to a fixed width) and below it for the
    // legend.
    const double legendHeight = lines.empty() ? 0 : (fm.height() + 4) * ((int(lines.size()) + 1) / 2) + 6;
    QRectF plot = area.adjusted(0, 0, 0, -legendHeight);
    double widest = 0;
    for (const QString& n : names)
        widest = std::max(widest, fm.horizontalAdvance(n));
    const double labelWidth = std::min(widest, std::max(60.0, plot.width() * 0.2));
    auto labelBox = [&](const QString& text) {
        return fm.boundingRect(QRectF(0, 0, labelWidth, 1000), Qt::TextWordWrap | Qt::AlignCenter, text);
    };
    const double radius = std::max(
        20.0, std::min(plot.width() / 2 - labelWidth - 10, plot.height() / 2 - fm.height() * 2.2 - 6));
    const QPointF centre = plot.center();

    // Rings at every score, stronger at 5 and 10; spokes; score labels up the first spoke.
    for (int ring = 1; ring <= 10; ++ring) {
        p.setPen(QPen(ring % 5 == 0 ? QColor(0x99, 0x99, 0x99) : QColor(0xdd, 0xdd, 0xdd),
                      ring % 5 == 0 ? 1.2 : 0.8));
        QPolygonF poly;
        for (int i = 0; i < kAreas; ++i)
            poly << spoke(centre, radius * ring / 10.0, i);
        p.drawPolygon(poly);
    }
    p.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), 0.8));
    for (int i = 0; i < kAreas; ++i)
        p.drawLine(centre, spoke(centre, radius, i));
    p.setPen(QColor(0x88, 0x88, 0x88));
    for (int ring : {5, 10})
        p.drawText(spoke(centre, radius * ring / 10.0, 0) + QPointF(3, fm.ascent() / 2),
                   QString::number(ring));

    // Area names just outside the rim, anchored away from the centre, wrapped when long.
    p.setPen(QColor(0x22, 0x22, 0x22));
    for (int i = 0; i < kAreas && i < names.size(); ++i) {
        const QPointF at = spoke(centre, radius + 6, i);
        QRectF box = labelBox(names[i]);
        const double dx = at.x() - centre.x();
        const double dy = at.y() - centre.y();
        if (std::abs(dx) < radius * 0.2)
            box.moveCenter(QPointF(at.x(), at.y() + (dy < 0 ? -box.height() / 2 : box.height() / 2)));
        else if (dx > 0)
            box.moveTopLeft(QPointF(at.x(), at.y() - box.height() / 2));
        else
            box.moveTopRight(QPointF(at.x(), at.y() - box.height() / 2));
        const Qt::Alignment side = std::abs(dx) < radius * 0.2 ? Qt::AlignHCenter
                                   : dx > 0                    ? Qt::AlignLeft
                                                               : Qt::AlignRight;
        p.drawText(box, Qt::TextWordWrap | side | Qt::AlignVCenter, names[i]);
    }

    // One closed line per reading; unscored areas (0) are drawn at the centre.
    const int count = int(lines.size());
    for (int n = 0; n < count; ++n) {
        const StarLine& line = lines[size_t(n)];
        const QColor colour = starLineColour(n, count);
        QPolygonF poly;
        for (int i = 0; i < kAreas; ++i) {
            const int score = i < int(line.scores.size()) ? line.scores[size_t(i)] : 0;
            poly << spoke(centre, radius * std::clamp(score, 0, 10) / 10.0, i);
        }
        QColor fill = colour;
        fill.setAlpha(n == count - 1 ? 60 : 25);
        QPen pen(colour, n == count - 1 ? 2.4 : 1.6);
        if (line.perspective == QLatin1String("family"))
            pen.setStyle(Qt::DashLine); // the family's own view after a disagreement
        p.setPen(pen);
        p.setBrush(fill);
        p.drawPolygon(poly);
        p.setBrush(colour);
        for (const QPointF& pt : poly)
            p.drawEllipse(pt, 2.2, 2.2);
    }

    // Legend in two columns under the star.
    p.setBrush(Qt::NoBrush);
    const double columnWidth = area.width() / 2;
    for (int n = 0; n < count; ++n) {
        const double x = area.left() + (n % 2) * columnWidth + 6;
        const double y = area.bottom() - legendHeight + 6 + (n / 2) * (fm.height() + 4);
        QPen pen(starLineColour(n, count), 2.4);
        if (lines[size_t(n)].perspective == QLatin1String("family"))
            pen.setStyle(Qt::DashLine);
        p.setPen(pen);
        p.drawLine(QPointF(x, y + fm.height() / 2), QPointF(x + 22, y + fm.height() / 2));
        p.setPen(QColor(0x22, 0x22, 0x22));
        p.drawText(QRectF(x + 28, y, columnWidth - 40, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(lines[size_t(n)].label, Qt::ElideRight, columnWidth - 40));
    }
    p.restore();
}

QImage starChartImage(const std::vector<StarLine>& lines, const QSize& size) {
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    paintStarChart(p, QRectF(QPointF(0, 0), QSizeF(size)), lines);
    return image;
}

} // namespace waymark
