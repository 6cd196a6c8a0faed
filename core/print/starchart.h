#pragma once

#include "earlyhelp/familystar.h"

#include <QColor>
#include <QImage>
#include <QRectF>

#include <vector>

class QPainter;

namespace waymark {

// The Family Star chart: 10 spokes, one per area, scored 1 (centre) to 10 (rim), one closed line
// per reading. One drawing serves the screen (ui/earlyhelp/starchartwidget) and the printed forms
// (an image in the PDF), so what a worker sees is what goes on file.
void paintStarChart(QPainter& painter, const QRectF& area, const std::vector<StarLine>& lines);
QImage starChartImage(const std::vector<StarLine>& lines, const QSize& size);
// The colour of the n-th line, shared with legends drawn elsewhere.
QColor starLineColour(int index, int count);

} // namespace waymark
