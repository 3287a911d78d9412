#include "reports/ReportOutput.h"

#include "charts/ChartRendering.h"

namespace st {

ReportChartRenderer timelineChartRenderer()
{
    return [](const ReportContent &report, const QSize &size, qreal dpi) {
        return renderTimelineForPrint(report.timeline, size, dpi, report.from, report.to);
    };
}

} // namespace st
