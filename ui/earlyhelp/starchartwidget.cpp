#include "earlyhelp/starchartwidget.h"

#include "print/starchart.h"

#include <QPainter>

namespace waymark {

StarChartWidget::StarChartWidget(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("starChart"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setAccessibleName(tr("Family Star chart"));
}

void StarChartWidget::setLines(std::vector<StarLine> lines) {
    m_lines = std::move(lines);
    QStringList described;
    for (const StarLine& l : m_lines) {
        QStringList scores;
        for (int s : l.scores)
            scores << QString::number(s);
        described << QStringLiteral("%1: %2").arg(l.label, scores.join(QStringLiteral(", ")));
    }
    // Screen readers get the numbers the picture shows.
    setAccessibleDescription(described.join(QStringLiteral("; ")));
    update();
}

void StarChartWidget::paintEvent(QPaintEvent*) {
    QPainter p(this);
    if (m_lines.empty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("The chart appears when a Family Star assessment has been approved."));
        return;
    }
    paintStarChart(p, QRectF(rect()).adjusted(8, 8, -8, -8), m_lines);
}

} // namespace waymark
