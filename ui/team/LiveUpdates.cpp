#include "team/LiveUpdates.h"

#include "main/MainWindow.h"
#include "storage/ChangeWatch.h"
#include "workspace/MeasuresPage.h"
#include "workspace/ResolutionBrowserModel.h"
#include "workspace/ResolutionTablePage.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QItemSelectionModel>
#include <QLabel>
#include <QScrollBar>
#include <QStatusBar>
#include <QTableView>

namespace st {

namespace {

constexpr int kSettleMs = 60;       // changes of one save arrive together: read once
constexpr int kDialogRetryMs = 300; // while a form is open, look again this often

// Where a table was scrolled to and which rows were selected, by row id, so that a re-read that
// resets the model puts the analyst back where they were.
struct ViewPlace {
    QTableView *view = nullptr;
    int vertical = 0;
    int horizontal = 0;
};

ViewPlace placeOf(QTableView *view)
{
    return {view, view->verticalScrollBar()->value(), view->horizontalScrollBar()->value()};
}

void restore(const ViewPlace &place)
{
    // The model reset re-lays the view out later; lay it out now, so the ranges allow the old values.
    place.view->doItemsLayout();
    place.view->verticalScrollBar()->setValue(place.vertical);
    place.view->horizontalScrollBar()->setValue(place.horizontal);
}

} // namespace

LiveUpdates::LiveUpdates(MainWindow &window)
    : QObject(&window)
    , m_window(window)
    , m_watch(new ChangeWatch(window.database(), this))
{
    m_settle.setSingleShot(true);
    connect(&m_settle, &QTimer::timeout, this, &LiveUpdates::refreshWhenFree);
    connect(m_watch, &ChangeWatch::changedElsewhere, this, &LiveUpdates::changeHeard);
    connect(m_watch, &ChangeWatch::connectionLost, this, &LiveUpdates::connectionLost);
    connect(m_watch, &ChangeWatch::reconnected, this, &LiveUpdates::reconnected);
}

void LiveUpdates::connectionLost()
{
    if (!m_lostNote) {
        m_lostNote = new QLabel(tr("Connection lost"), &m_window);
        m_lostNote->setObjectName(QStringLiteral("connectionLostNote"));
        m_lostNote->setToolTip(tr("The connection to the team database was lost (the server was restarted, or ended "
                                  "this session). What was saved is safe on the server. Changes saved by others show "
                                  "once the app has connected again, which it tries by itself."));
        m_window.statusBar()->addPermanentWidget(m_lostNote);
    }
    m_lostNote->show();
}

void LiveUpdates::reconnected()
{
    if (m_lostNote)
        m_lostNote->hide();
    m_catchingUp = true;
}

bool LiveUpdates::isWatching() const { return m_watch->isWatching(); }

void LiveUpdates::changeHeard()
{
    if (!m_settle.isActive())
        m_settle.start(kSettleMs);
}

void LiveUpdates::refreshWhenFree()
{
    // A form (or a question) is open: it holds what the analyst typed and may list records from the
    // window's models; re-read once it is closed.
    if (QApplication::activeModalWidget() || QApplication::activePopupWidget()) {
        m_settle.start(kDialogRetryMs);
        return;
    }
    refresh();
}

void LiveUpdates::refresh()
{
    Workspace &workspace = m_window.workspace();
    ResolutionTablePage &resolutions = workspace.resolutionPage();
    const QList<qint64> selected = resolutions.selectedIds();
    const qint64 current = workspace.currentResolutionId();
    const QList<ViewPlace> places{placeOf(resolutions.view()), placeOf(workspace.measuresPage().view())};

    m_window.reloadAll(); // keeps the filters and the current resolution

    // Several selected rows (for copying) come back too, the current one staying current.
    if (selected.size() > 1) {
        QItemSelectionModel *selection = resolutions.view()->selectionModel();
        for (qint64 id : selected) {
            const int row = workspace.resolutionModel().rowOfId(id);
            if (row >= 0 && id != current)
                selection->select(workspace.resolutionModel().index(row, 0),
                                  QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }
    for (const ViewPlace &place : places)
        restore(place);
    ++m_refreshes;
    m_window.statusBar()->showMessage(m_catchingUp ? tr("Connected to the team database again, and updated with the "
                                                        "changes saved meanwhile")
                                                   : tr("Updated with changes saved by someone else"),
                                      5000);
    m_catchingUp = false;
    emit refreshed();
}

LiveUpdates *installLiveUpdates(MainWindow &window) { return new LiveUpdates(window); }

} // namespace st
