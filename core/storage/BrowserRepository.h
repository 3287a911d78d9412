#pragma once

#include "common/Result.h"
#include "storage/Database.h"
#include "domain/MeasureRecord.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace st {

// What the resolution browser shows: every field is optional, an empty one does not narrow.
struct ResolutionFilter {
    QString stateCode;       // resolutions concerning this state
    QString measureTypeCode; // resolutions with at least one measure of this type
    std::optional<ResolutionStatus> status;
    QDate from;              // adoption (or veto) date, inclusive
    QDate to;
    QString search;          // free text, see searchTerms()
    [[nodiscard]] bool narrowsBeyondState() const
    {
        return !measureTypeCode.isEmpty() || status || from.isValid() || to.isValid() || !search.trimmed().isEmpty();
    }
    friend bool operator==(const ResolutionFilter &, const ResolutionFilter &) = default;
};

enum class ResolutionSortKey { Date, StatusCode, Kind, Vote, ChapterVii, Measures, Triggers, Title };

// What the measures view shows. "In force on" is applied in memory from core's InForce, not here.
struct MeasureFilter {
    QString stateCode;
    QString typeCode;
    std::optional<MeasureAction> action;
    QString search; // over the measure's own description and paragraph
    friend bool operator==(const MeasureFilter &, const MeasureFilter &) = default;
};

enum class MeasureSortKey { Resolution, State, Type, Action, Cap, EffectiveFrom, EffectiveTo, Description };

// A state for the workspace's state picker, with how many resolutions concern it.
struct StateChoice {
    QString code;
    QString name;
    int resolutions = 0;
};

// A later measure that changes one of a resolution's measures ("superseded by 2397 OP 5").
struct LaterChange {
    qint64 changedMeasureId = 0; // the measure that was changed
    qint64 measureId = 0;        // the later one
    qint64 resolutionId = 0;
    QString symbol;
    QDate date;
    bool adopted = true;
    MeasureAction action = MeasureAction::Introduces;
    QString paragraph;
};

// The queries behind the analyst workspace: filtered, sorted id lists (cheap, so a filter change or a
// keystroke never reloads whole rows) and the rows of one page of them.
class BrowserRepository {
public:
    explicit BrowserRepository(QSqlDatabase db) : m_db(std::move(db)) {}
    explicit BrowserRepository(const Database &db) : BrowserRepository(db.connection()) {}

    Result<QList<StateChoice>> states() const;

    Result<QList<qint64>> resolutionIds(const ResolutionFilter &filter, ResolutionSortKey key,
                                        Qt::SortOrder order = Qt::AscendingOrder) const;
    Result<QList<qint64>> measureIds(const MeasureFilter &filter, MeasureSortKey key,
                                     Qt::SortOrder order = Qt::AscendingOrder) const;
    // measureIds() of `among` only (a small set: the measures in force on a day), in the same order.
    Result<QList<qint64>> measureIdsAmong(const MeasureFilter &filter, const QList<qint64> &among, MeasureSortKey key,
                                          Qt::SortOrder order = Qt::AscendingOrder) const;
    // How many rows measureIds() would give, without reading them.
    Result<int> measureCount(const MeasureFilter &filter) const;

    // The measures view's rows (the read model, MeasureRecord) for the given ids, in no particular order.
    Result<QList<MeasureRecord>> measureRows(const QList<qint64> &ids) const;
    Result<QList<MeasureRecord>> measuresOfResolution(qint64 resolutionId) const;
    Result<QList<LaterChange>> laterChanges(qint64 resolutionId) const;

private:
    QSqlDatabase m_db;
};

// The words of a search box as FTS5 terms: letters and digits only, lower case, at least two
// characters long, at most eight of them.
QStringList searchTerms(const QString &text);
// Each term becomes a prefix query of the engine's full-text search (SqlDialect::fullTextPrefixQuery),
// so results follow each keystroke.

} // namespace st
