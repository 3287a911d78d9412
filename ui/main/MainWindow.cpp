#include "main/MainWindow.h"

#include "interchange/DatasetExporter.h"
#include "interchange/DatasetImporter.h"
#include "main/ResolutionTablePage.h"
#include "models/ResolutionTableModel.h"
#include "storage/Database.h"
#include "storage/MeasureRepository.h"
#include "storage/ResolutionRepository.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>

namespace st {

namespace {
// Plural forms without a translation catalogue: "1 measure", "81 measures".
QString countText(int n, const QString &one, const QString &many)
{
    return n == 1 ? one : many.arg(QLocale().toString(n));
}
} // namespace

MainWindow::MainWindow(Database &db, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_resolutions(new ResolutionTableModel(db, this))
    , m_tablePage(new ResolutionTablePage(*m_resolutions, this))
    , m_pathLabel(new QLabel(this))
    , m_countsLabel(new QLabel(this))
{
    setWindowTitle(tr("Sanctions Tracker"));
    setCentralWidget(m_tablePage);
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_countsLabel);
    m_pathLabel->setText(tr("Database: %1").arg(db.path()));
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    createActions();
    installFeatures();

    resize(1280, 800);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
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
    QAction *exportAction = file->addAction(tr("&Export Data (JSON)…"), this, &MainWindow::exportJson);
    exportAction->setStatusTip(tr("Write the whole dataset as a Sanctions Tracker JSON file"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = m_editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *copy = edit->addAction(tr("&Copy Rows"), this, &MainWindow::copySelection);
    copy->setShortcut(QKeySequence::Copy);
    QAction *selectAll = edit->addAction(tr("Select &All"), m_tablePage->view(), &QTableView::selectAll);
    selectAll->setShortcut(QKeySequence::SelectAll);

    QMenu *view = m_viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *reload = view->addAction(tr("&Reload"), this, &MainWindow::reloadAll);
    reload->setShortcut(QKeySequence::Refresh);

    QMenu *help = m_helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Sanctions Tracker"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

// Feature areas (ui/<area>/) add their menus, toolbar actions and docks here, before the saved
// window layout is restored, so their docks come back where the analyst left them.
void MainWindow::installFeatures()
{
}

void MainWindow::reloadAll()
{
    if (auto done = m_resolutions->reload(); !done)
        showError(tr("The resolutions could not be read."), done.error().fullText());
    updateStatus();
    emit dataChanged();
}

QDockWidget *MainWindow::addDockPage(QWidget *view, const QString &title, const QString &objectName,
                                     Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(view);
    addDockWidget(area, dock);
    m_viewMenu->addAction(dock->toggleViewAction());
    return dock;
}

QString MainWindow::statusText() const { return m_countsLabel->text(); }

void MainWindow::updateStatus()
{
    auto resolutions = ResolutionRepository(m_db.connection()).count();
    auto measures = MeasureRepository(m_db.connection()).count();
    if (!resolutions || !measures) {
        m_countsLabel->setText(tr("Counts unavailable"));
        return;
    }
    m_countsLabel->setText(countText(resolutions.value(), tr("1 resolution"), tr("%1 resolutions"))
                           + QStringLiteral(" · ") + countText(measures.value(), tr("1 measure"), tr("%1 measures")));
}

void MainWindow::importJson()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Data"), {}, tr("JSON files (*.json)"));
    if (path.isEmpty())
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
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json.value()) != json.value().size() || !file.commit()) {
        showError(tr("Cannot write %1.").arg(path), file.errorString());
        return;
    }
    statusBar()->showMessage(tr("Exported to %1").arg(path), 8000);
}

void MainWindow::copySelection() { QApplication::clipboard()->setText(m_tablePage->selectionAsText()); }

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Sanctions Tracker"),
                       tr("<h3>Sanctions Tracker %1</h3>"
                          "<p>Follows UN Security Council sanctions: resolutions, vetoed drafts, measures and "
                          "their caps and lineage, trigger events and designations.</p>"
                          "<p>Dates are New York dates, as in the resolution texts. Every record carries its "
                          "source.</p>")
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
    event->accept();
}

} // namespace st
