#pragma once

#include "common/Result.h"
#include "reports/ReportContent.h"
#include "reports/ReportFigure.h"

#include <QPageLayout>
#include <QSize>

#include <functional>

class QPagedPaintDevice;

namespace st {

// Makes the report's chart (its timeline over its date range) as a figure laid out at `size` CSS pixels
// (1/96 inch, the size it prints at); the figure may be taller when it adds a detail of a crowded period.
// A null figure leaves the chart out.
using ReportChartRenderer = std::function<ReportFigure(const ReportContent &report, const QSize &size)>;

// The workspace's timeline chart (ui/charts), drawn without a view. Call on the GUI thread.
ReportChartRenderer timelineChartRenderer();

// Resolution of the chart's image in the HTML export (paper gets vectors).
inline constexpr qreal kReportChartDpi = 300;

// The one path to paper: lays the report out for `device` (a QPrinter, the print preview's printer
// or a QPdfWriter) and paints its pages, honouring the device's page ranges. Gives the page count.
// The menu, the preview and the command line all come through here.
Result<int> paintReport(const ReportContent &content, QPagedPaintDevice &device,
                        const ReportChartRenderer &chart = timelineChartRenderer());

// Writes a PDF on `layout` (see ReportPages::defaultPageLayout). The file is replaced only when the
// whole report was written. Gives the page count.
Result<int> writeReportPdf(const ReportContent &content, const QString &path, const QPageLayout &layout,
                           const ReportChartRenderer &chart = timelineChartRenderer());

// Writes one self-contained HTML file: CSS embedded, the chart as a data: URI PNG.
Status writeReportHtml(const ReportContent &content, const QString &path,
                       const ReportChartRenderer &chart = timelineChartRenderer());

} // namespace st
