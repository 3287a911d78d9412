#pragma once

#include "common/Result.h"
#include "domain/Entities.h"

#include <QList>
#include <QSqlDatabase>

namespace st {

class DesignationRepository {
public:
    explicit DesignationRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<QList<Designation>> all() const; // by reference number
    Result<qint64> upsert(const Designation &designation) const; // by reference number
    Result<int> count() const;

private:
    QSqlDatabase m_db;
};

} // namespace st
