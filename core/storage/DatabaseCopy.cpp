#include "storage/DatabaseCopy.h"

#include "storage/Database.h"
#include "storage/EngineCopy.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace st {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(st::DatabaseCopy) };

// SQLite writes its own file (VACUUM INTO); a team database on a server is copied row for row into a
// new file, as --copy-from does, so "Save a Copy As…" gives the analyst a local file either way.
Status writeCopy(const Database &db, const QString &file)
{
    if (const QString statement = dialectOf(db.connection()).copyToFile(); !statement.isEmpty())
        return sql::exec(db.connection(), statement, {file});
    auto local = Database::open(file);
    if (!local)
        return local.error();
    auto copied = copyWholeDatabase(db, *local.value(), ExistingRows::Refuse);
    local.value().reset(); // closed, so the file is whole before it is renamed
    if (!copied) {
        for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(file + suffix);
        return copied.error();
    }
    return {};
}

} // namespace

Status saveDatabaseCopy(const Database &db, const QString &target)
{
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(db.path()).absoluteFilePath())
        return Error{Error::Code::InvalidInput, Tr::tr("The copy must go to another file than the open database."), target};
    // VACUUM INTO refuses a file that exists: write beside the target, then put it in its place.
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    if (auto done = writeCopy(db, partial); !done) {
        QFile::remove(partial);
        Error e = done.error();
        e.message = Tr::tr("Could not write a copy of the database to %1.").arg(target);
        return e;
    }
    if (QFile::exists(target) && !QFile::remove(target)) {
        QFile::remove(partial);
        return Error{Error::Code::Io, Tr::tr("Could not replace %1; it is unchanged.").arg(target), {}};
    }
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return Error{Error::Code::Io, Tr::tr("Could not write a copy of the database to %1.").arg(target), {}};
    }
    return {};
}

} // namespace st
