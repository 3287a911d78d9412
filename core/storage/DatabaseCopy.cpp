#include "storage/DatabaseCopy.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace st {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(st::DatabaseCopy) };
} // namespace

Status saveDatabaseCopy(const Database &db, const QString &target)
{
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(db.path()).absoluteFilePath())
        return Error{Error::Code::InvalidInput, Tr::tr("The copy must go to another file than the open database."), target};
    // VACUUM INTO refuses a file that exists: write beside the target, then put it in its place.
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    if (auto done = sql::exec(db.connection(), dialectOf(db.connection()).copyToFile(), {partial}); !done) {
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
