#pragma once

#include "storage/DatabaseAccess.h"

#include <QObject>

#include <functional>

class QAction;
class QDockWidget;
class QMenu;
class QUndoStack;

namespace st {

class EditHistory;
class HistoryView;
class MainWindow;
class RecordEditor;

// Data entry in the main window: File ▸ New ▸ …, Edit ▸ Undo / Redo and the record actions, the
// toolbar buttons, context menus and double-click on the browser's resolutions and measures tables,
// and the History dock.
// After every change (save, delete, undo, redo) the window re-reads its views.
class EditingFeature : public QObject {
    Q_OBJECT
public:
    explicit EditingFeature(MainWindow &window);

    // Where "New Measure", "Edit Resolution" and "Delete Resolution" take the current resolution
    // from: a function giving its row id (0: none). By default MainWindow::currentResolutionId(),
    // followed through MainWindow::currentResolutionChanged. Another source sets its own and calls
    // updateActions() when its selection changes, so the actions' enabled state follows.
    void setCurrentResolutionProvider(std::function<qint64()> provider);
    [[nodiscard]] qint64 currentResolutionId() const;
    // Adds the actions on one resolution (edit, new measure, its measures, history, delete) to a
    // context menu, for any view that lists resolutions.
    void addResolutionActions(QMenu *menu, qint64 resolutionId);

    [[nodiscard]] RecordEditor *editor() const { return m_editor; }
    [[nodiscard]] EditHistory *history() const { return m_history; }
    [[nodiscard]] QUndoStack *undoStack() const;
    // The History dock's view, built now if the dock has not been shown yet.
    [[nodiscard]] HistoryView *historyView() const;
    [[nodiscard]] QDockWidget *historyDock() const { return m_historyDock; }
    [[nodiscard]] QAction *undoAction() const { return m_undo; }
    [[nodiscard]] QAction *redoAction() const { return m_redo; }
    [[nodiscard]] QAction *newMeasureAction() const { return m_newMeasure; }
    [[nodiscard]] QAction *editResolutionAction() const { return m_editResolution; }
    [[nodiscard]] QAction *deleteResolutionAction() const { return m_deleteResolution; }

public slots:
    void updateActions();
    // Opens the History dock on one record (`table` as in audit_log, e.g. "resolutions").
    void showHistoryOf(const QString &table, qint64 id);

private:
    void createActions();
    void hookResolutionTable();
    void hookMeasuresTable();
    void afterDataChanged();
    void showWhenReadOnly();
    // For a reader: says in the status bar why a record does not open for editing; true then.
    bool explainReadOnly() const;

    MainWindow &m_window;
    EditHistory *m_history;
    RecordEditor *m_editor;
    DatabaseAccess m_access; // a reader's edit actions are greyed out
    QDockWidget *m_historyDock = nullptr;
    std::function<qint64()> m_currentResolution;
    bool m_historyStale = true;
    qint64 m_selectAfterReload = 0;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_newMeasure = nullptr;
    QAction *m_editResolution = nullptr;
    QAction *m_deleteResolution = nullptr;
    QAction *m_measuresOf = nullptr;
};

// The one call MainWindow::installFeatures() makes; the feature is a child of the window.
EditingFeature *installEditingFeature(MainWindow &window);

} // namespace st
