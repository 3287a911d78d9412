#pragma once

#include <QColor>

class QChart;
class QPalette;

namespace st::chartstyle {

// The neutral colours a chart is drawn on: paper (light, what print and PDF always use) or taken
// from the widget's palette, so a dark desktop gets a dark chart with light text. The colours that
// carry meaning (a sanctions round's red, a nuclear test's orange) stay the same in both.
struct Surface {
    QColor background;
    QColor plot;        // the plot area
    QColor plotBorder;
    QColor grid;
    QColor axisLine;
    QColor text;        // labels that must be read: legend, titles, numbers on the chart
    QColor mutedText;   // axis ticks, notes
    QColor labelFill;   // behind a label placed over the plot
    QColor laneShade;   // the faint band behind alternate lanes
    bool dark = false;
};

Surface paperSurface();
// `palette`'s surface: paper for a light palette, a dark one built from its Base and Text otherwise.
Surface surfaceFor(const QPalette &palette);

// Applies `surface` to what every QChart has: backgrounds, each axis's labels, title, grid and line,
// the legend's labels and the chart's title.
void applySurface(QChart *chart, const Surface &surface);

// `accent` as text or a thin line on `surface`: lightened on a dark surface until it reads (a
// contrast ratio of at least 4.5, the WCAG level for normal text).
QColor readableOn(const QColor &accent, const Surface &surface);

// The WCAG 2 contrast ratio of two colours, 1 (none) to 21 (black on white).
double contrastRatio(const QColor &a, const QColor &b);

} // namespace st::chartstyle
