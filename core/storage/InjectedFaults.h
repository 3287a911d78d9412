#pragma once

#include <QSqlError>
#include <QString>

#include <optional>

namespace st::sql {

// Failure injection for the tests of failure paths (tests/reliability/tst_failure_paths.cpp). Every
// statement the storage layer runs asks injectedFault() first: sql::run, exec, scalar and returningId
// at each run, SQLite's own statements (SqliteStatement) when prepared and at each run. Armed with
// failStatement(n), the n-th of those from then on in this thread is refused once, as a failing disk
// would refuse it; a test can so walk an operation through every statement it runs and check that
// each failure is reported and leaves the data as it was. Unarmed, as always outside those tests, the
// cost is one thread-local comparison per statement.
void failStatement(int n); // 1 = the next statement; 0 disarms
// The statement refused since the last failStatement(); empty when none was.
[[nodiscard]] QString injectedFaultStatement();
[[nodiscard]] std::optional<QSqlError> injectedFault(const QString &statement);

} // namespace st::sql
