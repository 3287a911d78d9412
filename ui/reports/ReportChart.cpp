#include "reports/ReportOutput.h"

#include "charts/ChartRendering.h"

#include <memory>

namespace st {

ReportChartRenderer timelineChartRenderer()
{
    return [](const ReportContent &report, const QSize &size) {
        auto figure = std::make_shared<const PrintedTimeline>(printedTimeline(report.timeline, size, report.from, report.to));
        return ReportFigure{figure->size(), [figure, data = report.timeline](QPainter &painter, const QRectF &target) {
                                paintTimelineForPrint(painter, target, data, *figure);
                            }};
    };
}

} // namespace st
