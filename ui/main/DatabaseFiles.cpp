#include "main/DatabaseFiles.h"

#include "interchange/BundledDataset.h"
#include "main/MainWindow.h"
#include "storage/Database.h"
#include "storage/DatabaseCopy.h"
#include "storage/ServerAddress.h"

#include <QAction>
#include <QApplication>
#include <QTimer>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QUrl>

namespace st {

namespace {

const char *kRecentKey = "databases/recent";
constexpr int kMaxRecent = 8;

struct Tr { Q_DECLARE_TR_FUNCTIONS(st::DatabaseFiles) };

QString databaseFilter() { return Tr::tr("Sanctions Tracker databases (*.sqlite *.db);;All files (*)"); }

void showFailure(QWidget *parent, const QString &what, const Error &error)
{
    QMessageBox box(QMessageBox::Warning, Tr::tr("Sanctions Tracker"), what, QMessageBox::Ok, parent);
    box.setInformativeText(error.message);
    box.setDetailedText(error.detail);
    box.exec();
}

void newDatabase(MainWindow &window)
{
    const QString path = QFileDialog::getSaveFileName(&window, Tr::tr("New Database"),
                                                      QFileInfo(window.database().path()).absolutePath(),
                                                      databaseFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        // The dialog asked before replacing; a database is never overwritten, it is opened instead.
        QMessageBox::information(&window, Tr::tr("New Database"),
                                 Tr::tr("%1 already exists; it is opened as it is.").arg(QDir::toNativeSeparators(path)));
        openDatabaseWindow(path, false, &window);
        return;
    }
    const auto answer = QMessageBox::question(
        &window, Tr::tr("New Database"),
        Tr::tr("Start the new database with the bundled dataset (the UN sanctions rounds on the DPRK)?\n\n"
           "No: it starts empty, for your own data or an import."),
        QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes);
    if (answer == QMessageBox::Cancel)
        return;
    openDatabaseWindow(path, answer == QMessageBox::Yes, &window);
}

void openDatabase(MainWindow &window)
{
    const QString path = QFileDialog::getOpenFileName(&window, Tr::tr("Open Database"),
                                                      QFileInfo(window.database().path()).absolutePath(),
                                                      databaseFilter());
    if (!path.isEmpty())
        openDatabaseWindow(path, false, &window);
}

void saveCopy(MainWindow &window)
{
    const QString path = window.database().path();
    const QFileInfo current(path);
    // A team database's copy is a file named after it, in the home folder.
    const auto address = isServerAddress(path) ? parseServerAddress(path) : Result<ServerAddress>(ServerAddress{});
    const QString suggested = isServerAddress(path) && address
                                  ? QDir::home().filePath(address.value().database + Tr::tr("-copy") + QStringLiteral(".sqlite"))
                                  : current.absoluteDir().filePath(current.completeBaseName() + Tr::tr("-copy") +
                                                                   QStringLiteral(".sqlite"));
    const QString copyPath = QFileDialog::getSaveFileName(&window, Tr::tr("Save a Copy As"), suggested, databaseFilter());
    if (copyPath.isEmpty())
        return;
    if (auto done = saveDatabaseCopy(window.database(), copyPath); !done) {
        showFailure(&window, Tr::tr("The copy was not saved."), done.error());
        return;
    }
    window.statusBar()->showMessage(Tr::tr("Saved a copy to %1").arg(QDir::toNativeSeparators(copyPath)), 8000);
}

void fillRecentMenu(QMenu *menu, MainWindow &window)
{
    menu->clear();
    const QString own = QFileInfo(window.database().path()).absoluteFilePath();
    int n = 0;
    for (const QString &path : recentDatabases()) {
        if (path == own)
            continue;
        ++n;
        // &1 … &8: the list is walked with the keyboard like any menu.
        const QString text = QStringLiteral("&%1 %2").arg(n).arg(QDir::toNativeSeparators(path));
        menu->addAction(text, &window, [path, &window] { openDatabaseWindow(path, false, &window); });
    }
    if (n == 0)
        menu->addAction(Tr::tr("No other database opened yet"))->setEnabled(false);
}

} // namespace

QStringList recentDatabases()
{
    QStringList out;
    for (const QString &path : QSettings().value(QLatin1String(kRecentKey)).toStringList()) {
        if (QFileInfo::exists(path))
            out << path;
    }
    return out;
}

void rememberDatabase(const QString &path)
{
    // A team database's address is remembered by File ▸ Connect to Team Database… instead.
    if (path.isEmpty() || path == QLatin1String(":memory:") || isServerAddress(path))
        return;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QSettings settings;
    QStringList list = settings.value(QLatin1String(kRecentKey)).toStringList();
    list.removeAll(absolute);
    list.prepend(absolute);
    settings.setValue(QLatin1String(kRecentKey), list.mid(0, kMaxRecent));
}

namespace {

// A file by its absolute path; a team database by its address as shown (no password).
QString whereOf(const QString &path) { return isServerAddress(path) ? path : QFileInfo(path).absoluteFilePath(); }

} // namespace

MainWindow *findDatabaseWindow(const QString &path)
{
    const QString where = whereOf(path);
    for (QWidget *w : QApplication::topLevelWidgets()) {
        auto *open = qobject_cast<MainWindow *>(w);
        if (open && whereOf(open->database().path()) == where)
            return open;
    }
    return nullptr;
}

void showDatabaseWindow(MainWindow *window)
{
    window->show();
    window->raise();
    window->activateWindow();
}

MainWindow *showDatabaseWindow(std::unique_ptr<Database> db)
{
    Database *raw = db.release();
    auto *window = new MainWindow(*raw);
    window->setAttribute(Qt::WA_DeleteOnClose);
    // The database outlives the window and everything in it (their destructors may still read it).
    QObject::connect(window, &QObject::destroyed, qApp, [raw] { QTimer::singleShot(0, qApp, [raw] { delete raw; }); });
    window->show();
    return window;
}

MainWindow *openDatabaseWindow(const QString &path, bool withBundledData, QWidget *parent)
{
    // The same file in two windows would make two undo histories over one set of rows: show the one.
    if (MainWindow *open = findDatabaseWindow(path)) {
        showDatabaseWindow(open);
        return open;
    }
    const bool existed = QFileInfo::exists(path);
    auto db = Database::open(path);
    if (!db) {
        showFailure(parent, Tr::tr("%1 could not be opened.").arg(QDir::toNativeSeparators(path)), db.error());
        return nullptr;
    }
    if (!existed && withBundledData) {
        if (auto loaded = loadBundledDataset(*db.value()); !loaded) {
            showFailure(parent, Tr::tr("The bundled dataset could not be loaded."), loaded.error());
            return nullptr;
        }
    }
    return showDatabaseWindow(std::move(db).value());
}

void installDatabaseFiles(MainWindow &window)
{
    rememberDatabase(window.database().path());
    QMenu *file = window.fileMenu();
    // After File ▸ New ▸ (records), before the data commands (Import, Export): the file itself.
    QAction *first = nullptr;
    for (QAction *a : file->actions()) {
        if (!a->menu() && !a->isSeparator()) {
            first = a;
            break;
        }
    }

    auto *newDb = new QAction(Tr::tr("New &Database…"), &window);
    newDb->setStatusTip(Tr::tr("Create a database file and open it in a new window"));
    QObject::connect(newDb, &QAction::triggered, &window, [&window] { newDatabase(window); });
    auto *open = new QAction(Tr::tr("&Open Database…"), &window);
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(Tr::tr("Open another database file in a new window"));
    QObject::connect(open, &QAction::triggered, &window, [&window] { openDatabase(window); });
    auto *recent = new QMenu(Tr::tr("Open &Recent"), &window);
    recent->setObjectName(QStringLiteral("openRecentMenu")); // the team database's actions follow it
    QObject::connect(recent, &QMenu::aboutToShow, &window, [recent, &window] { fillRecentMenu(recent, window); });
    fillRecentMenu(recent, window);
    auto *copy = new QAction(Tr::tr("Save a Cop&y As…"), &window);
    copy->setStatusTip(Tr::tr("Write a copy of this database to another file"));
    QObject::connect(copy, &QAction::triggered, &window, [&window] { saveCopy(window); });
    auto *folder = new QAction(Tr::tr("Show in &Folder"), &window);
    folder->setStatusTip(Tr::tr("Open the folder that holds this database in the file manager"));
    folder->setEnabled(window.database().path() != QLatin1String(":memory:") && !isServerAddress(window.database().path()));
    QObject::connect(folder, &QAction::triggered, &window, [&window] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(window.database().path()).absolutePath()));
    });

    file->insertActions(first, {newDb, open});
    file->insertMenu(first, recent);
    file->insertActions(first, {copy, folder});
    file->insertSeparator(first);

    window.addFileDropHandler({QStringLiteral("sqlite"), QStringLiteral("sqlite3"), QStringLiteral("db")},
                              [&window](const QString &path) { openDatabaseWindow(path, false, &window); });
}

} // namespace st
