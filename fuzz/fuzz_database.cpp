// The database open path (--database FILE): the bytes are written to a file and opened read-only,
// as a damaged, foreign or hostile file would be; what opens is then read like an export reads it.
// Read-only, so no migration runs and the file is never written (a migration would cost a
// VACUUM INTO per input and test SQLite rather than us).
#include "FuzzSupport.h"
#include "interchange/DatasetExporter.h"
#include "storage/Database.h"

#include <QFile>
#include <QTemporaryDir>

namespace {

QString s_path;

void removeDatabaseFiles()
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(s_path + QLatin1String(suffix));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    st::fuzz::startQt();
    static QTemporaryDir dir;
    if (!dir.isValid())
        abort();
    s_path = dir.filePath(QStringLiteral("fuzz.sqlite"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    removeDatabaseFiles();
    {
        QFile file(s_path);
        if (!file.open(QIODevice::WriteOnly) || file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
            abort();
    }
    {
        auto db = st::Database::open(s_path, st::OpenOptions{true, QStringLiteral("fuzz")});
        if (!db) {
            if (db.error().message.isEmpty())
                abort();
        } else {
            (void)st::exportDataset(*db.value());
        }
    }
    removeDatabaseFiles();
    return 0;
}
