#pragma once

#include "earlyhelp/familystar.h"

#include <QWidget>

#include <vector>

namespace waymark {

// The Family Star chart on screen, drawn by the same code as on paper (print/starchart.h).
class StarChartWidget : public QWidget {
    Q_OBJECT
public:
    explicit StarChartWidget(QWidget* parent = nullptr);

    void setLines(std::vector<StarLine> lines);
    const std::vector<StarLine>& lines() const { return m_lines; } // what is drawn, for tests
    QSize sizeHint() const override { return {420, 420}; }
    QSize minimumSizeHint() const override { return {260, 260}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::vector<StarLine> m_lines;
};

} // namespace waymark
