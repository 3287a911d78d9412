#include "charts/ChartRendering.h"

#include "charts/ChartPalette.h"
#include "charts/TimelineChart.h"
#include "charts/TimelineLayers.h"

#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLocale>
#include <QPainter>
#include <QSet>

#include <algorithm>

namespace st {

TimelineChartOptions timelineOptionsForPrint(const TimelineData &data, const QDate &from, const QDate &to)
{
    TimelineChartOptions options;
    // A report starts on its first resolution: drawn from that very day, its marker would be cut in half
    // by the axis and the trigger that led to it (1695's missile launches, ten days before) left out.
    // The chart starts a little before the earliest of them.
    QDate first = from;
    for (const TriggerLink &t : data.triggers) {
        if (!first.isValid() || t.event.citedDate() < first)
            first = t.event.citedDate();
    }
    if (first.isValid()) {
        const QDate last = to.isValid() ? to : QDate::currentDate();
        // About 4 % of the span: on a page, room for a lag's label left of the first link.
        first = first.addDays(-std::max<qint64>(30, first.daysTo(last) / 24));
    }
    options.from = first;
    options.to = to;
    // At the width of a page the legend's entries get cut short ("Sancti…"); the lanes are named on
    // the axis and the report's caption explains the markers instead. No title either: the page has one.
    options.legend = false;
    return options;
}

namespace {

constexpr int kDetailHeight = 230;
constexpr int kDetailHeadingHeight = 24;

// The dates of the links whose lag found no room on `chart`: of the groups they form (a year apart
// or less), the largest, padded. Nullopt when every lag is written.
std::optional<std::pair<QDate, QDate>> crowdedPeriod(const TimelineChart &chart)
{
    const TimelineGeometry &g = chart.timelineGeometry();
    QSet<int> written;
    for (const TimelineGeometry::Label &l : g.labels)
        written.insert(l.trigger);
    QList<std::pair<QDate, QDate>> hidden;
    for (int t : g.visibleTriggers) {
        const TriggerLink &link = chart.data().triggers[t];
        if (written.contains(t) || chart.positionOf(link.resolutionId).isNull())
            continue;
        hidden.append({std::min(link.event.citedDate(), link.resolutionDate),
                       std::max(link.event.citedDate(), link.resolutionDate)});
    }
    if (hidden.isEmpty())
        return std::nullopt;
    std::sort(hidden.begin(), hidden.end());
    std::pair<QDate, QDate> best = hidden.first(), group = hidden.first();
    int bestCount = 1, count = 1;
    for (qsizetype i = 1; i < hidden.size(); ++i) {
        if (hidden[i].first <= group.second.addYears(1)) {
            group.second = std::max(group.second, hidden[i].second);
            ++count;
        } else {
            group = hidden[i];
            count = 1;
        }
        if (count > bestCount) {
            best = group;
            bestCount = count;
        }
    }
    const qint64 pad = std::max<qint64>(45, best.first.daysTo(best.second) / 8);
    return std::pair{best.first.addDays(-pad), best.second.addDays(pad)};
}

// Whether a detail of `period` would enlarge the whole chart's dates at least twice. Where links crowd
// everywhere (thousands of resolutions of one state), the crowded period is the whole range or more: a
// detail of it would repeat the chart under a heading that says it enlarges a period.
bool enlarges(const std::pair<QDate, QDate> &period, const TimelineChartOptions &whole)
{
    if (!whole.from.isValid() || !whole.to.isValid())
        return true;
    const QDate from = std::max(period.first, whole.from);
    const QDate to = std::min(period.second, whole.to);
    return from < to && 2 * from.daysTo(to) <= whole.from.daysTo(whole.to);
}

void layOutChart(TimelineChart *chart, const QSize &size)
{
    chart->resize(QSizeF(size));
    if (chart->layout())
        chart->layout()->activate();
}

} // namespace

QSize PrintedTimeline::size() const
{
    return detail ? QSize(wholeSize.width(), wholeSize.height() + kDetailHeadingHeight + detailSize.height()) : wholeSize;
}

PrintedTimeline printedTimeline(const TimelineData &data, const QSize &wholeSize, const QDate &from, const QDate &to)
{
    PrintedTimeline figure;
    figure.whole = timelineOptionsForPrint(data, from, to);
    figure.wholeSize = wholeSize;
    QGraphicsScene scene;
    auto *whole = new TimelineChart(data, figure.whole);
    scene.addItem(whole);
    layOutChart(whole, wholeSize);
    const auto period = crowdedPeriod(*whole);
    if (period && enlarges(*period, figure.whole)) {
        TimelineChartOptions detail = figure.whole;
        detail.from = std::max(period->first, figure.whole.from);
        detail.to = std::min(period->second, figure.whole.to);
        detail.escalation = false; // the whole chart above shows it; here the lanes get the room
        figure.detail = detail;
        figure.detailSize = QSize(wholeSize.width(), kDetailHeight);
    }
    return figure;
}

void paintTimelineForPrint(QPainter &painter, const QRectF &target, const TimelineData &data,
                           const PrintedTimeline &figure)
{
    const QSizeF total(figure.size());
    const qreal scale = std::min(target.width() / total.width(), target.height() / total.height());
    const QRectF wholeRect(target.topLeft(), QSizeF(figure.wholeSize) * scale);
    paintTimeline(&painter, wholeRect, data, figure.whole, QSizeF(figure.wholeSize));
    if (!figure.detail)
        return;
    // The detail's heading says which period it enlarges and why.
    const QRectF heading(wholeRect.left(), wholeRect.bottom(), wholeRect.width(), kDetailHeadingHeight * scale);
    painter.save();
    QFont font = painter.font();
    font.setPixelSize(qMax(1, qRound(11 * scale)));
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(chartstyle::paperSurface().text);
    const QLocale locale;
    painter.drawText(heading.adjusted(8 * scale, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                     QCoreApplication::translate("st::ChartRendering", "%1 to %2 enlarged: there the lags are too "
                                                                       "close together to write at full scale")
                         .arg(locale.toString(figure.detail->from, QStringLiteral("MMM yyyy")),
                              locale.toString(figure.detail->to, QStringLiteral("MMM yyyy"))));
    painter.restore();
    const QRectF detailRect(heading.left(), heading.bottom(), wholeRect.width(), figure.detailSize.height() * scale);
    paintTimeline(&painter, detailRect, data, *figure.detail, QSizeF(figure.detailSize));
}

} // namespace st
