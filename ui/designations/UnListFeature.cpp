#include "designations/UnListFeature.h"

#include "common/EditorsOnly.h"
#include "common/LazyDockPage.h"
#include "main/MainWindow.h"
#include "storage/Database.h"
#include "storage/DesignationRepository.h"
#include "interchange/CsvExport.h"
#include "designations/DesignationsPage.h"
#include "designations/UnListImportDialog.h"
#include "workspace/DetailPane.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QDockWidget>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

#include <memory>

namespace st {

namespace {

// Last folders used, so the next import or export starts where the analyst keeps the UN files.
const char *kImportFolderKey = "unList/importFolder";
const char *kCsvFolderKey = "unList/csvFolder";

// The list at `path` through the review: nothing is written until the analyst applies it.
void reviewAndImportList(MainWindow &window, QDockWidget *designations, const QString &path)
{
    UnListImportDialog dialog(window.database(), path, &window);
    dialog.start();
    if (dialog.exec() != QDialog::Accepted || !dialog.applied())
        return;
    window.reloadAll();
    designations->show(); // what was just imported
    designations->raise();
    window.statusBar()->showMessage(QObject::tr("Imported the UN Consolidated List: %1").arg(dialog.applied()->text()),
                                    10000);
}

void importList(MainWindow &window, QDockWidget *designations)
{
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(
        &window, QObject::tr("Import UN Consolidated List"), settings.value(QLatin1String(kImportFolderKey)).toString(),
        QObject::tr("UN Consolidated List (*.xml);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QLatin1String(kImportFolderKey), QFileInfo(path).absolutePath());
    reviewAndImportList(window, designations, path);
}

void exportCsvFiles(MainWindow &window)
{
    QSettings settings;
    const QString dir = QFileDialog::getExistingDirectory(&window, QObject::tr("Export CSV into folder"),
                                                          settings.value(QLatin1String(kCsvFolderKey)).toString());
    if (dir.isEmpty())
        return;
    settings.setValue(QLatin1String(kCsvFolderKey), dir);
    auto done = exportCsv(window.database(), dir);
    if (!done) {
        QMessageBox box(QMessageBox::Warning, QObject::tr("Export CSV"), done.error().message, QMessageBox::Ok, &window);
        box.setDetailedText(done.error().detail);
        box.exec();
        return;
    }
    window.statusBar()->showMessage(QObject::tr("Wrote resolutions.csv, measures.csv and designations.csv to %1").arg(dir),
                                    10000);
}

// Before Quit, with the other data commands.
void addToFileMenu(MainWindow &window, const QList<QAction *> &actions)
{
    QMenu *file = window.fileMenu();
    QAction *quit = nullptr;
    for (QAction *a : file->actions()) {
        if (a->menuRole() == QAction::QuitRole)
            quit = a;
    }
    for (QAction *a : actions) {
        if (quit)
            file->insertAction(quit, a);
        else
            file->addAction(a);
    }
    if (quit)
        file->insertSeparator(quit);
}

} // namespace

void installUnListFeature(MainWindow &window)
{
    auto *importAction = new QAction(QObject::tr("Import &UN Consolidated List…"), &window);
    importAction->setObjectName(QStringLiteral("importUnListAction"));
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    importAction->setStatusTip(QObject::tr("Read the UN Security Council Consolidated List (XML), review what "
                                           "changes, then apply"));
    keepForEditors(importAction, accessFor(window.database())); // a team database's reader may not import

    auto *csvAction = new QAction(QObject::tr("Export &CSV…"), &window);
    csvAction->setObjectName(QStringLiteral("exportCsvAction"));
    csvAction->setStatusTip(QObject::tr("Write resolutions, measures and designations as CSV files into a folder"));
    QObject::connect(csvAction, &QAction::triggered, &window, [&window] { exportCsvFiles(window); });
    addToFileMenu(window, {importAction, csvAction});

    // No Find shortcut of its own: Edit ▸ Find (Ctrl+F) is the window's, and a second one would make
    // Ctrl+F ambiguous, and dead, whenever the dock has focus.
    Database &db = window.database();
    QDockWidget *dock = window.addDockPage([&db] { return new DesignationsPage(db); }, QObject::tr("Designations"),
                                           QStringLiteral("designationsDock"), Qt::BottomDockWidgetArea);
    dock->toggleViewAction()->setText(QObject::tr("&Designations"));
    dock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    QObject::connect(importAction, &QAction::triggered, &window, [&window, dock] { importList(window, dock); });
    window.addFileDropHandler({QStringLiteral("xml")}, [&window, dock](const QString &path) {
        reviewAndImportList(window, dock, path);
    });
    // The page reads the designations when it is first shown, and again after every change while it exists.
    QObject::connect(LazyDockPage::of(dock), &LazyDockPage::built, dock, [](QWidget *page) {
        qobject_cast<DesignationsPage *>(page)->reload();
    });
    // Before the first import the panel would only say "0 designations" and take a third of a small
    // screen: it starts closed then (View ▸ Designations opens it) and opens after an import. A failed
    // count leaves it as the saved layout has it; the page says what went wrong when it is shown.
    auto firstLoad = std::make_shared<bool>(true);
    QObject::connect(&window, &MainWindow::dataChanged, dock, [&db, dock, firstLoad] {
        if (auto *page = builtDockPage<DesignationsPage>(dock))
            page->reload();
        if (*firstLoad) {
            const auto stored = DesignationRepository(db).count();
            if (stored && stored.value() == 0)
                dock->hide();
        }
        *firstLoad = false;
    });
    QObject::connect(&window.workspace().detailPane(), &DetailPane::designationsRequested, dock,
                     [dock](const QString &listType, const QDate &day) {
                         dockPage<DesignationsPage>(dock)->showListedOn(listType, day);
                         dock->show();
                         dock->raise();
                     });
}

} // namespace st
