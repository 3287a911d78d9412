#pragma once

#include "common/Result.h"
#include "storage/Database.h"
#include "domain/Entities.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace st {

// How many designations of a regime were on the list on a given day, by kind (for reports).
struct RegimeDesignationCount {
    QString regimeCode;
    QString regimeName;
    int individuals = 0;
    int entities = 0;
    friend bool operator==(const RegimeDesignationCount &, const RegimeDesignationCount &) = default;
};

class DesignationRepository {
public:
    explicit DesignationRepository(QSqlDatabase db) : m_db(std::move(db)) {}
    explicit DesignationRepository(const Database &db) : DesignationRepository(db.connection()) {}

    Result<QList<Designation>> all() const; // by reference number
    Result<qint64> upsert(const Designation &designation) const; // by reference number
    Result<int> count() const;

    // The designations a resolution made (listed on its adoption date under its regime, linked by the
    // UN list import), by reference number, delisted ones included (see Designation::delistedOn).
    Result<QList<Designation>> byResolution(qint64 resolutionId) const;
    // resolution id -> its tally, for every resolution that made at least one designation.
    Result<QHash<qint64, DesignationTally>> tallyByResolution() const;
    // Per regime of `stateCode`, by regime code: designations listed on or before `day` and not
    // delisted by then (every regime of the state appears, with zeros when it has none).
    Result<QList<RegimeDesignationCount>> countsByRegime(const QString &stateCode, const QDate &day) const;

private:
    Result<QList<Designation>> select(const QString &where, const QVariantList &values) const;
    QSqlDatabase m_db;
};

} // namespace st
