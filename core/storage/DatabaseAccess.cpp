#include "storage/DatabaseAccess.h"

#include "storage/AuditTrail.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"

#include <QCoreApplication>

namespace st {

// Every audited table is one an edit or an import writes: the account may change the data when it may
// write them all.
Result<DatabaseAccess> accessOf(const Database &database)
{
    const QSqlDatabase db = database.connection();
    DatabaseAccess access;
    for (const QString &table : auditedTables()) {
        auto q = sql::run(db, dialectOf(db).accountMayWrite(), {table});
        if (!q)
            return q.error();
        if (!q.value().next())
            continue;
        access.account = q.value().value(0).toString();
        access.mayChange = access.mayChange && q.value().value(1).toBool();
    }
    return access;
}

QString readOnlyAccountMessage(const QString &account)
{
    return account.isEmpty()
               ? QCoreApplication::translate("st::TeamRoles", "Your account may read but not change this database. "
                                                              "Ask its owner for the editors' role.")
               : QCoreApplication::translate("st::TeamRoles", "Your account %1 may read but not change this database. "
                                                              "Ask its owner for the editors' role.")
                     .arg(account);
}

QString changeRefusedMessage(const QString &account)
{
    return readOnlyAccountMessage(account) + QLatin1Char(' ')
           + QCoreApplication::translate("st::TeamRoles", "Nothing was changed.");
}

} // namespace st
