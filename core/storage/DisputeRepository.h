#pragma once

#include "common/Result.h"
#include "storage/Database.h"
#include "domain/Entities.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace st {

// The recorded objections to measures' status (docs/data-format.md, "disputes"). Kept apart from the
// measure row: a dispute is a statement by members about the measure, not part of what it imposes.
class DisputeRepository {
public:
    explicit DisputeRepository(QSqlDatabase db) : m_db(std::move(db)) {}
    explicit DisputeRepository(const Database &db) : DisputeRepository(db.connection()) {}

    // Every dispute, by measure id, in their recorded order.
    Result<QHash<qint64, QList<Dispute>>> all() const;
    // Replaces the measure's disputes with `disputes`.
    Status setFor(qint64 measureId, const QList<Dispute> &disputes) const;

private:
    QSqlDatabase m_db;
};

} // namespace st
