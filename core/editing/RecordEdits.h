#pragma once

#include "editing/EditConflict.h"
#include "editing/RecordChange.h"
#include "domain/Entities.h"

#include <QList>

#include <optional>

namespace st {

class Database;

// The write behind each form's Save and each Delete. Each one checks the rules again (a form is not
// the only caller), runs in one savepoint, and returns the RecordChange that undo and redo replay.
// A refusal (a broken rule, a locked or read-only database, a full disk) leaves the data unchanged.
//
// Several analysts may edit one database (docs/team-database.md). A form's save passes the version of
// the record the form loaded (expectVersion): when someone else has saved the record since, the
// update is refused with a Conflict and conflict() says who and which fields differ. A Delete passes
// the version the analyst was asked about, and is refused the same way. Undo and redo are refused
// when someone else has changed the record since the step.
class RecordEdits {
public:
    explicit RecordEdits(const Database &db) : m_db(db) {}

    // The version the form loaded; 0 (the default) saves without the check, as a script would.
    void expectVersion(qint64 version) { m_expectedVersion = version; }
    // Why the last update, undo or redo was refused, when someone else's change was the reason.
    [[nodiscard]] const std::optional<EditConflict> &conflict() const { return m_conflict; }

    Result<RecordChange> createResolution(const Resolution &resolution, const QList<qint64> &triggerEventIds) const;
    Result<RecordChange> updateResolution(qint64 id, const Resolution &resolution,
                                          const QList<qint64> &triggerEventIds) const;
    Result<RecordChange> deleteResolution(qint64 id) const;

    // The measure's resolution is named by symbol; its lineage by `changesId` (0: changes nothing).
    Result<RecordChange> createMeasure(const Measure &measure) const;
    Result<RecordChange> updateMeasure(qint64 id, const Measure &measure) const;
    Result<RecordChange> deleteMeasure(qint64 id) const;

    Result<RecordChange> createEvent(const TriggerEvent &event) const;
    Result<RecordChange> updateEvent(qint64 id, const TriggerEvent &event) const;
    Result<RecordChange> deleteEvent(qint64 id) const;

    Result<RecordChange> createState(const SanctionedState &state) const;
    Result<RecordChange> updateState(qint64 id, const SanctionedState &state) const;
    Result<RecordChange> deleteState(qint64 id) const;

    Result<RecordChange> createMeasureType(const MeasureType &type) const;
    Result<RecordChange> updateMeasureType(qint64 id, const MeasureType &type) const;
    Result<RecordChange> deleteMeasureType(qint64 id) const;

    [[nodiscard]] Status undo(const RecordChange &change) const;
    [[nodiscard]] Status redo(const RecordChange &change) const;

private:
    // Both refuse a record that is no longer stored (NotFound) rather than record an empty change.
    Result<RecordChange> edit(const QString &table, qint64 id, const QString &what,
                              const std::function<Status()> &write) const;
    Result<RecordChange> remove(const QString &table, qint64 id, const QString &what,
                                const std::function<Status()> &write) const;
    [[nodiscard]] Status replay(const RecordChange &change, bool undo) const;
    const Database &m_db;
    qint64 m_expectedVersion = 0;
    mutable std::optional<EditConflict> m_conflict;
};

// The tables whose rows are the records above, as RecordSnapshot::table names them.
namespace records {
inline const QString resolutions = QStringLiteral("resolutions");
inline const QString measures = QStringLiteral("measures");
inline const QString events = QStringLiteral("trigger_events");
inline const QString states = QStringLiteral("states");
inline const QString measureTypes = QStringLiteral("measure_types");
} // namespace records

} // namespace st
