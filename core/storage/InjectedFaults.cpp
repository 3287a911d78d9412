#include "storage/InjectedFaults.h"

namespace st::sql {

namespace {
thread_local int statementsToFailure = 0; // 0: unarmed
thread_local QString refused;
} // namespace

void failStatement(int n)
{
    statementsToFailure = n > 0 ? n : 0;
    refused.clear();
}

QString injectedFaultStatement() { return refused; }

std::optional<QSqlError> injectedFault(const QString &statement)
{
    if (statementsToFailure == 0 || --statementsToFailure > 0)
        return std::nullopt;
    refused = statement;
    // SQLITE_IOERR: what a failing disk gives, and a message storageError() knows.
    return QSqlError(QStringLiteral("disk I/O error (injected by a test)"), QStringLiteral("disk I/O error"),
                     QSqlError::StatementError, QStringLiteral("10"));
}

} // namespace st::sql
