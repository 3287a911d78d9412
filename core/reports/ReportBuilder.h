#pragma once

#include "common/Result.h"
#include "reports/ReportContent.h"

namespace st {

class Database;

// Computes a summary report's content for one state from the database. Refuses an unknown state
// (NotFound, naming the states the database holds) and a range whose start is after its end
// (InvalidInput). Reads only; the database is never changed.
Result<ReportContent> buildReport(const Database &db, const ReportOptions &options);

// The states a report can be made for, by code.
Result<QList<SanctionedState>> reportStates(const Database &db);

} // namespace st
