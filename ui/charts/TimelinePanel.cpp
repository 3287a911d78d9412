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
    m_stateName = stateName;
    m_view->setData(timeline);
    updateTitle();
}

void TimelinePanel::setMatching(const std::optional<QSet<qint64>> &ids)
{
    m_view->timeline()->setMatching(ids);
    updateTitle();
}

QString TimelinePanel::titleText() const { return m_title->text(); }

void TimelinePanel::updateTitle()
{
    const TimelineChart *chart = m_view->timeline();
    const qsizetype all = chart->data().resolutions.size();
    const int matching = chart->matchingCount();
    const QString resolutions = matching == all ? tr("%Ln resolution(s)", nullptr, static_cast<int>(all))
                                                : tr("%1 of %2 resolutions match the filters").arg(matching).arg(all);
    m_title->setText(tr("%1 — %2, %Ln trigger event(s)", nullptr, static_cast<int>(chart->data().triggers.size()))
                         .arg(m_stateName, resolutions));
}

void TimelinePanel::setSelectedResolution(qint64 id) { m_view->setSelectedResolution(id); }

} // namespace st
