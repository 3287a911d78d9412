#include "main/MainWindow.h"

#include "common/EditorsOnly.h"
#include "common/LazyDockPage.h"
#include "common/ShortcutHints.h"
#include "editing/EditingFeature.h"
#include "help/UserGuide.h"
#include "main/DatabaseFiles.h"
#include "common/OutputFile.h"
#include "domain/Wording.h"
#include "interchange/DatasetExporter.h"
#include "interchange/DatasetImporter.h"
#include "workspace/ResolutionTablePage.h"
#include "reports/ReportFeature.h"
#include "storage/Database.h"
#include "storage/ServerAddress.h"
#include "team/TeamDatabaseFeature.h"
#include "screening/ScreeningFeature.h"
#include "designations/UnListFeature.h"
#include "workspace/ResolutionBrowserModel.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>

namespace st {

MainWindow::MainWindow(Database &db, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_workspace(new Workspace(db, this))
    , m_pathLabel(new QLabel(this))
    , m_countsLabel(new QLabel(this))
{
    setWindowTitle(tr("Sanctions Tracker"));
    setCentralWidget(m_workspace);
    setAcceptDrops(true);
    connect(m_workspace, &Workspace::countsChanged, this, &MainWindow::updateStatus);
    connect(m_workspace, &Workspace::currentResolutionChanged, this, &MainWindow::currentResolutionChanged);
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_countsLabel);
    if (isServerAddress(db.path())) { // the address as shown never holds a password
        setWindowTitle(tr("%1 — Sanctions Tracker").arg(db.path()));
        m_pathLabel->setText(tr("Team database: %1").arg(db.path()));
    } else {
        m_pathLabel->setText(tr("Database: %1").arg(db.path()));
    }
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    createActions();
    installFeatures();

    resize(1280, 800);
    compactDocks();
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    m_workspace->restoreSettings(settings);
    reloadAll();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_toolBar = addToolBar(tr("Main"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    QMenu *file = m_fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *importAction = file->addAction(tr("&Import Data (JSON)…"), this, &MainWindow::importJson);
    importAction->setStatusTip(tr("Merge a Sanctions Tracker JSON file into this database"));
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    keepForEditors(importAction, accessFor(m_db)); // a team database's reader may not import
    file->setToolTipsVisible(true);
    QAction *exportAction = file->addAction(tr("&Export Data (JSON)…"), this, &MainWindow::exportJson);
    exportAction->setStatusTip(tr("Write the whole dataset as a Sanctions Tracker JSON file"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = m_editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *copy = edit->addAction(tr("&Copy Rows"), this, &MainWindow::copySelection);
    copy->setShortcut(QKeySequence::Copy);
    QAction *selectAll = edit->addAction(tr("Select &All"), m_workspace->resolutionPage().view(), &QTableView::selectAll);
    selectAll->setShortcut(QKeySequence::SelectAll);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find…"), m_workspace, &Workspace::focusSearch);
    find->setShortcut(QKeySequence::Find);
    find->setStatusTip(tr("Search titles, summaries, measures and trigger events"));

    QMenu *view = m_viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *reload = view->addAction(tr("&Reload"), this, &MainWindow::reloadAll);
    reload->setShortcut(QKeySequence::Refresh);
    view->addSeparator();
    QAction *fit = m_workspace->fitTimelineAction();
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    view->addAction(fit);
    QAction *reset = view->addAction(tr("Reset &Filters"), m_workspace, &Workspace::resetFilters);
    reset->setStatusTip(tr("Show every resolution and measure of the current state again"));
    view->addSeparator();

    QMenu *help = m_helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Sanctions Tracker"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

// Feature areas (ui/<area>/) add their menus, toolbar actions and docks here, before the saved
// window layout is restored, so their docks come back where the analyst left them.
void MainWindow::installFeatures()
{
    installReports(*this); // File ▸ Report… (Ctrl+P) and its toolbar button
    installEditingFeature(*this); // New ▸ …, Undo/Redo, record forms, History dock
    installUnListFeature(*this); // File ▸ Import UN Consolidated List…, Export CSV…, Designations dock
    installDatabaseFiles(*this); // File ▸ New/Open Database…, Open Recent, Save a Copy As…, Show in Folder
    installTeamDatabase(*this);  // File ▸ Connect to Team Database…, live updates when others save
    installUserGuide(*this);     // Help ▸ User Guide (F1)
    installScreeningFeature(*this); // View ▸ Screen Names… (Ctrl+Shift+S), Screening dock
    addFileDropHandler({QStringLiteral("json")}, [this](const QString &path) { importJsonFile(path); });
    for (QAction *action : m_toolBar->actions())
        showShortcutInToolTip(action);
}

void MainWindow::reloadAll()
{
    // A failure is shown in the workspace's banner, with what the analyst can do about it.
    (void)m_workspace->reload();
    updateStatus();
    emit dataChanged();
}

// Feature docks start compact, so the workspace (timeline, browser, detail) keeps most of the window;
// a layout the analyst saved replaces this when it is restored.
void MainWindow::compactDocks()
{
    constexpr int kDockHeight = 170;
    QList<QDockWidget *> docks;
    for (QDockWidget *dock : findChildren<QDockWidget *>()) {
        const Qt::DockWidgetArea area = dockWidgetArea(dock);
        if (!dock->isFloating() && (area == Qt::TopDockWidgetArea || area == Qt::BottomDockWidgetArea))
            docks << dock;
    }
    if (!docks.isEmpty())
        resizeDocks(docks, QList<int>(docks.size(), kDockHeight), Qt::Vertical);
}

QDockWidget *MainWindow::addDockPage(std::function<QWidget *()> makePage, const QString &title,
                                     const QString &objectName, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    LazyDockPage::attach(dock, std::move(makePage));
    addDockWidget(area, dock);
    m_viewMenu->addAction(dock->toggleViewAction());
    return dock;
}

QString MainWindow::statusText() const { return m_countsLabel->text(); }

ResolutionBrowserModel &MainWindow::resolutionModel() const { return m_workspace->resolutionModel(); }

ResolutionTablePage &MainWindow::resolutionPage() const { return m_workspace->resolutionPage(); }

qint64 MainWindow::currentResolutionId() const { return m_workspace->currentResolutionId(); }

// The counts follow the filters: "3 of 26 resolutions · 81 measures".
void MainWindow::updateStatus()
{
    const Workspace::Counts n = m_workspace->counts();
    const QString resolutions = n.shownResolutions == n.totalResolutions
                                    ? tr("%Ln resolution(s)", nullptr, n.totalResolutions)
                                    : tr("%1 of %Ln resolution(s)", nullptr, n.totalResolutions)
                                          .arg(QLocale().toString(n.shownResolutions));
    const QString measures = n.measuresInForceAwaited.isValid()
                                 ? tr("measures in force on %1: being worked out").arg(dayText(n.measuresInForceAwaited))
                             : n.shownMeasures == n.totalMeasures
                                 ? tr("%Ln measure(s)", nullptr, n.totalMeasures)
                                 : tr("%1 of %Ln measure(s)", nullptr, n.totalMeasures).arg(QLocale().toString(n.shownMeasures));
    m_countsLabel->setText(resolutions + QStringLiteral(" · ") + measures);
}

void MainWindow::addFileDropHandler(const QStringList &suffixes, std::function<void(const QString &)> open)
{
    for (const QString &suffix : suffixes)
        m_dropHandlers.insert(suffix.toLower(), open);
}

bool MainWindow::acceptsDroppedFile(const QString &path) const
{
    return m_dropHandlers.contains(QFileInfo(path).suffix().toLower());
}

bool MainWindow::openDroppedFile(const QString &path)
{
    const auto handler = m_dropHandlers.value(QFileInfo(path).suffix().toLower());
    if (!handler)
        return false;
    handler(path);
    return true;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    // One file at a time: each opens a review or a window of its own.
    if (urls.size() == 1 && urls.first().isLocalFile() && acceptsDroppedFile(urls.first().toLocalFile()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    const QString path = urls.first().toLocalFile();
    // After the drop has finished: the import's review is a modal dialog.
    QMetaObject::invokeMethod(this, [this, path] { openDroppedFile(path); }, Qt::QueuedConnection);
}

void MainWindow::importJson()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Data"), {}, tr("JSON files (*.json)"));
    if (!path.isEmpty())
        importJsonFile(path);
}

void MainWindow::importJsonFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    const auto answer = QMessageBox::question(
        this, tr("Import Data"),
        tr("Merge the resolutions, measures and events of %1 into this database?\n\n"
           "Resolutions it shares with this database (the same symbol) are updated; if any record is wrong, "
           "nothing is imported.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("Cannot read %1.").arg(path), file.errorString());
        return;
    }
    auto summary = importDatasetJson(m_db, file.readAll());
    if (!summary) {
        showError(tr("Nothing was imported from %1; the database is unchanged.").arg(path), summary.error().fullText());
        return;
    }
    reloadAll();
    statusBar()->showMessage(tr("Imported %1").arg(summary.value().text()), 8000);
}

void MainWindow::exportJson()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Data"), QStringLiteral("sanctions.json"),
                                                      tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    auto json = exportDatasetJson(m_db);
    if (!json) {
        showError(tr("The data could not be read for export."), json.error().fullText());
        return;
    }
    if (auto written = writeOutputFile(path, json.value()); !written) {
        showError(tr("Cannot write %1.").arg(path), written.error().fullText());
        return;
    }
    statusBar()->showMessage(tr("Exported to %1").arg(path), 8000);
}

void MainWindow::copySelection() { QApplication::clipboard()->setText(m_workspace->resolutionPage().selectionAsText()); }

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Sanctions Tracker"),
                       tr("<h3>Sanctions Tracker %1</h3>"
                          "<p>Follows UN Security Council sanctions: resolutions, vetoed drafts, measures and "
                          "their caps and lineage, trigger events and designations.</p>"
                          "<p>Dates are New York dates, as in the resolution texts. Every record carries its "
                          "source.</p>"
                          "<p>Free software under the GNU General Public License, version 3 or later. The "
                          "bundled data is drawn from public United Nations documents.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::showError(const QString &what, const QString &detail)
{
    QMessageBox box(QMessageBox::Warning, tr("Sanctions Tracker"), what, QMessageBox::Ok, this);
    box.setDetailedText(detail);
    box.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    m_workspace->saveSettings(settings);
    event->accept();
}

} // namespace st
