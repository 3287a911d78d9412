#include "charts/CapHistoryChart.h"

#include "charts/ChartStyle.h"
#include "charts/TimelineChart.h"
#include "workspace/ChartGeometry.h"
#include "workspace/Formatting.h"

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

QString stepText(const CapStep &s)
{
    QString value;
    if (!s.value)
        value = CapHistoryChart::tr("applied without a figure");
    else if (s.isBan())
        value = CapHistoryChart::tr("full ban");
    else
        value = capText(Cap{*s.value, s.unit, s.period});
    return QStringLiteral("%1 · %2").arg(value, shortSymbol(s.symbol));
}

// Where a period without a figure is drawn, as a share of the axis.
constexpr qreal kFigurelessLevel = 0.92;

} // namespace

// The step and note labels, placed so they never overlap.
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
        for (const Item &item : std::as_const(items)) {
            if (item.leader) {
                p->setPen(QPen(QColor(0x9c, 0x3d, 0x10, 150), 1));
                p->drawLine(item.anchor, QPointF(item.rect.center().x(), item.rect.bottom()));
            }
            p->setPen(QPen(item.hollow ? QColor(0x9c, 0x3d, 0x10, 120) : QColor(0x9c, 0x3d, 0x10, 170), 0.8,
                           item.hollow ? Qt::DashLine : Qt::SolidLine));
            p->setBrush(QColor(255, 255, 255, 235));
            p->drawRoundedRect(item.rect, 3, 3);
            QFont f = chartstyle::sized(m_chart->font(), 8);
            f.setItalic(item.hollow);
            p->setFont(f);
            p->setPen(QColor(0x1b, 0x26, 0x31));
            p->drawText(item.rect, Qt::AlignCenter, item.text);
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
    connect(this, &QChart::plotAreaChanged, this, [this] { relayout(); });
}

CapHistoryChart::~CapHistoryChart() = default;

void CapHistoryChart::setHistory(const CapHistory &history, const QString &typeName)
{
    m_history = history;
    removeAllSeries();
    m_runs.clear();
    m_unquantified.clear();
    m_starts = m_superseded = nullptr;

    const QDate today = QDate::currentDate();
    QDate first = today.addYears(-1);
    QDate lastChange;
    qreal highest = 0;
    m_unit.clear();
    for (const QList<CapStep> *list : {&history.applied, &history.supersededBeforeEffect}) {
        for (const CapStep &s : *list) {
            first = std::min(first, s.from);
            lastChange = lastChange.isValid() ? std::max(lastChange, s.from) : s.from;
            if (s.value)
                highest = std::max(highest, *s.value);
            if (m_unit.isEmpty() && s.value && !s.isBan())
                m_unit = s.unit;
        }
    }
    m_scale = highest >= 5e6 ? 1e6 : highest >= 5e3 ? 1e3 : 1;
    // Room above the highest cap for the labels, on round numbers.
    m_axisY->setRange(0, std::max(1.0, highest / m_scale * 1.3));
    m_axisY->applyNiceNumbers();
    const qreal top = m_axisY->max();
    // The changes, and two years of what followed: the line then runs on to the edge, marked as still
    // in force, instead of squeezing a two-year history into a corner of twenty.
    const QDate from = first.addMonths(-4);
    const QDate to = lastChange.isValid() ? std::min(today, std::max(lastChange, first.addYears(1)).addYears(2))
                                          : today;
    const qreal endX = TimelineChart::xOf(to);

    auto attach = [this](QAbstractSeries *series) {
        addSeries(series);
        series->attachAxis(m_axisX);
        series->attachAxis(m_axisY);
    };
    const QColor colour = chartstyle::capColour();
    // Contiguous steps with a figure form one step line; a gap or a step without figure breaks it.
    QLineSeries *run = nullptr;
    QDate runEnd;
    m_starts = new QScatterSeries;
    m_starts->setName(tr("Cap adopted"));
    m_starts->setMarkerSize(8);
    m_starts->setColor(colour);
    m_starts->setBorderColor(Qt::white);
    for (const CapStep &s : history.applied) {
        const qreal x0 = TimelineChart::xOf(s.from);
        const qreal x1 = s.until.isValid() ? TimelineChart::xOf(s.until) : endX;
        if (!s.value) {
            // Drawn along the top: the measure applied, but with no number to plot.
            auto *line = new QLineSeries;
            line->setName(tr("In force without a figure"));
            line->setPen(QPen(colour, 2, Qt::DashLine));
            line->append(x0, top * kFigurelessLevel);
            line->append(std::min(x1, endX), top * kFigurelessLevel);
            m_unquantified << line;
            run = nullptr;
            continue;
        }
        const qreal y = *s.value / m_scale;
        if (!run || runEnd != s.from) {
            run = new QLineSeries;
            run->setName(tr("Cap in force"));
            run->setPen(QPen(colour, 2.5));
            m_runs << run;
        }
        run->append(x0, y);
        run->append(std::min(x1, endX), y);
        runEnd = s.until;
        m_starts->append(x0, y);
    }
    for (QLineSeries *r : std::as_const(m_runs))
        attach(r);
    for (QLineSeries *line : std::as_const(m_unquantified))
        attach(line);
    attach(m_starts);
    m_superseded = new QScatterSeries;
    m_superseded->setName(tr("Adopted, replaced before taking effect"));
    m_superseded->setMarkerSize(11);
    m_superseded->setBrush(Qt::white);
    m_superseded->setPen(QPen(colour, 2));
    for (const CapStep &s : history.supersededBeforeEffect) {
        if (s.value)
            m_superseded->append(TimelineChart::xOf(s.from), *s.value / m_scale);
    }
    attach(m_superseded);
    // One legend entry per meaning.
    for (QAbstractSeries *series : this->series()) {
        const auto *xy = qobject_cast<QXYSeries *>(series);
        const bool duplicateRun = (m_runs.size() > 1 && series != m_runs.first() && m_runs.contains(xy)) ||
                                  (m_unquantified.size() > 1 && series != m_unquantified.first() &&
                                   m_unquantified.contains(xy));
        if (duplicateRun || (xy && xy->count() == 0) || series == m_starts) {
            for (QLegendMarker *marker : legend()->markers(series))
                marker->setVisible(false);
        }
    }

    m_axisY->setLabelFormat(top < 10 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    const QString unit = m_unit.isEmpty() ? tr("cap") : m_unit;
    m_axisY->setTitleText(m_scale == 1e6   ? tr("million %1").arg(unit)
                          : m_scale == 1e3 ? tr("thousand %1").arg(unit)
                                           : unit);
    for (const QString &label : m_axisX->categoriesLabels())
        m_axisX->remove(label);
    m_axisX->setRange(TimelineChart::xOf(from), endX);
    m_axisX->setStartValue(TimelineChart::xOf(from));
    for (const DateTick &tick : dateTicks(from, to, 10))
        m_axisX->append(tick.label, TimelineChart::xOf(tick.date));
    m_axisX->append(QStringLiteral(" "), endX);
    setTitle(history.applied.isEmpty() && history.supersededBeforeEffect.isEmpty()
                 ? tr("No %1 measures for this state").arg(typeName)
                 : QString());
    relayout();
}

QList<QPointF> CapHistoryChart::stepPoints() const
{
    QList<QPointF> out;
    for (const QLineSeries *run : m_runs)
        out << run->points();
    return out;
}

QStringList CapHistoryChart::labelTexts() const
{
    QStringList out;
    for (const CapHistoryLabels::Item &item : std::as_const(m_labels->items))
        out << item.text;
    return out;
}

void CapHistoryChart::relayout()
{
    m_labels->items.clear();
    const QRectF plot = plotArea();
    if (plot.width() < 10 || m_axisX->max() <= m_axisX->min()) {
        m_labels->update();
        return;
    }
    auto position = [&](qreal x, qreal y) {
        return QPointF(plot.left() + (x - m_axisX->min()) / (m_axisX->max() - m_axisX->min()) * plot.width(),
                       plot.bottom() - y / m_axisY->max() * plot.height());
    };
    const QFontMetricsF metrics(chartstyle::sized(font(), 8));
    QList<LabelRequest> requests;
    QList<CapHistoryLabels::Item> pending;
    const qreal h = metrics.height() + 2;
    auto request = [&](const QPointF &anchor, const QString &text, bool hollow, int direction = -1) {
        requests.append({anchor, QSizeF(metrics.horizontalAdvance(text) + 8, h), direction, 6, 6});
        pending.append({{}, anchor, text, hollow, false});
    };
    for (const CapStep &s : m_history.applied) {
        const qreal y = s.value ? *s.value / m_scale : m_axisY->max() * kFigurelessLevel;
        // A dashed period runs along the top: its label goes under it.
        request(position(TimelineChart::xOf(s.from), y), stepText(s), false, s.value ? -1 : 1);
    }
    if (!m_history.applied.isEmpty() && m_history.applied.last().until.isNull()) {
        const CapStep &last = m_history.applied.last();
        const qreal y = last.value ? *last.value / m_scale : m_axisY->max() * kFigurelessLevel;
        const QPointF end = position(m_axisX->max(), y);
        const QString text = tr("still in force →");
        const qreal w = metrics.horizontalAdvance(text) + 8;
        requests.append({end - QPointF(w / 2 + 4, 0), QSizeF(w, h), -1, 4, 2, false});
        pending.append({{}, end, text, false, false});
    }
    for (const CapStep &s : m_history.supersededBeforeEffect) {
        if (!s.value)
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
        request(position(TimelineChart::xOf(s.from), *s.value / m_scale), text, true);
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
