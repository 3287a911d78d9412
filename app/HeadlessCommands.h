#pragma once

#include "storage/Transaction.h"

#include <QString>

namespace st {

class Database;

// Exit codes of the command line: scripts can tell bad usage from bad data.
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

// Each prints what it did (stdout) or what went wrong and where (stderr), and returns an ExitCode.
int runExport(const Database &db, const QString &path);
int runImport(const Database &db, const QString &path);

void printError(const QString &message);
// How a command waits for another writer: up to 120 s (SANCTIONS_TRACKER_WRITE_WAIT seconds, if set),
// saying on stderr that it waits.
WriteWait commandLineWriteWait(const QString &databasePath);
void printMessage(const QString &message);

} // namespace st
