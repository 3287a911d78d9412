#include "charts/ChartRendering.h"

#include "charts/TimelineChart.h"

namespace st {

namespace {

TimelineChartOptions printOptions(const QDate &from, const QDate &to)
{
    TimelineChartOptions options;
    options.from = from;
    options.to = to;
    // At the width of a page the legend's entries get cut short ("Sancti…"); the lanes are named on
    // the axis and the report's caption explains the markers instead. No title either: the page has one.
    options.legend = false;
    return options;
}

} // namespace

QImage renderTimelineForPrint(const TimelineData &data, const QSize &size, qreal dpi, const QDate &from,
                              const QDate &to)
{
    // Laid out at 96 dpi and scaled by the painter, so text and lines keep their proportions and
    // only gain sharpness.
    QImage image = renderTimelineImage(data, size, dpi / 96.0, printOptions(from, to));
    const int dotsPerMetre = qRound(dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    return image;
}

void paintTimelineForPrint(QPainter &painter, const QRectF &target, const TimelineData &data, const QSize &size,
                           const QDate &from, const QDate &to)
{
    paintTimeline(&painter, target, data, printOptions(from, to), QSizeF(size));
}

} // namespace st
