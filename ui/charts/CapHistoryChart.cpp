#include "charts/CapHistoryChart.h"

#include "charts/ChartStyle.h"
#include "charts/TimelineChart.h"
#include "workspace/ChartGeometry.h"
#include "domain/Wording.h"

#include <QCategoryAxis>
#include <QGraphicsObject>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace st {

namespace {

QString shortSymbol(const QString &symbol)
{
    // "S/RES/2397 (2017)" -> "2397"; a draft keeps its symbol.
    if (symbol.startsWith(QLatin1String("S/RES/")))
        return symbol.mid(6).section(QLatin1Char(' '), 0, 0);
    return symbol;
}

// The cap as the resolution states it, and its yearly rate where the period differs:
// "500,000 barrels / 3 months (2,000,000 a year)".
QString capWording(const CapStep &s)
{
    if (!s.value)
        return CapHistoryChart::tr("applied without a figure");
    if (s.isBan())
        return CapHistoryChart::tr("full ban");
    QString text = capText(Cap{*s.value, s.unit, s.period});
    const std::optional<double> rate = capPerYear(s);
    if (rate && s.period != QLatin1String("year"))
        text += QLatin1Char(' ') + CapHistoryChart::tr("(%1 a year)").arg(capValueText(std::round(*rate)));
    return text;
}

QString stepText(const CapStep &s) { return QStringLiteral("%1 · %2").arg(capWording(s), shortSymbol(s.symbol)); }

QString periodText(const CapStep &s)
{
    if (s.until.isValid())
        return CapHistoryChart::tr("%1 to %2").arg(dayText(s.from), dayText(s.until.addDays(-1)));
    return CapHistoryChart::tr("from %1").arg(dayText(s.from));
}

// How close (in pixels) the pointer must be to a marker for its tooltip.
constexpr qreal kMarkerReach = 8;

} // namespace

// Bands for the periods without a figure, and the step and note labels, placed so they never overlap.
class CapHistoryLabels : public QGraphicsObject {
public:
    explicit CapHistoryLabels(CapHistoryChart *chart)
        : QGraphicsObject(chart)
        , m_chart(chart)
    {
        setZValue(4.5);
    }
    QRectF boundingRect() const override { return m_chart->plotArea().adjusted(-2, -2, 2, 2); }
    void paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        p->save();
        p->setRenderHint(QPainter::Antialiasing);
        p->setClipRect(m_chart->plotArea());
        const chartstyle::Surface &surface = m_chart->surface();
        // The cap's brown, made readable on the surface (lighter on a dark one).
        const QColor cap = chartstyle::readableOn(chartstyle::capColour(), surface);
        const auto alpha = [&cap](int a) { return QColor(cap.red(), cap.green(), cap.blue(), a); };
        for (const QRectF &band : std::as_const(bands)) {
            p->fillRect(band, alpha(28));
            p->fillRect(band, QBrush(alpha(60), Qt::BDiagPattern));
            p->setPen(QPen(alpha(140), 1, Qt::DashLine));
            p->drawLine(band.topLeft(), band.bottomLeft());
        }
        for (const Item &item : std::as_const(items)) {
            if (item.leader) {
                p->setPen(QPen(alpha(150), 1));
                p->drawLine(item.anchor, QPointF(item.rect.center().x(), item.rect.bottom()));
            }
            p->setPen(QPen(item.hollow ? alpha(120) : alpha(170), 0.8, item.hollow ? Qt::DashLine : Qt::SolidLine));
            p->setBrush(surface.labelFill);
            p->drawRoundedRect(item.rect, 3, 3);
            QFont f = chartstyle::sized(m_chart->font(), 8);
            f.setItalic(item.hollow);
            p->setPen(surface.text);
            chartstyle::drawCentredText(p, item.rect, item.text, f);
        }
        p->restore();
    }
    struct Item {
        QRectF rect;
        QPointF anchor;
        QString text;
        bool hollow = false;
        bool leader = false;
    };
    QList<Item> items;
    QList<QRectF> bands;

private:
    CapHistoryChart *m_chart;
};

CapHistoryChart::CapHistoryChart(QGraphicsItem *parent)
    : QChart(parent)
    , m_axisX(new QCategoryAxis(this))
    , m_axisY(new QValueAxis(this))
    , m_labels(new CapHistoryLabels(this))
{
    setAnimationOptions(QChart::NoAnimation);
    setBackgroundRoundness(0);
    setMargins(QMargins(6, 4, 10, 2));
    setPlotAreaBackgroundVisible(true);
    setPlotAreaBackgroundBrush(QColor(0xfb, 0xfc, 0xfd));
    setPlotAreaBackgroundPen(QPen(QColor(0xd5, 0xdb, 0xe1)));
    m_axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_axisX->setLabelsFont(chartstyle::sized(font(), 8));
    m_axisX->setLabelsColor(chartstyle::mutedText());
    m_axisX->setGridLineColor(QColor(0xe3, 0xe7, 0xeb));
    m_axisY->setLabelsFont(chartstyle::sized(font(), 8));
    m_axisY->setLabelsColor(chartstyle::mutedText());
    m_axisY->setGridLineColor(QColor(0xe3, 0xe7, 0xeb));
    m_axisY->setTitleFont(chartstyle::sized(font(), 8));
    addAxis(m_axisX, Qt::AlignBottom);
    addAxis(m_axisY, Qt::AlignLeft);
    legend()->setAlignment(Qt::AlignTop);
    legend()->setFont(chartstyle::sized(font(), 8));
    legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    // A new width fits another number of date ticks; then the labels move with the plot.
    connect(this, &QChart::plotAreaChanged, this, [this] {
        updateTicks();
        relayout();
    });
}

CapHistoryChart::~CapHistoryChart() = default;

void CapHistoryChart::setSurface(const chartstyle::Surface &surface)
{
    m_surface = surface;
    chartstyle::applySurface(this, surface);
    applySurfaceToSeries();
    m_labels->update();
}

void CapHistoryChart::applySurfaceToSeries()
{
    const QColor cap = chartstyle::readableOn(chartstyle::capColour(), m_surface);
    for (QLineSeries *run : std::as_const(m_runs))
        run->setPen(QPen(cap, 2.5));
    if (m_starts) {
        m_starts->setColor(cap);
        m_starts->setBorderColor(m_surface.plot);
    }
    // Hollow markers are hollow on any surface: filled with the plot's own colour.
    if (m_superseded) {
        m_superseded->setBrush(m_surface.plot);
        m_superseded->setPen(QPen(cap, 2));
    }
    if (m_vetoed) {
        m_vetoed->setBrush(m_surface.plot);
        m_vetoed->setPen(QPen(chartstyle::readableOn(chartstyle::of(TimelineCategory::VetoedDraft).colour, m_surface), 2));
    }
}

void CapHistoryChart::setHistory(const CapHistory &history, const QString &typeName)
{
    m_history = history;
    removeAllSeries();
    m_runs.clear();
    m_starts = m_superseded = m_vetoed = nullptr;

    const QDate today = QDate::currentDate();
    QDate first;
    qreal highest = 0;
    m_unit.clear();
    QStringList periods; // as the resolutions state them, for the legend
    for (const QList<CapStep> *list : {&history.applied, &history.supersededBeforeEffect, &history.vetoedProposals}) {
        for (const CapStep &s : *list) {
            first = first.isValid() ? std::min(first, s.from) : s.from;
            if (const auto rate = capPerYear(s))
                highest = std::max(highest, *rate);
            if (m_unit.isEmpty() && s.value && !s.isBan())
                m_unit = s.unit;
            if (s.value && !s.isBan() && !s.period.isEmpty() && !periods.contains(s.period))
                periods << s.period;
        }
    }
    if (!first.isValid())
        first = today.addYears(-1);
    m_scale = highest >= 5e6 ? 1e6 : highest >= 5e3 ? 1e3 : 1;
    // Room above the highest cap for the labels, on round numbers.
    m_axisY->setRange(0, std::max(1.0, highest / m_scale * 1.3));
    m_axisY->applyNiceNumbers();
    // The whole period, from a little before the first cap to today: what still applies runs to the edge.
    m_fullFrom = TimelineChart::xOf(first.addMonths(-4));
    m_fullTo = TimelineChart::xOf(std::max(today, first.addYears(1)));

    auto attach = [this](QAbstractSeries *series) {
        addSeries(series);
        series->attachAxis(m_axisX);
        series->attachAxis(m_axisY);
    };
    const QColor colour = chartstyle::capColour();
    const QString perYear = periods.size() > 1 || (periods.size() == 1 && periods.first() != QLatin1String("year"))
                                ? tr("Cap in force, per year (set per %1)").arg(periods.join(QStringLiteral(", ")))
                                : tr("Cap in force, per year");
    // Contiguous steps with a yearly rate form one step line; a gap or a step without figure breaks it.
    QLineSeries *run = nullptr;
    QDate runEnd;
    m_starts = new QScatterSeries;
    m_starts->setName(tr("Cap adopted"));
    m_starts->setMarkerSize(8);
    m_starts->setColor(colour);
    m_starts->setBorderColor(Qt::white);
    for (const CapStep &s : history.applied) {
        const std::optional<double> rate = capPerYear(s);
        if (!rate) {
            run = nullptr; // a band, drawn by relayout(): no number to plot
            continue;
        }
        const qreal x0 = TimelineChart::xOf(s.from);
        const qreal x1 = s.until.isValid() ? TimelineChart::xOf(s.until) : m_fullTo;
        const qreal y = *rate / m_scale;
        if (!run || runEnd != s.from) {
            run = new QLineSeries;
            run->setName(perYear);
            run->setPen(QPen(colour, 2.5));
            m_runs << run;
        }
        run->append(x0, y);
        run->append(std::min(x1, m_fullTo), y);
        runEnd = s.until;
        m_starts->append(x0, y);
    }
    for (QLineSeries *r : std::as_const(m_runs))
        attach(r);
    attach(m_starts);
    m_superseded = new QScatterSeries;
    m_superseded->setName(tr("Adopted, replaced before taking effect"));
    m_superseded->setMarkerSize(11);
    m_superseded->setBrush(Qt::white);
    m_superseded->setPen(QPen(colour, 2));
    for (const CapStep &s : history.supersededBeforeEffect) {
        if (const auto rate = capPerYear(s))
            m_superseded->append(TimelineChart::xOf(s.from), *rate / m_scale);
    }
    attach(m_superseded);
    m_vetoed = new QScatterSeries;
    m_vetoed->setName(tr("Proposed in a vetoed draft, never in force"));
    m_vetoed->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
    m_vetoed->setMarkerSize(12);
    m_vetoed->setBrush(Qt::white);
    m_vetoed->setPen(QPen(chartstyle::of(TimelineCategory::VetoedDraft).colour, 2));
    for (const CapStep &s : history.vetoedProposals) {
        if (const auto rate = capPerYear(s))
            m_vetoed->append(TimelineChart::xOf(s.from), *rate / m_scale);
    }
    attach(m_vetoed);
    // One legend entry per meaning.
    for (QAbstractSeries *series : this->series()) {
        const auto *xy = qobject_cast<QXYSeries *>(series);
        const bool duplicateRun = m_runs.size() > 1 && series != m_runs.first() && m_runs.contains(xy);
        if (duplicateRun || (xy && xy->count() == 0) || series == m_starts) {
            for (QLegendMarker *marker : legend()->markers(series))
                marker->setVisible(false);
        }
    }

    m_axisY->setLabelFormat(m_axisY->max() < 10 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    m_axisY->setTitleText(valueAxisTitle());
    setTitle(history.applied.isEmpty() && history.supersededBeforeEffect.isEmpty() && history.vetoedProposals.isEmpty()
                 ? tr("No %1 measures for this state").arg(typeName)
                 : QString());
    applySurfaceToSeries();
    chartstyle::applySurface(this, m_surface); // axes and legend entries may be new
    setTimeRange(m_fullFrom, m_fullTo);
}

QString CapHistoryChart::valueAxisTitle() const
{
    const QString unit = m_unit.isEmpty() ? tr("cap") : m_unit;
    return m_scale == 1e6   ? tr("million %1 a year").arg(unit)
           : m_scale == 1e3 ? tr("thousand %1 a year").arg(unit)
                            : tr("%1 a year").arg(unit);
}

std::pair<qreal, qreal> CapHistoryChart::timeRange() const { return {m_axisX->min(), m_axisX->max()}; }

void CapHistoryChart::setTimeRange(qreal from, qreal to)
{
    // Never wider than the whole period, never narrower than a month.
    const qreal full = m_fullTo - m_fullFrom;
    qreal width = std::clamp(to - from, std::min(31.0, full), full);
    from = std::clamp(from, m_fullFrom, m_fullTo - width);
    m_axisX->setRange(from, from + width);
    updateTicks();
    relayout();
}

void CapHistoryChart::updateTicks()
{
    if (m_updatingTicks)
        return; // new tick labels can change the plot area, which asks for ticks again
    m_updatingTicks = true;
    const qreal from = m_axisX->min();
    const qreal to = m_axisX->max();
    for (const QString &label : m_axisX->categoriesLabels())
        m_axisX->remove(label);
    m_axisX->setStartValue(from);
    const int maxTicks = std::max(2, int(plotArea().width() / 70));
    for (const DateTick &tick : dateTicks(TimelineChart::dateOf(from), TimelineChart::dateOf(to), maxTicks))
        m_axisX->append(tick.label, TimelineChart::xOf(tick.date));
    m_axisX->append(QStringLiteral(" "), to);
    m_updatingTicks = false;
}

void CapHistoryChart::zoomAt(qreal factor, qreal chartX)
{
    const QRectF plot = plotArea();
    if (plot.width() <= 0 || factor <= 0)
        return;
    const auto [from, to] = zoomedRange(m_axisX->min(), m_axisX->max(), factor, (chartX - plot.left()) / plot.width());
    setTimeRange(from, to);
}

void CapHistoryChart::panByPixels(qreal dx)
{
    const QRectF plot = plotArea();
    if (plot.width() <= 0)
        return;
    const auto [from, to] = pannedRange(m_axisX->min(), m_axisX->max(), dx, plot.width());
    setTimeRange(from, to);
}

void CapHistoryChart::fitAll() { setTimeRange(m_fullFrom, m_fullTo); }

qreal CapHistoryChart::chartXOf(qreal x) const
{
    const QRectF plot = plotArea();
    return plot.left() + (x - m_axisX->min()) / (m_axisX->max() - m_axisX->min()) * plot.width();
}

QString CapHistoryChart::toolTipAt(const QPointF &pos) const
{
    const QRectF plot = plotArea();
    if (!plot.contains(pos) || m_axisX->max() <= m_axisX->min())
        return {};
    auto markerTip = [&](const QList<CapStep> &steps, const QString &what) -> QString {
        for (const CapStep &s : steps) {
            const auto rate = capPerYear(s);
            if (!rate)
                continue;
            const QPointF at(chartXOf(TimelineChart::xOf(s.from)),
                             plot.bottom() - *rate / m_scale / m_axisY->max() * plot.height());
            if (QLineF(at, pos).length() <= kMarkerReach)
                return QStringLiteral("<b>%1</b> · %2<br/>%3<br/><i>%4</i>")
                    .arg(s.symbol.toHtmlEscaped(), dayText(s.from).toHtmlEscaped(), capWording(s).toHtmlEscaped(),
                         what.toHtmlEscaped());
        }
        return {};
    };
    if (QString tip = markerTip(m_history.vetoedProposals, tr("Proposed in a vetoed draft: never in force")); !tip.isEmpty())
        return tip;
    if (QString tip = markerTip(m_history.supersededBeforeEffect, tr("Adopted, but replaced before it took effect"));
        !tip.isEmpty())
        return tip;
    const QDate day = TimelineChart::dateOf(m_axisX->min() + (pos.x() - plot.left()) / plot.width() * (m_axisX->max() - m_axisX->min()));
    for (const CapStep &s : m_history.applied) {
        if (s.from <= day && (s.until.isNull() || day < s.until))
            return QStringLiteral("<b>%1</b> %2<br/>%3<br/>%4")
                .arg(s.symbol.toHtmlEscaped(), s.until.isNull() ? tr("(in force)") : QString(),
                     capWording(s).toHtmlEscaped(), periodText(s).toHtmlEscaped());
    }
    return {};
}

QList<QPointF> CapHistoryChart::stepPoints() const
{
    QList<QPointF> out;
    for (const QLineSeries *run : m_runs)
        out << run->points();
    return out;
}

QList<std::pair<qreal, qreal>> CapHistoryChart::figurelessBands() const
{
    QList<std::pair<qreal, qreal>> out;
    for (const CapStep &s : m_history.applied) {
        if (!capPerYear(s))
            out.append({TimelineChart::xOf(s.from), s.until.isValid() ? TimelineChart::xOf(s.until) : m_fullTo});
    }
    return out;
}

QStringList CapHistoryChart::labelTexts() const
{
    QStringList out;
    for (const CapHistoryLabels::Item &item : std::as_const(m_labels->items))
        out << item.text;
    return out;
}

QList<QRectF> CapHistoryChart::labelRects() const
{
    QList<QRectF> out;
    for (const CapHistoryLabels::Item &item : std::as_const(m_labels->items))
        out << item.rect;
    return out;
}

void CapHistoryChart::relayout()
{
    m_labels->items.clear();
    m_labels->bands.clear();
    const QRectF plot = plotArea();
    if (plot.width() < 10 || m_axisX->max() <= m_axisX->min()) {
        m_labels->update();
        return;
    }
    auto position = [&](qreal x, qreal y) { return QPointF(chartXOf(x), plot.bottom() - y / m_axisY->max() * plot.height()); };
    const QFontMetricsF metrics(chartstyle::sized(font(), 8));
    QList<LabelRequest> requests;
    QList<CapHistoryLabels::Item> pending;
    const qreal h = metrics.height() + 2;
    auto request = [&](const QPointF &anchor, const QString &text, bool hollow, int direction = -1) {
        requests.append({anchor, QSizeF(metrics.horizontalAdvance(text) + 8, h), direction, 6, 6});
        pending.append({{}, anchor, text, hollow, false});
    };
    for (const CapStep &s : m_history.applied) {
        if (const auto rate = capPerYear(s)) {
            request(position(TimelineChart::xOf(s.from), *rate / m_scale), stepText(s), false);
            continue;
        }
        // No figure: a band over the whole height, its note at the top; never a point.
        const qreal x0 = std::max(chartXOf(TimelineChart::xOf(s.from)), plot.left());
        const qreal x1 = std::min(chartXOf(s.until.isValid() ? TimelineChart::xOf(s.until) : m_fullTo), plot.right());
        if (x1 <= x0)
            continue;
        m_labels->bands.append(QRectF(QPointF(x0, plot.top()), QPointF(x1, plot.bottom())));
        request(QPointF(x0 + 2, plot.top() + 4), stepText(s), true, 1);
    }
    if (!m_history.applied.isEmpty() && m_history.applied.last().until.isNull()) {
        const CapStep &last = m_history.applied.last();
        if (const auto rate = capPerYear(last)) {
            const QPointF end = position(m_axisX->max(), *rate / m_scale);
            const QString text = tr("still in force →");
            const qreal w = metrics.horizontalAdvance(text) + 8;
            requests.append({end - QPointF(w / 2 + 4, 0), QSizeF(w, h), -1, 4, 2, false});
            pending.append({{}, end, text, false, false});
        }
    }
    for (const CapStep &s : m_history.supersededBeforeEffect) {
        const auto rate = capPerYear(s);
        if (!rate)
            continue;
        // Name the measure that took its place: the one applying from the day it would have started.
        QString by;
        for (const CapStep &a : m_history.applied) {
            if (a.from <= s.from && (a.until.isNull() || s.from < a.until))
                by = shortSymbol(a.symbol);
        }
        const QString text = by.isEmpty() ? tr("%1 from %2: replaced before it took effect").arg(stepText(s), dayText(s.from))
                                          : tr("%1 from %2: replaced by %3 before it took effect")
                                                .arg(stepText(s), dayText(s.from), by);
        request(position(TimelineChart::xOf(s.from), *rate / m_scale), text, true);
    }
    for (const CapStep &s : m_history.vetoedProposals) {
        if (const auto rate = capPerYear(s))
            request(position(TimelineChart::xOf(s.from), *rate / m_scale),
                    tr("%1 proposed %2, vetoed").arg(stepText(s), dayText(s.from)), true);
    }
    const QList<LabelPlacement> placed = placeLabels(requests, {}, plot.adjusted(2, 2, -2, -2));
    for (qsizetype i = 0; i < placed.size(); ++i) {
        if (!placed[i].placed)
            continue;
        CapHistoryLabels::Item item = pending[i];
        item.rect = placed[i].rect;
        item.leader = placed[i].needsLeader;
        m_labels->items << item;
    }
    m_labels->update();
}

} // namespace st
