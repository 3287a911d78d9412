#include "storage/IntegrityCheck.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>

namespace st {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(st::IntegrityCheck) };
} // namespace

Status checkPagesReadable(const Database &db)
{
    auto query = sql::run(db.connection(), QStringLiteral("PRAGMA quick_check(5)"));
    if (!query)
        return query.error(); // SQLite could not even walk the file: already a "damaged" Error
    QStringList problems;
    while (query.value().next()) {
        QString line = query.value().value(0).toString();
        if (line != QLatin1String("ok"))
            problems.append(line.remove(QStringLiteral("*** in database main ***")).simplified());
    }
    if (problems.isEmpty())
        return {};
    return Error{Error::Code::Storage, Tr::tr("The database file %1 is damaged").arg(db.path()),
                 Tr::tr("SQLite: %1").arg(problems.join(QStringLiteral("; ")))};
}

} // namespace st
