#include "reports/ReportOutput.h"

#include "common/OutputFile.h"
#include "reports/ReportHtml.h"
#include "reports/ReportPages.h"
#include "reports/ReportPdf.h"

#include <QBuffer>
#include <QCoreApplication>

namespace st {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(st::ReportOutput) };

ReportFigure chartFigure(const ReportContent &content, const ReportChartRenderer &chart)
{
    if (!content.has(ReportSection::Chart) || !chart)
        return {};
    return chart(content, ReportHtmlOptions::kReportChartSize);
}

} // namespace

Result<int> paintReport(const ReportContent &content, QPagedPaintDevice &device, const ReportChartRenderer &chart)
{
    const ReportPages pages(content, device, chartFigure(content, chart));
    if (auto painted = pages.paint(0, pages.pageCount()); !painted)
        return painted.error();
    return pages.pageCount();
}

Result<int> writeReportPdf(const ReportContent &content, const QString &path, const QPageLayout &layout,
                           const ReportChartRenderer &chart)
{
    if (auto ok = checkOutputPath(path); !ok)
        return ok.error();
    // Made in memory, then written by the one output path (common/OutputFile): a failed report leaves
    // the old file, and a device or pipe is written in place.
    auto pdf = paintReportPdf(content, layout, chartFigure(content, chart));
    if (!pdf)
        return pdf.error();
    if (auto written = writeOutputFile(path, pdf.value().bytes); !written)
        return written.error();
    return pdf.value().pages;
}

Status writeReportHtml(const ReportContent &content, const QString &path, const ReportChartRenderer &chart)
{
    if (auto ok = checkOutputPath(path); !ok)
        return ok.error();
    ReportHtmlOptions options;
    const ReportFigure figure = chartFigure(content, chart);
    if (!figure.isNull()) {
        const QImage image = figureImage(figure, kReportChartDpi);
        options.chartSize = figure.size;
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
