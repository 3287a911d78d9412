#include "charts/TimelinePanel.h"

#include "charts/TimelineView.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace st {

TimelinePanel::TimelinePanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_view(new TimelineView(this))
    , m_fitAll(new QAction(tr("&Fit Timeline"), this))
{
    m_fitAll->setToolTip(tr("Show the whole timeline again (Home, or double-click the chart)"));
    m_fitAll->setIconText(tr("Fit all"));
    connect(m_fitAll, &QAction::triggered, m_view, &TimelineView::fitAll);
    connect(m_view, &TimelineView::resolutionActivated, this, &TimelinePanel::resolutionActivated);

    auto *hint = new QLabel(tr("Wheel: zoom · Drag: pan · Right-drag: zoom to a range · Click: select · ←/→: step"), this);
    hint->setStyleSheet(QStringLiteral("color: #7b8794"));
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
}

void TimelinePanel::setData(const TimelineData &timeline, const QString &stateName)
{
    m_title->setText(tr("%1 — %2 resolutions, %3 trigger events")
                         .arg(stateName)
                         .arg(timeline.resolutions.size())
                         .arg(timeline.triggers.size()));
    m_view->setData(timeline);
}

void TimelinePanel::setSelectedResolution(qint64 id) { m_view->setSelectedResolution(id); }

} // namespace st
