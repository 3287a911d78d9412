#include "workspace/Workspace.h"

#include "analysis/Timeline.h"
#include "charts/CapHistoryPanel.h"
#include "charts/TimelinePanel.h"
#include "common/Log.h"
#include "workspace/ResolutionTablePage.h"
#include "storage/Database.h"
#include "storage/MeasureFactRepository.h"
#include "workspace/DetailPane.h"
#include "workspace/FilterSettings.h"
#include "workspace/MeasureBrowserModel.h"
#include "workspace/MeasuresPage.h"
#include "workspace/ResolutionBrowserModel.h"
#include "workspace/ResolutionSelection.h"
#include "workspace/WorkspaceBar.h"
#include "workspace/WorkspaceLists.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace st {

namespace {
// The state a new analyst sees first: the bundled data's.
const QString kDefaultState = QStringLiteral("PRK");
constexpr int kCapTab = 1;
} // namespace

Workspace::Workspace(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_selection(new ResolutionSelection(this))
    , m_resolutions(new ResolutionBrowserModel(db, this))
    , m_measures(new MeasureBrowserModel(db, this))
    , m_bar(new WorkspaceBar(this))
    , m_banner(new QLabel(this))
    , m_timeline(new TimelinePanel(this))
    , m_caps(new CapHistoryPanel(this))
    , m_resolutionPage(new ResolutionTablePage(*m_resolutions, this))
    , m_measuresPage(new MeasuresPage(*m_measures, this))
    , m_detail(new DetailPane(db, this))
    , m_chartTabs(new QTabWidget(this))
    , m_browserTabs(new QTabWidget(this))
    , m_vertical(new QSplitter(Qt::Vertical, this))
    , m_horizontal(new QSplitter(Qt::Horizontal, this))
    , m_loader(new TimelineLoader(db, this))
{
    // One search runs in both browsers: they share what its words matched.
    auto termMatches = std::make_shared<MeasureTermMatches>();
    m_resolutions->shareTermMatches(termMatches);
    m_measures->shareTermMatches(termMatches);
    buildLayout();
    connectParts();
}

Workspace::~Workspace() = default;

void Workspace::buildLayout()
{
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("background: #fdecea; color: #7b1f1a; padding: 4px 8px;"));
    m_banner->hide();

    m_chartTabs->setDocumentMode(true);
    m_chartTabs->addTab(m_timeline, tr("Timeline"));
    m_chartTabs->addTab(m_caps, tr("Cap history"));
    m_browserTabs->setDocumentMode(true);
    m_browserTabs->addTab(m_resolutionPage, tr("Resolutions"));
    m_browserTabs->addTab(m_measuresPage, tr("Measures"));

    m_horizontal->addWidget(m_browserTabs);
    m_horizontal->addWidget(m_detail);
    m_horizontal->setStretchFactor(0, 3);
    m_horizontal->setStretchFactor(1, 2);
    m_horizontal->setSizes({800, 480});
    m_horizontal->setChildrenCollapsible(false);
    m_vertical->addWidget(m_chartTabs);
    m_vertical->addWidget(m_horizontal);
    m_vertical->setStretchFactor(0, 5);
    m_vertical->setStretchFactor(1, 4);
    m_vertical->setSizes({360, 300});
    m_vertical->setChildrenCollapsible(false);
    m_detail->setMinimumWidth(260);
    // The timeline sets its own readable minimum (TimelinePanel); the browser keeps a few rows.
    m_horizontal->setMinimumHeight(120);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_bar);
    layout->addWidget(m_banner);
    layout->addWidget(m_vertical, 1);
}

void Workspace::connectParts()
{
    connect(m_selection, &ResolutionSelection::currentChanged, this, [this](qint64 id) {
        showCurrent(id);
        emit currentResolutionChanged(id);
    });
    connect(m_resolutionPage, &ResolutionTablePage::resolutionActivated, m_selection, &ResolutionSelection::setCurrent);
    connect(m_measuresPage, &MeasuresPage::resolutionActivated, m_selection, &ResolutionSelection::setCurrent);
    connect(m_timeline, &TimelinePanel::resolutionActivated, m_selection, &ResolutionSelection::setCurrent);
    connect(m_detail, &DetailPane::resolutionActivated, m_selection, &ResolutionSelection::setCurrent);
    connect(m_loader, &TimelineLoader::markersLoaded, this, [this](const QString &code, const TimelineData &markers) {
        m_timelines.insert(code, markers);
        if (code == m_stateCode)
            showArrivedMarkers();
    });
    connect(m_loader, &TimelineLoader::escalationLoaded, this, [this](const QString &code, const QList<EscalationStep> &steps) {
        if (code == m_stateCode && !m_markersAwaited) // else it comes with the markers, kept by the loader
            m_timeline->setEscalation(steps);
    });
    // The intervals the escalation was counted from serve "in force on" too: a large state's arrive from
    // the worker, and the measures tab waits for them rather than reading every measure again at once.
    m_measures->setIntervalsComing([this](const QString &code) { return m_loader->isCounting(code); });
    connect(m_loader, &TimelineLoader::intervalsLoaded, m_measures, &MeasureBrowserModel::adoptIntervals);
    connect(m_loader, &TimelineLoader::failed, this, [this](const Error &error) {
        report(error);
        if (auto done = m_measures->stopWaitingForIntervals(); !done)
            report(done.error());
        // This window's own connection may still read what the worker could not (the loader reads at once
        // from now on), and the selection follows as it would have.
        const bool follow = m_markersAwaited && std::exchange(m_followWhenMarkersArrive, false);
        rebuildTimeline(TimelineLoader::Markers::AtOnce);
        if (follow)
            followToState();
    });
    connect(m_bar, &WorkspaceBar::stateChanged, this, [this](const QString &code) {
        m_stateCode = code;
        m_stateChosen = true;
        applyState();
    });
    connect(m_bar, &WorkspaceBar::searchTyped, m_resolutions, &ResolutionBrowserModel::readAheadForSearch);
    connect(m_bar, &WorkspaceBar::searchChanged, this, [this] {
        applyResolutionFilter();
        applyMeasureFilter();
    });
    connect(m_resolutionPage, &ResolutionTablePage::filtersChanged, this, &Workspace::applyResolutionFilter);
    // Its own filters are changed on the tab itself: applied at once, shown or not.
    connect(m_measuresPage, &MeasuresPage::filtersChanged, this, &Workspace::applyMeasureFilterNow);
    connect(m_measuresPage, &MeasuresPage::inForceOnChanged, this, &Workspace::applyInForce);
    connect(m_browserTabs, &QTabWidget::currentChanged, this, [this] {
        if (m_measuresParked && m_browserTabs->currentWidget() == m_measuresPage)
            applyMeasureFilterNow();
    });
    connect(m_chartTabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == kCapTab && m_capsStale)
            refreshCapHistory();
    });
    connect(m_resolutions, &ResolutionBrowserModel::rowsRequeried, this, [this] {
        m_resolutionPage->selectResolution(m_selection->current());
        updateMatchText();
        updateTimelineMatches();
        emit countsChanged();
    });
    connect(m_measures, &MeasureBrowserModel::rowsRequeried, this, [this] {
        m_measuresPage->showWaitingForInForce(m_measures->isWaitingForIntervals());
        emit countsChanged();
    });
}

QAction *Workspace::fitTimelineAction() const { return m_timeline->fitAllAction(); }

qint64 Workspace::currentResolutionId() const { return m_selection->current(); }

void Workspace::setCurrentResolution(qint64 id) { m_selection->setCurrent(id); }

Workspace::Counts Workspace::counts() const
{
    return {m_resolutions->rowCount(), m_resolutions->totalCount(),
            m_measuresParked ? m_parkedMeasureCount : m_measures->rowCount(), m_measures->totalCount(),
            m_measures->isWaitingForIntervals() ? m_measures->inForceOn() : QDate()};
}

void Workspace::focusSearch() { m_bar->focusSearch(); }

void Workspace::resetFilters()
{
    m_bar->setSearchText({});
    m_resolutionPage->clearFilters();
    m_measuresPage->clearFilters();
    applyResolutionFilter();
    applyMeasureFilter();
    applyInForce({});
}

void Workspace::setStateCode(const QString &code)
{
    m_bar->setStateCode(code);
    m_stateCode = m_bar->stateCode();
    m_stateChosen = true;
    applyState();
}

void Workspace::report(const Error &error)
{
    qCWarning(lcStorage) << error.fullText();
    m_banner->setText(tr("%1 The view may be incomplete; use View ▸ Reload to try again.").arg(error.message));
    m_banner->show();
    emit problem(error.message, error.detail);
}

::st::Status Workspace::loadReferenceLists()
{
    auto loaded = loadWorkspaceLists(m_db);
    if (!loaded)
        return loaded.error();
    const QList<StateChoice> &states = loaded.value().states;

    QList<std::pair<QString, QString>> typeNames;
    m_cappedTypes.clear();
    for (const MeasureType &t : loaded.value().measureTypes) {
        typeNames.append({t.code, t.name});
        if (t.hasCap)
            m_cappedTypes.append({t.code, t.name});
    }
    m_resolutionPage->setMeasureTypes(typeNames);
    m_measuresPage->setMeasureTypes(typeNames);

    m_bar->setStates(states);
    const auto has = [&](const QString &code) {
        return std::any_of(states.begin(), states.end(), [&](const StateChoice &s) { return s.code == code; });
    };
    if (!m_stateChosen || (!m_stateCode.isEmpty() && !has(m_stateCode))) {
        // A new analyst starts with the bundled state, else with the state the Council acted on most.
        m_stateCode.clear();
        if (has(kDefaultState)) {
            m_stateCode = kDefaultState;
        } else if (!states.isEmpty()) {
            m_stateCode = std::max_element(states.begin(), states.end(),
                                           [](const StateChoice &a, const StateChoice &b) {
                                               return a.resolutions < b.resolutions;
                                           })->code;
        }
    }
    m_bar->setStateCode(m_stateCode);

    if (m_pendingResolutionFilter) {
        m_resolutionPage->showFilter(*m_pendingResolutionFilter);
        m_bar->setSearchText(m_pendingResolutionFilter->search);
        m_pendingResolutionFilter.reset();
    }
    if (m_pendingMeasureFilter) {
        m_measuresPage->showFilter(*m_pendingMeasureFilter, m_pendingInForce);
        m_pendingMeasureFilter.reset();
    }
    return {};
}

ResolutionFilter Workspace::resolutionFilter() const
{
    ResolutionFilter f;
    m_resolutionPage->writeFilter(f);
    f.stateCode = m_stateCode;
    f.search = m_bar->searchText();
    return f;
}

MeasureFilter Workspace::measureFilter() const
{
    MeasureFilter f;
    m_measuresPage->writeFilter(f);
    f.stateCode = m_stateCode;
    f.search = m_bar->searchText();
    return f;
}

::st::Status Workspace::reload()
{
    m_banner->hide();
    if (auto done = loadReferenceLists(); !done) {
        report(done.error());
        return done;
    }
    (void)m_resolutions->setFilter(resolutionFilter());
    m_measuresParked = false;
    (void)m_measures->setFilter(measureFilter());
    (void)m_measures->setInForceOn(m_measuresPage->inForceOn());
    if (auto done = m_resolutions->reload(); !done) {
        report(done.error());
        return done;
    }
    if (auto done = m_measures->reload(); !done) {
        report(done.error());
        return done;
    }
    m_loader->clear(); // the data changed
    m_timelines.clear();
    rebuildTimeline(TimelineLoader::Markers::AtOnce);
    m_capsStale = true;
    if (m_chartTabs->currentIndex() == kCapTab)
        refreshCapHistory();

    qint64 keep = m_selection->current() ? m_selection->current() : m_restoredSelection;
    m_restoredSelection = 0;
    if (keep == 0)
        keep = !m_latestRounds.isEmpty() ? m_latestRounds.first() : m_resolutions->idAt(0);
    if (keep == m_selection->current())
        showCurrent(keep); // same resolution, new data: show it again
    else
        m_selection->setCurrent(keep);
    updateMatchText();
    emit countsChanged();
    return {};
}

void Workspace::applyState()
{
    applyResolutionFilter();
    // The timeline first: for a large state it starts the worker whose intervals "in force on" then
    // waits for, instead of reading the same measures at once on this thread.
    rebuildTimeline(TimelineLoader::Markers::OnWorkerIfLarge);
    applyMeasureFilter();
    m_capsStale = true;
    if (m_chartTabs->currentIndex() == kCapTab)
        refreshCapHistory();
    // Follow the analyst to the new state: its latest round (known with its markers), unless the current
    // resolution concerns it too.
    m_followWhenMarkersArrive = m_markersAwaited;
    if (!m_markersAwaited)
        followToState();
}

void Workspace::followToState()
{
    if (m_resolutions->rowOfId(m_selection->current()) < 0)
        m_selection->setCurrent(!m_latestRounds.isEmpty() ? m_latestRounds.first() : m_resolutions->idAt(0));
}

// The markers the timeline waited for have arrived (and are kept).
void Workspace::showArrivedMarkers()
{
    if (!m_markersAwaited)
        return;
    rebuildTimeline(TimelineLoader::Markers::Kept);
    if (std::exchange(m_followWhenMarkersArrive, false))
        followToState();
}

void Workspace::applyResolutionFilter()
{
    if (auto done = m_resolutions->setFilter(resolutionFilter()); !done)
        report(done.error());
}

void Workspace::applyMeasureFilterNow()
{
    m_measuresParked = false;
    if (auto done = m_measures->setFilter(measureFilter()); !done)
        report(done.error());
}

void Workspace::applyMeasureFilter()
{
    const MeasureFilter filter = measureFilter();
    // A hidden measures tab gets its rows when shown: the ids of every measure of "All states" (954,628 at
    // 100,000 synthetic resolutions) took 0.14-0.2 s of the first switch, for a table nobody saw. The
    // status bar's count is still true: counted in SQL. Not with "in force on" (counted from intervals) or
    // a search (its words are matched anyway, for the resolutions), nor after a failed query.
    const bool hidden = m_browserTabs->currentWidget() != m_measuresPage;
    if (hidden && filter.search.trimmed().isEmpty() && !m_measuresPage->inForceOn().isValid() && !m_measures->lastError()) {
        auto count = filter == m_measures->filter() ? Result<int>(m_measures->rowCount())
                     : filter == MeasureFilter{}      ? Result<int>(m_measures->totalCount()) // all states, unfiltered
                                                      : BrowserRepository(m_db).measureCount(filter);
        if (count) {
            m_parkedMeasureCount = count.value();
            m_measuresParked = filter != m_measures->filter();
            emit countsChanged();
            return;
        }
    }
    applyMeasureFilterNow();
}

void Workspace::applyInForce(const QDate &day)
{
    if (m_measuresParked && day.isValid())
        applyMeasureFilterNow();
    QApplication::setOverrideCursor(Qt::WaitCursor); // the first time computes the intervals
    auto done = m_measures->setInForceOn(day);
    QApplication::restoreOverrideCursor();
    if (!done)
        report(done.error());
}

void Workspace::rebuildTimeline(TimelineLoader::Markers markers)
{
    // A copy (its lists are shared, not copied): what request() sets off must not leave it dangling.
    std::optional<TimelineData> kept;
    if (const TimelineData *found = m_timelines.find(m_stateCode))
        kept = *found;
    // The escalation line: kept from an earlier visit, counted now (from the intervals "in force on"
    // has just computed, if it is ticked), or (a large state) on the way, like a large state's markers.
    auto parts = m_loader->request(m_stateCode, kept ? TimelineLoader::Markers::Kept : markers,
                                   m_measures->intervalsOf(m_stateCode));
    if (!parts) {
        report(parts.error());
        return;
    }
    m_markersAwaited = !kept && !parts.value().markers;
    m_latestRounds.clear();
    if (m_markersAwaited) {
        m_timeline->setAwaited(m_stateCode, m_bar->stateName());
        return;
    }
    TimelineData timeline = kept ? std::move(*kept) : std::move(*parts.value().markers);
    if (!kept)
        m_timelines.insert(m_stateCode, timeline);
    const bool escalationKnown = parts.value().escalation.has_value();
    if (escalationKnown)
        timeline.escalation = *parts.value().escalation;
    const auto &entries = timeline.resolutions;
    for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
        if (it->category() == TimelineCategory::SanctionsRound)
            m_latestRounds << it->id;
    }
    m_timeline->setData(timeline, m_bar->stateName(), escalationKnown);
    m_timeline->setEmptyMessage(emptyTimelineMessage(entries.isEmpty()));
    m_timeline->setSelectedResolution(m_selection->current());
    updateTimelineMatches();
}

// Why the timeline is empty, so an empty chart never looks broken; empty when it is not.
QString Workspace::emptyTimelineMessage(bool empty) const
{
    if (!empty)
        return {};
    if (m_stateCode.isEmpty())
        return tr("This database holds no resolution yet. Import a dataset (File ▸ Import Data) or add a "
                  "resolution (File ▸ New ▸ Resolution…).");
    // States the UN list brought in: each has a sanctions regime there, not necessarily resolutions here.
    return tr("No Security Council resolution on %1 in this database yet.\n\nStates come into the state list "
              "with the UN Consolidated List (one for each sanctions regime) or when added by hand. Add its "
              "resolutions with File ▸ New ▸ Resolution…, or import a dataset that holds them.")
        .arg(m_bar->stateName());
}

// The timeline fades what the resolution filters (type, status, dates, search) leave out.
void Workspace::updateTimelineMatches()
{
    const ResolutionFilter &filter = m_resolutions->filter();
    if (!filter.narrowsBeyondState()) {
        m_timeline->setMatching(std::nullopt);
        return;
    }
    const QList<qint64> &ids = m_resolutions->ids();
    m_timeline->setMatching(QSet<qint64>(ids.cbegin(), ids.cend()));
}

void Workspace::refreshCapHistory()
{
    m_capsStale = false;
    QList<MeasureFact> facts;
    if (!m_stateCode.isEmpty()) {
        auto loaded = MeasureFactRepository(m_db).forState(m_stateCode);
        if (!loaded) {
            report(loaded.error());
            return;
        }
        facts = std::move(loaded).value();
    }
    m_caps->setData(m_cappedTypes, facts, m_stateCode, m_bar->stateName());
    if (!m_pendingCapType.isEmpty()) {
        m_caps->setCurrentType(m_pendingCapType);
        m_pendingCapType.clear();
    }
}

void Workspace::showCurrent(qint64 id)
{
    m_resolutionPage->selectResolution(id);
    m_timeline->setSelectedResolution(id);
    m_detail->showResolution(id);
}

void Workspace::updateMatchText()
{
    if (m_bar->searchText().trimmed().isEmpty()) {
        m_bar->setMatchText({});
        return;
    }
    const int n = m_resolutions->rowCount();
    m_bar->setMatchText(tr("%Ln resolution(s) match", nullptr, n));
}

void Workspace::saveSettings(QSettings &s) const
{
    s.beginGroup(QStringLiteral("workspace"));
    s.setValue(QStringLiteral("vertical"), m_vertical->saveState());
    s.setValue(QStringLiteral("horizontal"), m_horizontal->saveState());
    s.setValue(QStringLiteral("resolutionColumns"), m_resolutionPage->view()->horizontalHeader()->saveState());
    s.setValue(QStringLiteral("measureColumns"), m_measuresPage->view()->horizontalHeader()->saveState());
    s.setValue(QStringLiteral("chartTab"), m_chartTabs->currentIndex());
    s.setValue(QStringLiteral("browserTab"), m_browserTabs->currentIndex());
    s.setValue(QStringLiteral("state"), m_stateCode);
    s.setValue(QStringLiteral("stateChosen"), m_stateChosen);
    s.setValue(QStringLiteral("resolutionFilter"), toVariantMap(resolutionFilter()));
    s.setValue(QStringLiteral("measureFilter"), toVariantMap(measureFilter(), m_measuresPage->inForceOn()));
    s.setValue(QStringLiteral("selected"), currentResolutionId());
    s.setValue(QStringLiteral("capType"), m_caps->currentType());
    s.endGroup();
}

void Workspace::restoreSettings(const QSettings &s)
{
    const auto value = [&s](const char *key) { return s.value(QStringLiteral("workspace/") + QLatin1String(key)); };
    m_vertical->restoreState(value("vertical").toByteArray());
    m_horizontal->restoreState(value("horizontal").toByteArray());
    m_resolutionPage->view()->horizontalHeader()->restoreState(value("resolutionColumns").toByteArray());
    m_measuresPage->view()->horizontalHeader()->restoreState(value("measureColumns").toByteArray());
    const auto tab = [](QTabWidget *tabs, const QVariant &v) {
        if (v.isValid())
            tabs->setCurrentIndex(std::clamp(v.toInt(), 0, tabs->count() - 1));
    };
    tab(m_chartTabs, value("chartTab"));
    tab(m_browserTabs, value("browserTab"));
    m_stateChosen = value("stateChosen").toBool();
    if (m_stateChosen)
        m_stateCode = value("state").toString();
    if (value("resolutionFilter").isValid())
        m_pendingResolutionFilter = resolutionFilterFrom(value("resolutionFilter").toMap());
    if (value("measureFilter").isValid())
        m_pendingMeasureFilter = measureFilterFrom(value("measureFilter").toMap(), &m_pendingInForce);
    m_restoredSelection = value("selected").toLongLong();
    m_pendingCapType = value("capType").toString();
}

} // namespace st
