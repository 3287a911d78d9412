#pragma once

#include "common/Result.h"
#include "storage/Database.h"
#include "domain/Entities.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace st {

// One row of the resolutions table as the browser shows it.
struct ResolutionSummary {
    qint64 id = 0;
    QString symbol;
    std::optional<int> number;
    QDate date;
    ResolutionStatus status = ResolutionStatus::Adopted;
    ResolutionKind kind = ResolutionKind::Sanctions;
    Votes votes;
    std::optional<bool> chapterVii;
    QString title;
    int measureCount = 0;
    QString triggers; // "nuclear_test 2017-09-03; ..." in event order, for display and search
};

class ResolutionRepository {
public:
    explicit ResolutionRepository(QSqlDatabase db) : m_db(std::move(db)) {}
    explicit ResolutionRepository(const Database &db) : ResolutionRepository(db.connection()) {}

    // Ordered by date, then symbol: the interchange format's order.
    Result<QList<Resolution>> all() const;
    Result<std::optional<Resolution>> findBySymbol(const QString &symbol) const;
    // Those concerning `stateCode`, in all()'s order (reports read one state of thousands).
    Result<QList<Resolution>> forState(const QString &stateCode) const;
    // Whether summaries carry `triggers`, their trigger events in words: most of SQLite's time for the
    // summaries of 100,000 resolutions, and the timeline reads the events themselves.
    enum class TriggerText { Included, Left };
    // All resolutions, or those concerning `stateCode` when given.
    Result<QList<ResolutionSummary>> summaries(const QString &stateCode = {},
                                               TriggerText triggerText = TriggerText::Included) const;
    // The summaries of the given resolutions, in no particular order (a page of the workspace browser).
    Result<QList<ResolutionSummary>> summariesOf(const QList<qint64> &ids) const;

    // Inserts or updates by symbol, keeping the row id (and so every measure and link) of an existing
    // resolution. The states and sources lists are replaced. Runs in its own savepoint.
    Result<qint64> upsert(const Resolution &resolution) const;
    Result<qint64> idOf(const QString &symbol) const;
    Status remove(qint64 id) const;

    // For forms: the stored resolution `id`, and a rewrite of it by id (so its symbol can change too).
    // update() replaces the states and sources lists and runs in its own savepoint.
    Result<std::optional<Resolution>> findById(qint64 id) const;
    Status update(qint64 id, const Resolution &resolution) const;
    Result<qint64> idOfNumber(int number) const; // NotFound when no resolution has that number

    Result<int> count() const;
    // The resolutions concerning the state with this code; every resolution for "" (all states).
    Result<int> countForState(const QString &stateCode) const;

private:
    Status replaceChildren(qint64 id, const Resolution &resolution) const;
    Status replaceList(qint64 id, const QString &table, const QString &column, const QVariantList &values) const;
    QSqlDatabase m_db;
};

} // namespace st
