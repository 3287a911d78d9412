#pragma once

#include "domain/MeasureFact.h"
#include "common/Result.h"
#include "storage/Database.h"

#include <QList>
#include <QSqlDatabase>

namespace st {

class MeasureFactRepository {
public:
    explicit MeasureFactRepository(QSqlDatabase db) : m_db(std::move(db)) {}
    explicit MeasureFactRepository(const Database &db) : MeasureFactRepository(db.connection()) {}

    // Every measure's facts for `stateCode` (all states when empty), by start date then id.
    Result<QList<MeasureFact>> forState(const QString &stateCode) const;
    // The same measures with only what inForceIntervals() reads (dates, status, type, state, action,
    // lineage, whether a cap is set): no symbol, no dispute, a cap's figure without its unit or
    // period. For the escalation line and the "in force on" filter of a whole database: 196,166
    // synthetic measures for all states, where forState() needs three times the memory and time.
    Result<QList<MeasureFact>> timingForState(const QString &stateCode) const;

private:
    QSqlDatabase m_db;
};

} // namespace st
