#pragma once

#include "common/Result.h"
#include "storage/DatabaseAccess.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QDialog;
class QWidget;

namespace st {

class Database;
class EditHistory;
class RecordDialog;
class RecordListDialog;
struct RecordChange;

// Opens the record forms and asks before a delete that takes other records with it; every change
// it makes goes onto the EditHistory's undo stack. The forms are window-modal and open without a
// nested event loop (QDialog::open), so nothing blocks and tests can drive them.
class RecordEditor : public QObject {
    Q_OBJECT
public:
    RecordEditor(const Database &db, EditHistory &history, QWidget *dialogParent);
    // A new resolution concerns the state (and regime) of the one selected, else the first state and
    // its regime: with two regimes bundled, "the first" alone could pair Iran with the 1718 Committee.
    void setCurrentResolutionProvider(std::function<qint64()> provider) { m_currentResolution = std::move(provider); }
    // A reader's lists show their records without New, Edit and Delete (greyed out, saying why).
    void setAccess(const DatabaseAccess &access) { m_access = access; }

public slots:
    void newResolution();
    void editResolution(qint64 id);
    void deleteResolution(qint64 id);
    // Pre-filled with the resolution (and its first state) when `resolutionId` is not 0.
    void newMeasure(qint64 resolutionId);
    void editMeasure(qint64 id);
    void deleteMeasure(qint64 id);
    void newTriggerEvent();
    void editTriggerEvent(qint64 id);
    void deleteTriggerEvent(qint64 id);
    void newState();
    void editState(qint64 id);
    void deleteState(qint64 id);
    void newMeasureType();
    void editMeasureType(qint64 id);
    void deleteMeasureType(qint64 id);

    // Lists with New / Edit / Delete for the records the browser does not show.
    void showMeasuresOf(qint64 resolutionId);
    void showTriggerEvents();
    void showStates();
    void showMeasureTypes();

signals:
    // Each form, question or list as it opens.
    void dialogOpened(QDialog *dialog);
    // A record was saved or deleted (`table` as in records::, `id` its row id); emitted just before
    // the change goes onto the undo stack and the window re-reads.
    void recordChanged(const QString &table, qint64 id);
    void statusMessage(const QString &text);

private:
    // `version` > 0: an edit of record (`table`, `id`) loaded at that version.
    void open(RecordDialog *dialog, const QString &table = {}, qint64 id = 0, qint64 version = 0);
    void editRecord(const QString &table, qint64 id);
    void openList(RecordListDialog *list);
    void remove(const QString &table, qint64 id, const QString &what);
    void commit(const QString &text, const RecordChange &change);
    void showProblem(const QString &what, const Error &error);

    const Database &m_db;
    EditHistory &m_history;
    QWidget *m_parent;
    std::function<qint64()> m_currentResolution;
    DatabaseAccess m_access;
    QList<QPointer<RecordListDialog>> m_lists;
};

} // namespace st
