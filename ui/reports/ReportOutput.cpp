#include "reports/ReportOutput.h"

#include "common/OutputFile.h"
#include "reports/ReportHtml.h"
#include "reports/ReportPages.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPageRanges>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

namespace st {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(st::ReportOutput) };

QImage chartImage(const ReportContent &content, const ReportChartRenderer &chart)
{
    if (!content.has(ReportSection::Chart) || !chart)
        return {};
    return chart(content, ReportHtmlOptions::kReportChartSize, kReportChartDpi);
}

} // namespace

QSize chartCssSize(const QImage &chart)
{
    return (QSizeF(chart.size()) * (96.0 / kReportChartDpi)).toSize();
}

Result<int> paintReport(const ReportContent &content, QPagedPaintDevice &device, const ReportChartRenderer &chart)
{
    const ReportPages pages(content, device, chartImage(content, chart));
    QPainter painter;
    if (!painter.begin(&device))
        return Error{Error::Code::Io, Tr::tr("The printer or file did not accept the report.")};
    // Lossless: Qt's PDF engine would otherwise store the chart as JPEG, blurring its lines and text.
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform
                           | QPainter::LosslessImageRendering);
    const QPageRanges ranges = device.pageRanges();
    bool first = true;
    for (int i = 0; i < pages.pageCount(); ++i) {
        if (!ranges.isEmpty() && !ranges.contains(i + 1))
            continue;
        if (!first && !device.newPage()) {
            painter.end();
            return Error{Error::Code::Io, Tr::tr("The printer or file refused page %1 of the report.").arg(i + 1)};
        }
        first = false;
        pages.paintPage(painter, i);
    }
    if (!painter.end())
        return Error{Error::Code::Io, Tr::tr("The report could not be finished.")};
    return pages.pageCount();
}

Result<int> writeReportPdf(const ReportContent &content, const QString &path, const QPageLayout &layout,
                           const ReportChartRenderer &chart)
{
    if (auto ok = checkOutputPath(path); !ok)
        return ok.error();
    // Made in memory, then written by the one output path (common/OutputFile): a failed report leaves
    // the old file, and a device or pipe is written in place.
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    Result<int> pages = 0;
    {
        QPdfWriter writer(&buffer);
        writer.setPageLayout(layout);
        writer.setTitle(reportTitle(content));
        writer.setCreator(QStringLiteral("Sanctions Tracker"));
        pages = paintReport(content, writer, chart);
    } // the writer finishes the PDF when it goes
    if (!pages)
        return pages.error();
    if (auto written = writeOutputFile(path, pdf); !written)
        return written.error();
    return pages;
}

Status writeReportHtml(const ReportContent &content, const QString &path, const ReportChartRenderer &chart)
{
    if (auto ok = checkOutputPath(path); !ok)
        return ok.error();
    ReportHtmlOptions options;
    const QImage image = chartImage(content, chart);
    if (!image.isNull()) {
        options.chartSize = chartCssSize(image);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        if (!image.save(&buffer, "PNG"))
            return Error{Error::Code::Io, Tr::tr("The chart could not be encoded as PNG.")};
        options.chartSource = QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
    }
    return writeOutputFile(path, renderReportHtml(content, options).toUtf8());
}

} // namespace st
