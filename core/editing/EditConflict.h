#pragma once

#include "common/Result.h"
#include "storage/RecordSnapshot.h"
#include "storage/RowVersion.h"

#include <QList>
#include <QString>

namespace st {

class Database;

// One field two analysts disagree on: what is stored now (theirs) and what this analyst's save or undo
// would make it (yours), as the analysts read them (a state's code, not its row id).
struct FieldDifference {
    QString field;
    QString theirs;
    QString yours;
};

// A save or undo refused because someone else saved the record after this analyst read it.
struct EditConflict {
    QString table;
    qint64 id = 0;
    QString recordName;     // "S/RES/2397 (2017)"
    RowStamp stored;        // who saved last, when, and the version stored now
    QList<FieldDifference> fields; // empty: the difference could not be worked out
    bool undo = false;      // refused an undo or redo rather than a form's save
    bool deletion = false;  // refused a Delete asked for before their save
};

// The fields in which the two versions of one record differ, in the forms' order: the record's own
// columns, then its parts (sources, states, trigger events, disputes) each as one field.
Result<QList<FieldDifference>> differingFields(const Database &db, const RecordSnapshot &theirs,
                                               const RecordSnapshot &yours);

// Reads who saved the record last and what differs: the whole explanation of a refusal.
Result<EditConflict> explainConflict(const Database &db, const RecordSnapshot &theirs, const RecordSnapshot &yours,
                                     bool undo);

// "alice saved this resolution at 00:12 UTC, after you opened it." / "... after your change, ..."
QString conflictSummary(const EditConflict &conflict);
// One line per field: "Title: theirs “…”, yours “…”".
QString conflictDetail(const EditConflict &conflict);
// The refusal as an Error (code Conflict) with the summary as message and the fields as detail.
Error conflictError(const EditConflict &conflict);

} // namespace st
