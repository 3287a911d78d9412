#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringList>

namespace st {

class Database;

// What deleting a record takes with it, in words for the question asked before a delete: the measures
// that go with a resolution, its sources and links, and the records elsewhere that lose their link to
// it (a later measure that "changes" one of its measures). Undo brings all of it back.
struct DeletionImpact {
    QStringList removed;  // records of their own: "OP 8 · refined_petroleum_cap: Cap of 500,000 barrels…"
    QStringList parts;    // counted: "2 source addresses", "1 link to a trigger event"
    QStringList unlinked; // "S/RES/2397 (2017) (OP 5 · …) will no longer name the earlier measure it changes"

    // A record that takes no other record with it and leaves no dangling link can go without a
    // question (undo is there); its own sources and links are part of it.
    [[nodiscard]] bool needsConfirmation() const { return !removed.isEmpty() || !unlinked.isEmpty(); }
};

// `table` is one of the records:: names (core/editing/RecordEdits.h).
Result<DeletionImpact> deletionImpact(const Database &db, const QString &table, qint64 id);

} // namespace st
