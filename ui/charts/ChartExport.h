#pragma once

#include "common/Result.h"

#include <QImage>
#include <QString>

class QChartView;
class QMenu;
class QWidget;

namespace st {

// A chart as the analyst sees it, for a briefing: a PNG at twice the screen's pixels, an SVG whose
// text and lines stay sharp at any size, or a copy on the clipboard.
QImage chartImage(const QChartView *view, qreal scale = 2.0);
// Writes the chart to `path`, as SVG when it ends in .svg, else as PNG. Errors say which file.
Status saveChartImage(const QChartView *view, const QString &path);
void copyChartImage(const QChartView *view);

// The chart's context menu entries: Copy Image, Save Image as PNG…, Save Image as SVG…; `baseName`
// is the file name offered ("timeline-PRK").
void addChartExportActions(QMenu *menu, QChartView *view, const QString &baseName);
// A right click (or the Menu key) on `view` opens a menu with just those entries.
void installChartExportMenu(QChartView *view, const QString &baseName);

} // namespace st
