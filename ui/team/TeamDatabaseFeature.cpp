#include "team/TeamDatabaseFeature.h"

#include "interchange/BundledDataset.h"
#include "main/DatabaseFiles.h"
#include "main/MainWindow.h"
#include "storage/Database.h"
#include "storage/ServerAddress.h"
#include "team/ConnectDialog.h"
#include "team/LiveUpdates.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>

namespace st {

namespace {

const char *kRecentServersKey = "databases/recentServers";
constexpr int kMaxRecent = 8;

struct Tr { Q_DECLARE_TR_FUNCTIONS(st::TeamDatabase) };

// A new team database starts as a new file does: the analyst chooses whether it holds the bundled data.
bool fillNewDatabase(MainWindow &window, Database &db)
{
    const auto answer = QMessageBox::question(
        &window, Tr::tr("Connect to Team Database"),
        Tr::tr("The team database %1 is empty. Start it with the bundled dataset (the UN sanctions rounds on the "
               "DPRK and Iran)?\n\nNo: it starts empty, for the team's own data (sanctions-tracker --copy-to "
               "copies a database file into it).")
            .arg(db.path()),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return true;
    if (auto loaded = loadBundledDataset(db); !loaded) {
        QMessageBox box(QMessageBox::Warning, Tr::tr("Sanctions Tracker"),
                        Tr::tr("The bundled dataset could not be loaded."), QMessageBox::Ok, &window);
        box.setInformativeText(loaded.error().message);
        box.setDetailedText(loaded.error().detail);
        box.exec();
        return false;
    }
    return true;
}

// The local file a team window goes back to: the one opened last.
QString latestLocalDatabase()
{
    const QStringList files = recentDatabases();
    return files.isEmpty() ? QString() : files.first();
}

} // namespace

QStringList recentServers() { return QSettings().value(QLatin1String(kRecentServersKey)).toStringList(); }

void rememberServer(const QString &address)
{
    // parseServerAddress refuses an address with a password, so none can reach the settings.
    if (!isServerAddress(address) || !parseServerAddress(address))
        return;
    QSettings settings;
    QStringList list = settings.value(QLatin1String(kRecentServersKey)).toStringList();
    list.removeAll(address);
    list.prepend(address);
    settings.setValue(QLatin1String(kRecentServersKey), list.mid(0, kMaxRecent));
}

MainWindow *connectToTeamDatabase(MainWindow &window)
{
    ConnectDialog dialog(recentServers(), &window);
    if (dialog.exec() != QDialog::Accepted)
        return nullptr;
    std::unique_ptr<Database> db = dialog.takeDatabase();
    rememberServer(dialog.address());
    if (MainWindow *open = findDatabaseWindow(db->path())) {
        showDatabaseWindow(open);
        return open;
    }
    if (db->isNew() && !fillNewDatabase(window, *db))
        return nullptr;
    return showDatabaseWindow(std::move(db));
}

Result<std::unique_ptr<Database>> connectOnStartup(const QString &address, const Error &refusal, bool empty)
{
    ConnectDialog dialog(recentServers());
    dialog.setAddress(address);
    dialog.showRefusal(refusal);
    if (dialog.exec() != QDialog::Accepted)
        return refusal;
    std::unique_ptr<Database> db = dialog.takeDatabase();
    rememberServer(dialog.address());
    if (auto filled = fillNewDatabase(*db, empty); !filled)
        return filled.error();
    return db;
}

void installTeamDatabase(MainWindow &window)
{
    const bool team = isServerAddress(window.database().path());
    QMenu *file = window.fileMenu();
    // Beside File ▸ Open Database… and Open Recent: after the recent menu.
    QAction *before = nullptr;
    const QList<QAction *> actions = file->actions();
    for (qsizetype i = 0; i + 1 < actions.size(); ++i) {
        if (actions[i]->menu() && actions[i]->menu()->objectName() == QLatin1String("openRecentMenu"))
            before = actions[i + 1];
    }
    auto *connectAction = new QAction(Tr::tr("Connect to &Team Database…"), &window);
    connectAction->setStatusTip(Tr::tr("Open the team's shared PostgreSQL database in a new window"));
    QObject::connect(connectAction, &QAction::triggered, &window, [&window] { connectToTeamDatabase(window); });
    file->insertAction(before, connectAction);
    if (team) {
        auto *local = new QAction(Tr::tr("Open &Local Database"), &window);
        local->setStatusTip(Tr::tr("Open the database file of this computer used last, in a new window"));
        local->setEnabled(!latestLocalDatabase().isEmpty());
        QObject::connect(local, &QAction::triggered, &window, [&window] {
            if (const QString path = latestLocalDatabase(); !path.isEmpty())
                openDatabaseWindow(path, false, &window);
        });
        QObject::connect(file, &QMenu::aboutToShow, local, [local] { local->setEnabled(!latestLocalDatabase().isEmpty()); });
        file->insertAction(before, local);
    }
    installLiveUpdates(window);
}

} // namespace st
