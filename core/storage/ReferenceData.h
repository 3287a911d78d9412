#pragma once

#include "common/Result.h"
#include "storage/Database.h"
#include "domain/Entities.h"

#include <QList>
#include <QSqlDatabase>

namespace st {

// The reference vocabularies analysts extend rarely: sanctioned states, measure types and regimes.
// Each is upserted by its natural key (code), so an import merges instead of duplicating.

class StateRepository {
public:
    explicit StateRepository(QSqlDatabase db) : m_db(std::move(db)) {}
    explicit StateRepository(const Database &db) : StateRepository(db.connection()) {}
    Result<QList<SanctionedState>> all() const;
    Result<qint64> upsert(const SanctionedState &state) const;
    Result<qint64> idOf(const QString &code) const; // NotFound when unknown
    // For forms: rewrite or delete by id (delete fails while a record still refers to the state).
    Status update(qint64 id, const SanctionedState &state) const;
    Status remove(qint64 id) const;

private:
    QSqlDatabase m_db;
};

class MeasureTypeRepository {
public:
    explicit MeasureTypeRepository(QSqlDatabase db) : m_db(std::move(db)) {}
    explicit MeasureTypeRepository(const Database &db) : MeasureTypeRepository(db.connection()) {}
    Result<QList<MeasureType>> all() const;
    Result<qint64> upsert(const MeasureType &type) const;
    Result<qint64> idOf(const QString &code) const;
    // For forms: rewrite or delete by id (delete fails while a measure is of this type).
    Status update(qint64 id, const MeasureType &type) const;
    Status remove(qint64 id) const;

private:
    QSqlDatabase m_db;
};

class RegimeRepository {
public:
    explicit RegimeRepository(QSqlDatabase db) : m_db(std::move(db)) {}
    explicit RegimeRepository(const Database &db) : RegimeRepository(db.connection()) {}
    Result<QList<Regime>> all() const;
    // Upserts everything but `establishedBy`, which may name a resolution not stored yet.
    Result<qint64> upsert(const Regime &regime) const;
    Status setEstablishedBy(const QString &regimeCode, const QString &resolutionSymbol) const;
    Result<qint64> idOf(const QString &code) const;

private:
    QSqlDatabase m_db;
};

// SELECT id ... WHERE key = ?; NotFound naming `what` when there is no row.
Result<qint64> idByKey(const QSqlDatabase &db, const QString &statement, const QString &key, const QString &what);

} // namespace st
