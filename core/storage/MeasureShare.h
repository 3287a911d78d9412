#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QVariantList>

namespace st {

// How many measures a condition keeps, and whether that is so large a share of the table that reading
// the table in its own order (SqlDialect::inTableOrder) beats looking each one up through an index.
// At a million measures SQLite looks the rows up through the state index whatever the share: 118,779
// measures of one state took 0.9 s that way and 0.3 s in table order; a state of 2,528 took 12 ms
// through the index and 0.2 s in table order. The turn is near 1/25 of the table; 1/16 is on the
// index's side of it.
struct MeasureShare {
    qint64 kept = 0;
    bool mostOfTheTable = false;
};

// `where` is "WHERE ..." over `measures m` (or empty for all of them) with its bound `values`. On an
// engine that plans its own scans only `kept` is counted, and mostOfTheTable is false.
Result<MeasureShare> measureShare(const QSqlDatabase &db, const QString &where, const QVariantList &values);

} // namespace st
