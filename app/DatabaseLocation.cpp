#include "DatabaseLocation.h"

#include "interchange/BundledDataset.h"
#include "storage/ServerAddress.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace st {

QString defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("sanctions-tracker.sqlite"));
}

namespace {

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

} // namespace

Result<std::unique_ptr<Database>> openAppDatabase(const QString &path, bool empty, const OpenOptions &options)
{
    // A dangling or looping symlink "does not exist" but is the user's: never remove it on failure.
    // A server's database is never a file of ours to remove.
    const bool existed = isServerAddress(path) || QFileInfo::exists(path) || QFileInfo(path).isSymLink();
    auto db = Database::open(path, options);
    if (!db) {
        if (!existed)
            removeDatabaseFiles(path);
        return db.error();
    }
    if (auto filled = fillNewDatabase(*db.value(), empty); !filled) {
        db.value().reset();
        if (!existed)
            removeDatabaseFiles(path);
        return filled.error();
    }
    return std::move(db).value();
}

} // namespace st
