#pragma once

#include "analysis/Timeline.h"

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QScatterSeries>

class QPainter;

namespace st::chartstyle {

// One look for every chart of the app (screen, print and PDF): colours and marker shapes by meaning.
struct MarkerStyle {
    QColor colour;
    QScatterSeries::MarkerShape shape = QScatterSeries::MarkerShapeCircle;
    qreal size = 10;
};

MarkerStyle of(TimelineCategory category);
// "Sanctions round", "Panel of Experts renewal", …: the tooltip's and the table's word for it.
QString categoryName(TimelineCategory category);
MarkerStyle of(EventKind kind);
// Statements, Committee decisions and reports: small markers of their own, in the acts lane.
MarkerStyle of(ActKind kind);
// The legend's short word for an act kind ("Statement"): the legend is one line, already nearly full.
QString legendName(ActKind kind);
// The category's name in the legend: short, so that a dozen entries fit one row of a 1280-pixel window.
QString legendName(TimelineCategory category);
QColor escalationColour();
QColor capColour();
QColor mutedText();
// A marker colour for what the filters leave out: the same hue, pale, so matches stand out.
QColor faded(const QColor &colour);
// `base` at `points` points: chart text keeps its size on screen and on paper.
QFont sized(const QFont &base, qreal points);
// Writes `text` centred in `rect` (chart coordinates) with the painter's pen, at the size `font` has in the
// chart's own coordinates, whatever the device: QPainter::drawText sizes a point-sized font for the device
// it paints on, so on a 1200 dpi PDF page, under the painter's scaling to the chart, a label came out
// twelve times too big. Labels are measured (QFontMetricsF) in chart coordinates; they are drawn so too.
void drawCentredText(QPainter *painter, const QRectF &rect, const QString &text, const QFont &font);

} // namespace st::chartstyle
