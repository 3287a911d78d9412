#pragma once

#include "common/Result.h"
#include "analysis/Timeline.h"
#include "storage/BrowserRepository.h"
#include "workspace/RecentResults.h"
#include "workspace/TimelineLoader.h"

#include <QWidget>

#include <optional>

class QAction;
class QSettings;
class QSplitter;
class QTabWidget;
class QLabel;

namespace st {

class CapHistoryPanel;
class Database;
class DetailPane;
class MeasureBrowserModel;
class MeasuresPage;
class ResolutionBrowserModel;
class ResolutionSelection;
class ResolutionTablePage;
class TimelinePanel;
class WorkspaceBar;

// The analyst workspace, MainWindow's central widget: the state picker and search bar; the timeline
// and cap-history charts; the resolutions and measures browser; the detail pane. It wires them to
// one ResolutionSelection so they always show the same resolution, applies the filters to the core
// models, and keeps its layout and last filters in QSettings.
class Workspace : public QWidget {
    Q_OBJECT
public:
    explicit Workspace(Database &db, QWidget *parent = nullptr);
    ~Workspace() override;

    // Re-reads everything from the database, keeping filters and the current resolution.
    ::st::Status reload();

    [[nodiscard]] ResolutionBrowserModel &resolutionModel() const { return *m_resolutions; }
    [[nodiscard]] MeasureBrowserModel &measureModel() const { return *m_measures; }
    [[nodiscard]] ResolutionTablePage &resolutionPage() const { return *m_resolutionPage; }
    [[nodiscard]] MeasuresPage &measuresPage() const { return *m_measuresPage; }
    [[nodiscard]] DetailPane &detailPane() const { return *m_detail; }
    [[nodiscard]] TimelinePanel &timelinePanel() const { return *m_timeline; }
    [[nodiscard]] CapHistoryPanel &capHistoryPanel() const { return *m_caps; }
    [[nodiscard]] WorkspaceBar &bar() const { return *m_bar; }
    [[nodiscard]] QTabWidget *chartTabs() const { return m_chartTabs; }
    [[nodiscard]] QTabWidget *browserTabs() const { return m_browserTabs; }
    [[nodiscard]] QAction *fitTimelineAction() const;
    // Reads the timeline of large states on a worker (tests wait on it).
    [[nodiscard]] TimelineLoader &timelineLoader() const { return *m_loader; }

    [[nodiscard]] qint64 currentResolutionId() const;
    void setCurrentResolution(qint64 id);

    struct Counts {
        int shownResolutions = 0;
        int totalResolutions = 0;
        int shownMeasures = 0;
        int totalMeasures = 0;
        // Set while the measures in force on this day are worked out on a worker (shownMeasures is 0 then).
        QDate measuresInForceAwaited;
    };
    [[nodiscard]] Counts counts() const;

    void focusSearch();
    void resetFilters();
    void setStateCode(const QString &code);
    // The state shown; empty for "All states".
    [[nodiscard]] const QString &stateCode() const { return m_stateCode; }

    void saveSettings(QSettings &settings) const;
    // Call before the first reload(): filters and layout come back as the analyst left them.
    void restoreSettings(const QSettings &settings);

signals:
    void currentResolutionChanged(qint64 id);
    // The rows shown changed: a filter, a search, a reload.
    void countsChanged();
    // Something could not be read; `message` is for the analyst, `detail` for the log.
    void problem(const QString &message, const QString &detail);

private:
    void buildLayout();
    void connectParts();
    ::st::Status loadReferenceLists();
    void applyState();
    void applyResolutionFilter();
    void applyMeasureFilter();
    void applyMeasureFilterNow();
    [[nodiscard]] ResolutionFilter resolutionFilter() const;
    [[nodiscard]] MeasureFilter measureFilter() const;
    void applyInForce(const QDate &day);
    void rebuildTimeline(TimelineLoader::Markers markers);
    void showArrivedMarkers();
    void followToState();
    [[nodiscard]] QString emptyTimelineMessage(bool empty) const;
    void refreshCapHistory();
    void showCurrent(qint64 id);
    void report(const Error &error);
    void updateMatchText();
    void updateTimelineMatches();

    Database &m_db;
    ResolutionSelection *m_selection;
    ResolutionBrowserModel *m_resolutions;
    MeasureBrowserModel *m_measures;
    WorkspaceBar *m_bar;
    QLabel *m_banner;
    TimelinePanel *m_timeline;
    CapHistoryPanel *m_caps;
    ResolutionTablePage *m_resolutionPage;
    MeasuresPage *m_measuresPage;
    DetailPane *m_detail;
    QTabWidget *m_chartTabs;
    QTabWidget *m_browserTabs;
    QSplitter *m_vertical;
    QSplitter *m_horizontal;
    TimelineLoader *m_loader;
    // The timeline's markers of the last states looked at ("" = all states), kept until the data
    // changes: switching back to a state reads nothing again.
    RecentResults<QString, TimelineData, 3> m_timelines;
    QString m_stateCode;
    bool m_stateChosen = false;   // restored from settings or picked by the analyst
    bool m_capsStale = true;
    QString m_pendingCapType;
    qint64 m_restoredSelection = 0;
    std::optional<ResolutionFilter> m_pendingResolutionFilter; // restored, shown once the lists are loaded
    std::optional<MeasureFilter> m_pendingMeasureFilter;
    QDate m_pendingInForce;
    QList<std::pair<QString, QString>> m_cappedTypes;
    QList<qint64> m_latestRounds; // newest sanctions round first, for the default selection
    // The measures tab is hidden and its filter changed: its rows are read when it is shown; meanwhile the
    // status bar shows this count of them.
    bool m_measuresParked = false;
    int m_parkedMeasureCount = 0;
    bool m_markersAwaited = false;          // the state's markers are on the worker's way
    bool m_followWhenMarkersArrive = false; // and the selection follows to the state's latest round then
};

} // namespace st
