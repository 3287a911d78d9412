#include "editing/EditHistory.h"

#include "editing/RecordEdits.h"

#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>

namespace st {

namespace {

// One create, edit or delete. The first redo() comes from QUndoStack::push() right after the change
// was written, so it does nothing; later ones replay the snapshot.
class RecordChangeCommand : public QUndoCommand {
public:
    RecordChangeCommand(EditHistory &history, const QString &text, RecordChange change)
        : QUndoCommand(text)
        , m_history(history)
        , m_change(std::move(change))
    {
    }

    void redo() override
    {
        if (m_written) {
            m_written = false;
            return;
        }
        m_history.replay(m_change, false);
    }
    void undo() override { m_history.replay(m_change, true); }

private:
    EditHistory &m_history;
    RecordChange m_change;
    bool m_written = true;
};

} // namespace

EditHistory::EditHistory(const Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_stack(new QUndoStack(this))
{
    connect(m_stack, &QUndoStack::indexChanged, this, [this] {
        if (!m_restoring)
            emit dataChanged();
    });
}

void EditHistory::push(const QString &text, const RecordChange &change)
{
    m_stack->push(new RecordChangeCommand(*this, text, change));
}

bool EditHistory::replay(const RecordChange &change, bool undo)
{
    if (m_restoring)
        return true; // putting the stack back after a failure: the data already is as it should be
    const RecordEdits edits(m_db);
    const Status done = undo ? edits.undo(change) : edits.redo(change);
    if (done)
        return true;

    // QUndoStack has already moved its index; move it back once it is done, without writing.
    const QString step = undo ? m_stack->undoText() : m_stack->redoText();
    QTimer::singleShot(0, this, [this, undo] {
        m_restoring = true;
        if (undo)
            m_stack->redo();
        else
            m_stack->undo();
        m_restoring = false;
    });
    emit replayFailed(step, done.error());
    return false;
}

} // namespace st
