#pragma once

#include "common/Result.h"
#include "domain/Entities.h"
#include "storage/Database.h"

#include <QList>
#include <QSqlDatabase>

namespace st {

// Presidential statements, Committee decisions and Panel and monitoring-team reports (docs/data-format.md,
// "acts"): the record beside the resolutions, never mixed into them.
class ActRepository {
public:
    explicit ActRepository(QSqlDatabase db) : m_db(std::move(db)) {}
    explicit ActRepository(const Database &db) : ActRepository(db.connection()) {}

    // Every act, by date, then kind and title.
    Result<QList<Act>> all() const;
    // The acts about the regimes of one state (its timeline and report), by date.
    Result<QList<Act>> forState(const QString &stateCode) const;
    // Inserts, or updates the act with the same kind, date and title.
    Result<qint64> upsert(const Act &act) const;

private:
    Result<QList<Act>> select(const QString &where, const QVariantList &values) const;
    QSqlDatabase m_db;
};

} // namespace st
