#include "charts/TimelinePanel.h"

#include "charts/TimelineView.h"

#include <QAction>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace st {

TimelinePanel::TimelinePanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_empty(nullptr)
    , m_view(new TimelineView(this))
    , m_fitAll(new QAction(tr("&Fit Timeline"), this))
{
    m_fitAll->setToolTip(tr("Show the whole timeline again (Home, or double-click the chart)"));
    m_fitAll->setIconText(tr("Fit all"));
    connect(m_fitAll, &QAction::triggered, m_view, &TimelineView::fitAll);
    connect(m_view, &TimelineView::resolutionActivated, this, &TimelinePanel::resolutionActivated);

    QLabel *hint = m_hint;
    hint->setObjectName(QStringLiteral("timelineHint"));
    hint->setForegroundRole(QPalette::PlaceholderText); // quiet, in light and dark palettes alike
    QFont small = hint->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    hint->setFont(small);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    // Both labels give way when the window is narrow; the chart matters more.
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_title->setMinimumWidth(80);
    hint->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    hint->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *fit = new QToolButton(this);
    fit->setDefaultAction(m_fitAll);
    fit->setAutoRaise(true);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(8, 2, 4, 0);
    header->addWidget(m_title, 3);
    header->addWidget(hint, 2);
    header->addWidget(fit);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);
    // Below this the lanes lose their names and the escalation axis its title (issue 11: 1024×600).
    m_view->setMinimumHeight(188);
    fitHint();

    m_empty = new QLabel(m_view);
    m_empty->setObjectName(QStringLiteral("timelineEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setAutoFillBackground(true);
    m_empty->setMargin(12);
    m_empty->setFrameShape(QFrame::StyledPanel);
    m_empty->hide();
}

QString TimelinePanel::emptyMessage() const { return m_empty->isHidden() ? QString() : m_empty->text(); }

void TimelinePanel::placeEmptyMessage()
{
    const QSize room = m_view->size();
    const int width = std::min(room.width() - 40, 560);
    const int height = m_empty->heightForWidth(width);
    m_empty->setGeometry((room.width() - width) / 2, std::max(8, (room.height() - height) / 2), width, height);
}

void TimelinePanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitHint();
    if (!m_empty->isHidden())
        placeEmptyMessage();
}

void TimelinePanel::fitHint()
{
    const QString full = tr("Wheel: zoom · Drag: pan · Right-drag: zoom to a range · Click: select · ←/→: step");
    const QString brief = tr("Wheel: zoom · Drag: pan · Click: select");
    m_hint->setToolTip(full);
    // The room the layout gives the hint: its share of the header, known once laid out.
    const int room = m_hint->width();
    const QFontMetrics metrics(m_hint->font());
    const QString text = metrics.horizontalAdvance(full) <= room ? full
                         : metrics.horizontalAdvance(brief) <= room ? brief
                                                                    : QString();
    if (m_hint->text() != text)
        m_hint->setText(text);
}

void TimelinePanel::setData(const TimelineData &timeline, const QString &stateName, bool escalationKnown)
{
    // New data for the same state (an edit, an undo, a reload) keeps the analyst's zoom.
    TimelineChart *chart = m_view->timeline();
    const bool keepRange = stateName == m_stateName && !chart->data().resolutions.isEmpty() && !chart->isFitted();
    const QDate from = chart->rangeFrom();
    const QDate to = chart->rangeTo();
    m_stateName = stateName;
    m_awaited = false;
    m_view->setData(timeline, escalationKnown);
    if (keepRange)
        chart->setDateRange(from, to);
    updateTitle();
}

void TimelinePanel::setAwaited(const QString &stateCode, const QString &stateName)
{
    TimelineData none;
    none.stateCode = stateCode;
    m_stateName = stateName;
    m_awaited = true;
    m_view->setData(none, false);
    updateTitle();
    setEmptyMessage(stateCode.isEmpty() ? tr("Placing the resolutions of all states on the timeline…")
                                        : tr("Placing the resolutions on %1 on the timeline…").arg(stateName));
}

void TimelinePanel::setEscalation(const QList<EscalationStep> &steps)
{
    m_view->timeline()->setEscalation(steps);
    updateTitle();
}

void TimelinePanel::setEmptyMessage(const QString &text)
{
    m_empty->setText(text);
    m_empty->setVisible(!text.isEmpty());
    if (!text.isEmpty()) {
        placeEmptyMessage();
        m_empty->raise();
    }
}

void TimelinePanel::setMatching(const std::optional<QSet<qint64>> &ids)
{
    m_view->timeline()->setMatching(ids);
    updateTitle();
}

QString TimelinePanel::titleText() const { return m_title->text(); }

void TimelinePanel::updateTitle()
{
    if (m_awaited) {
        m_title->setText(tr("%1 — reading the resolutions…").arg(m_stateName));
        return;
    }
    const TimelineChart *chart = m_view->timeline();
    const qsizetype all = chart->data().resolutions.size();
    const int matching = chart->matchingCount();
    const QString resolutions = matching == all ? tr("%Ln resolution(s)", nullptr, static_cast<int>(all))
                                                : tr("%1 of %2 resolutions match the filters").arg(matching).arg(all);
    QString title = tr("%1 — %2, %Ln trigger event(s)", nullptr, static_cast<int>(chart->data().triggers.size()))
                        .arg(m_stateName, resolutions);
    if (!chart->isEscalationKnown())
        title += tr(" · counting the measure types in force…");
    m_title->setText(title);
}

void TimelinePanel::setSelectedResolution(qint64 id) { m_view->setSelectedResolution(id); }

} // namespace st
