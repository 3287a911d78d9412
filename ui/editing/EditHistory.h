#pragma once

#include "common/Result.h"
#include "editing/RecordChange.h"

#include <QObject>

class QUndoStack;

namespace st {

class Database;

// The one undo stack of the window. Each entry is a RecordChange that core has already written; undo
// and redo replay its snapshots (each in one savepoint). When a replay fails (the database is locked,
// or the record was changed elsewhere), the data is left as it was and the stack is put back where
// it was, so it never disagrees with the database.
class EditHistory : public QObject {
    Q_OBJECT
public:
    explicit EditHistory(const Database &db, QObject *parent = nullptr);

    [[nodiscard]] QUndoStack *stack() const { return m_stack; }
    // Records a change that has just been written (by a form's Save or a delete).
    void push(const QString &text, const RecordChange &change);

    // Used by the commands: writes one side of `change`; false when it could not.
    bool replay(const RecordChange &change, bool undo);

signals:
    // After a push, undo or redo changed the stored data: views should re-read.
    void dataChanged();
    // An undo or redo could not be applied; `step` is the command's text.
    void replayFailed(const QString &step, const st::Error &error);

private:
    const Database &m_db;
    QUndoStack *m_stack;
    bool m_restoring = false;
};

} // namespace st
