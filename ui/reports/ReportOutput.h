#pragma once

#include "common/Result.h"
#include "reports/ReportContent.h"

#include <QImage>
#include <QPageLayout>
#include <QSize>

#include <functional>

class QPagedPaintDevice;

namespace st {

// Renders the timeline chart of a report (its timeline over its date range): `size` in CSS pixels
// (1/96 inch, the size it prints at), `dpi` the pixel density of the image. A null image leaves the
// chart out.
using ReportChartRenderer = std::function<QImage(const ReportContent &report, const QSize &size, qreal dpi)>;

// The workspace's timeline chart (ui/charts), drawn offscreen at `dpi`.
ReportChartRenderer timelineChartRenderer();

// Print resolution of the chart image in every output.
inline constexpr qreal kReportChartDpi = 300;
// The chart image's size in CSS pixels (1/96 inch): its pixels at kReportChartDpi. The figure may be
// taller than ReportHtmlOptions::kReportChartSize when it adds a detail of a crowded period.
QSize chartCssSize(const QImage &chart);

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
