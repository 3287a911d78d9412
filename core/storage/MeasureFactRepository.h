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

private:
    QSqlDatabase m_db;
};

} // namespace st
