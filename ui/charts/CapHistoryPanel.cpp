#include "charts/CapHistoryPanel.h"

#include "charts/CapHistoryChart.h"
#include "charts/CapHistoryView.h"
#include "charts/ChartExport.h"
#include "charts/ChartPalette.h"

#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace st {

CapHistoryPanel::CapHistoryPanel(QWidget *parent)
    : QWidget(parent)
    , m_type(new QComboBox(this))
    , m_note(new QLabel(this))
    , m_view(new CapHistoryView(this))
    , m_chart(m_view->capChart())
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_note->setForegroundRole(QPalette::PlaceholderText); // quiet in light and dark palettes alike
    auto *label = new QLabel(tr("&Cap history of"), this);
    label->setBuddy(m_type);
    auto *header = new QHBoxLayout;
    header->setContentsMargins(8, 2, 4, 0);
    header->addWidget(label);
    header->addWidget(m_type);
    header->addSpacing(12);
    header->addWidget(m_note, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] { redraw(); });
    m_chart->setSurface(chartstyle::surfaceFor(palette()));
    installChartExportMenu(m_view, QStringLiteral("cap-history"));
}

void CapHistoryPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_chart->setSurface(chartstyle::surfaceFor(palette()));
}

void CapHistoryPanel::setData(const QList<std::pair<QString, QString>> &cappedTypes, const QList<MeasureFact> &facts,
                              const QString &stateCode, const QString &stateName)
{
    m_facts = facts;
    m_stateCode = stateCode;
    m_stateName = stateName;
    const QString current = currentType();
    const QSignalBlocker block(m_type);
    m_type->clear();
    for (const auto &[code, name] : cappedTypes)
        m_type->addItem(name, code);
    m_type->setCurrentIndex(std::max(0, m_type->findData(current)));
    redraw();
}

QString CapHistoryPanel::currentType() const { return m_type->currentData().toString(); }

void CapHistoryPanel::setCurrentType(const QString &code)
{
    const int index = m_type->findData(code);
    if (index >= 0)
        m_type->setCurrentIndex(index);
}

void CapHistoryPanel::redraw()
{
    if (m_stateCode.isEmpty()) {
        m_note->setText(tr("Caps are set per state: choose one in the state list."));
        m_chart->setHistory({}, m_type->currentText());
        return;
    }
    const CapHistory history = capHistory(m_facts, currentType(), m_stateCode);
    const int changes = static_cast<int>(history.applied.size());
    m_note->setText(tr("%1: %Ln change(s). Caps on a yearly basis; wheel to zoom, drag to pan, double-click for "
                       "the whole period.", nullptr, changes)
                        .arg(m_stateName));
    m_chart->setHistory(history, m_type->currentText());
}

} // namespace st
