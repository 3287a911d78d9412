#include "editing/EditingFeature.h"

#include "common/AppIcons.h"
#include "common/EditorsOnly.h"
#include "common/LazyDockPage.h"
#include "common/ShortcutHints.h"
#include "editing/EditHistory.h"
#include "editing/HistoryView.h"
#include "editing/RecordEdits.h"
#include "editing/RecordEditor.h"
#include "main/MainWindow.h"
#include "workspace/ResolutionTablePage.h"
#include "workspace/MeasureBrowserModel.h"
#include "workspace/MeasuresPage.h"
#include "workspace/ResolutionBrowserModel.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>

namespace st {

namespace {

QIcon icon(const QWidget &w, const char *themeName, QStyle::StandardPixmap fallback)
{
    const QIcon themed = actionIcon(QString::fromLatin1(themeName), w.palette());
    return themed.isNull() ? w.style()->standardIcon(fallback) : themed;
}

} // namespace

EditingFeature *installEditingFeature(MainWindow &window) { return new EditingFeature(window); }

EditingFeature::EditingFeature(MainWindow &window)
    : QObject(&window)
    , m_window(window)
    , m_history(new EditHistory(window.database(), this))
    , m_editor(new RecordEditor(window.database(), *m_history, &window))
    , m_access(accessFor(window.database()))
{
    setObjectName(QStringLiteral("editingFeature"));
    m_currentResolution = [this] { return m_window.currentResolutionId(); };
    m_editor->setCurrentResolutionProvider(m_currentResolution);
    m_editor->setAccess(m_access);

    createActions();
    showWhenReadOnly();
    hookResolutionTable();
    hookMeasuresTable();
    connect(&window, &MainWindow::currentResolutionChanged, this, &EditingFeature::updateActions);

    Database &db = window.database();
    m_historyDock = window.addDockPage(
        [&db] {
            auto *view = new HistoryView(db);
            // Two panes side by side (the changes, and one change's fields) need room to be read.
            view->setMinimumSize(420, 200);
            return view;
        },
        tr("History"), QStringLiteral("historyDock"));
    m_historyDock->hide(); // opened from View ▸ History or a record's "Show History"
    m_historyDock->toggleViewAction()->setText(tr("&History"));
    m_historyDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    connect(m_historyDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && !m_historyDock->isFloating() && m_historyDock->height() < 300)
            m_window.resizeDocks({m_historyDock}, {300}, Qt::Vertical);
        if (visible && m_historyStale) {
            historyView()->reload();
            m_historyStale = false;
        }
    });

    connect(m_history, &EditHistory::dataChanged, this, &EditingFeature::afterDataChanged);
    connect(m_history, &EditHistory::replayFailed, this, [this](const QString &step, const Error &error) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Sanctions Tracker"),
                                    tr("“%1” could not be undone or redone; the data is as it was.").arg(step),
                                    QMessageBox::Ok, &m_window);
        // Someone else's change in the way: who, and the fields that differ, in full view as a form shows them.
        const bool conflict = error.code == Error::Code::Conflict && !error.detail.isEmpty();
        box->setInformativeText(conflict ? error.message + QStringLiteral("\n\n") + error.detail : error.message);
        if (!conflict)
            box->setDetailedText(error.detail);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    // Imports and other features change data too: the History dock re-reads when it is next seen.
    connect(&window, &MainWindow::dataChanged, this, [this] {
        m_historyStale = true;
        if (m_historyDock->isVisible()) {
            historyView()->reload();
            m_historyStale = false;
        }
        updateActions();
    });
    connect(m_editor, &RecordEditor::statusMessage, this, [this](const QString &text) {
        m_window.statusBar()->showMessage(text, 8000);
    });
    connect(m_editor, &RecordEditor::recordChanged, this, [this](const QString &table, qint64 id) {
        if (table == records::resolutions)
            m_selectAfterReload = id;
    });
    updateActions();
}

QUndoStack *EditingFeature::undoStack() const { return m_history->stack(); }

HistoryView *EditingFeature::historyView() const { return dockPage<HistoryView>(m_historyDock); }

void EditingFeature::setCurrentResolutionProvider(std::function<qint64()> provider)
{
    m_currentResolution = std::move(provider);
    m_editor->setCurrentResolutionProvider(m_currentResolution);
    m_editor->setAccess(m_access);
    updateActions();
}

qint64 EditingFeature::currentResolutionId() const { return m_currentResolution ? m_currentResolution() : 0; }

void EditingFeature::createActions()
{
    QWidget &w = m_window;
    QUndoStack *stack = m_history->stack();
    m_undo = stack->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setIcon(icon(w, "edit-undo", QStyle::SP_ArrowBack));
    m_redo = stack->createRedoAction(this, tr("&Redo"));
    m_redo->setShortcut(QKeySequence::Redo);
    m_redo->setIcon(icon(w, "edit-redo", QStyle::SP_ArrowForward));

    // File ▸ New ▸ …, first in the File menu.
    auto *newMenu = new QMenu(tr("&New"), &m_window);
    QAction *newResolution = newMenu->addAction(icon(w, "document-new", QStyle::SP_FileIcon), tr("&Resolution…"),
                                                m_editor, &RecordEditor::newResolution);
    newResolution->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    newResolution->setToolTip(tr("New resolution or vetoed draft"));
    m_newMeasure = newMenu->addAction(icon(w, "list-add", QStyle::SP_FileDialogNewFolder), tr("&Measure…"), this,
                                      [this] { m_editor->newMeasure(currentResolutionId()); });
    m_newMeasure->setShortcut(QKeySequence::New);
    m_newMeasure->setStatusTip(tr("Add a measure to the selected resolution"));
    newMenu->addAction(tr("&Trigger Event…"), m_editor, &RecordEditor::newTriggerEvent);
    newMenu->addAction(tr("Sanctioned &State…"), m_editor, &RecordEditor::newState);
    newMenu->addAction(tr("Measure T&ype…"), m_editor, &RecordEditor::newMeasureType);
    newMenu->setToolTipsVisible(true);
    for (QAction *action : newMenu->actions())
        keepForEditors(action, m_access);
    QMenu *file = m_window.fileMenu();
    file->insertMenu(file->actions().value(0), newMenu);
    file->insertSeparator(file->actions().value(1));

    m_editResolution = new QAction(icon(w, "document-edit", QStyle::SP_FileDialogDetailedView), tr("&Edit Resolution…"), this);
    m_editResolution->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_editResolution, &QAction::triggered, this, [this] {
        if (const qint64 id = currentResolutionId())
            m_editor->editResolution(id);
    });
    m_measuresOf = new QAction(tr("&Measures of Resolution…"), this);
    connect(m_measuresOf, &QAction::triggered, this, [this] {
        if (const qint64 id = currentResolutionId())
            m_editor->showMeasuresOf(id);
    });
    m_deleteResolution = new QAction(icon(w, "edit-delete", QStyle::SP_TrashIcon), tr("&Delete Resolution…"), this);
    m_deleteResolution->setShortcut(QKeySequence::Delete);
    // Only where resolutions are listed: Delete in a text field deletes text.
    m_deleteResolution->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_deleteResolution, &QAction::triggered, this, [this] {
        if (const qint64 id = currentResolutionId())
            m_editor->deleteResolution(id);
    });

    keepForEditors(m_editResolution, m_access);
    keepForEditors(m_deleteResolution, m_access);

    // Edit ▸ Undo, Redo, then the record actions, above the window's own Copy and Select All.
    QMenu *edit = m_window.editMenu();
    edit->setToolTipsVisible(true);
    QAction *first = edit->actions().value(0);
    edit->insertActions(first, {m_undo, m_redo});
    edit->insertSeparator(first);
    edit->insertActions(first, {m_editResolution, m_measuresOf, m_deleteResolution});
    edit->insertSeparator(first);
    auto *lists = new QMenu(tr("Reference &Data"), &m_window);
    lists->addAction(tr("&Trigger Events…"), m_editor, &RecordEditor::showTriggerEvents);
    lists->addAction(tr("Sanctioned &States…"), m_editor, &RecordEditor::showStates);
    lists->addAction(tr("Measure &Types…"), m_editor, &RecordEditor::showMeasureTypes);
    edit->insertMenu(first, lists);
    edit->insertSeparator(first);

    QToolBar *bar = m_window.mainToolBar();
    bar->addAction(newResolution);
    bar->addAction(m_newMeasure);
    bar->addAction(m_editResolution);
    bar->addSeparator();
    // The menu's Undo names the step ("Undo Edit resolution S/RES/2397 (2017)"); on the toolbar that
    // would push the other buttons around, so the buttons say "Undo" and name the step in a tooltip.
    const auto shortTwin = [this, bar](QAction *full, const QString &text) {
        auto *twin = new QAction(full->icon(), text, this);
        twin->setEnabled(full->isEnabled());
        twin->setToolTip(full->text().remove(QLatin1Char('&')));
        connect(twin, &QAction::triggered, full, &QAction::trigger);
        connect(full, &QAction::changed, twin, [twin, full] {
            twin->setEnabled(full->isEnabled());
            twin->setToolTip(full->text().remove(QLatin1Char('&')));
        });
        bar->addAction(twin);
        showShortcutInToolTip(twin, full);
    };
    shortTwin(m_undo, tr("Undo"));
    shortTwin(m_redo, tr("Redo"));
}

void EditingFeature::hookResolutionTable()
{
    QTableView *view = m_window.resolutionPage().view();
    view->addAction(m_deleteResolution);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (explainReadOnly())
            return;
        m_editor->editResolution(index.data(ResolutionBrowserModel::IdRole).toLongLong());
    });
    connect(view, &QTableView::customContextMenuRequested, this, [this, view](const QPoint &pos) {
        QMenu menu(view);
        menu.setToolTipsVisible(true);
        const QModelIndex index = view->indexAt(pos);
        if (index.isValid())
            addResolutionActions(&menu, index.data(ResolutionBrowserModel::IdRole).toLongLong());
        else
            keepForEditors(menu.addAction(tr("New &Resolution…"), m_editor, &RecordEditor::newResolution), m_access);
        menu.exec(view->viewport()->mapToGlobal(pos));
    });
}

void EditingFeature::hookMeasuresTable()
{
    QTableView *view = m_window.workspace().measuresPage().view();
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    // A double-click on "Changes" follows the lineage to the earlier resolution (the browser's job).
    connect(view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() != MeasureBrowserModel::Changes && !explainReadOnly())
            m_editor->editMeasure(index.data(MeasureBrowserModel::IdRole).toLongLong());
    });
    connect(view, &QTableView::customContextMenuRequested, this, [this, view](const QPoint &pos) {
        const QModelIndex index = view->indexAt(pos);
        QMenu menu(view);
        menu.setToolTipsVisible(true);
        if (index.isValid()) {
            const qint64 id = index.data(MeasureBrowserModel::IdRole).toLongLong();
            const qint64 resolution = index.data(MeasureBrowserModel::ResolutionIdRole).toLongLong();
            keepForEditors(menu.addAction(tr("&Edit Measure…"), m_editor, [this, id] { m_editor->editMeasure(id); }), m_access);
            keepForEditors(menu.addAction(tr("&New Measure in This Resolution…"), m_editor,
                                          [this, resolution] { m_editor->newMeasure(resolution); }),
                           m_access);
            menu.addAction(tr("Show &History"), this, [this, id] { showHistoryOf(records::measures, id); });
            menu.addSeparator();
            keepForEditors(menu.addAction(m_deleteResolution->icon(), tr("&Delete Measure…"), m_editor,
                                          [this, id] { m_editor->deleteMeasure(id); }),
                           m_access);
        } else {
            keepForEditors(menu.addAction(tr("New &Measure…"), m_editor, [this] { m_editor->newMeasure(currentResolutionId()); }),
                           m_access);
        }
        menu.exec(view->viewport()->mapToGlobal(pos));
    });
}

void EditingFeature::addResolutionActions(QMenu *menu, qint64 id)
{
    menu->setToolTipsVisible(true);
    keepForEditors(menu->addAction(tr("&Edit Resolution…"), m_editor, [this, id] { m_editor->editResolution(id); }), m_access);
    keepForEditors(menu->addAction(tr("New &Measure…"), m_editor, [this, id] { m_editor->newMeasure(id); }), m_access);
    menu->addAction(tr("Measures of &Resolution…"), m_editor, [this, id] { m_editor->showMeasuresOf(id); });
    menu->addAction(tr("Show &History"), this, [this, id] { showHistoryOf(records::resolutions, id); });
    menu->addSeparator();
    keepForEditors(menu->addAction(m_deleteResolution->icon(), tr("&Delete Resolution…"), m_editor,
                                   [this, id] { m_editor->deleteResolution(id); }),
                   m_access);
}

void EditingFeature::updateActions()
{
    const bool any = currentResolutionId() != 0;
    m_editResolution->setEnabled(any && m_access.mayChange);
    m_measuresOf->setEnabled(any);
    m_deleteResolution->setEnabled(any && m_access.mayChange);
}

// A reader's account: a lasting note in the status bar, so the greyed-out actions are not a mystery.
void EditingFeature::showWhenReadOnly()
{
    if (m_access.mayChange)
        return;
    auto *note = new QLabel(tr("Read only"), &m_window);
    note->setObjectName(QStringLiteral("readOnlyNote"));
    note->setToolTip(readOnlyAccountMessage(m_access.account));
    m_window.statusBar()->addPermanentWidget(note);
}

bool EditingFeature::explainReadOnly() const
{
    if (m_access.mayChange)
        return false;
    m_window.statusBar()->showMessage(readOnlyAccountMessage(m_access.account), 8000);
    return true;
}

void EditingFeature::showHistoryOf(const QString &table, qint64 id)
{
    historyView()->showRecord(table, id);
    m_historyStale = false;
    // Beside another feature's dock at the bottom, the History's two panes get too narrow to read;
    // as a tab of that dock it gets the whole width.
    // (isHidden() rather than isVisible(): the window itself may not be on screen yet.)
    if (m_historyDock->isHidden() && m_window.tabifiedDockWidgets(m_historyDock).isEmpty()) {
        for (QDockWidget *other : m_window.findChildren<QDockWidget *>()) {
            if (other != m_historyDock && !other->isHidden() && !other->isFloating()
                && m_window.dockWidgetArea(other) == m_window.dockWidgetArea(m_historyDock)) {
                m_window.tabifyDockWidget(other, m_historyDock);
                break;
            }
        }
    }
    m_historyDock->show();
    m_historyDock->raise();
}

// Every change re-reads the window at once; the workspace keeps its current resolution, or moves to
// one just added.
void EditingFeature::afterDataChanged()
{
    const qint64 added = m_selectAfterReload;
    m_selectAfterReload = 0;
    m_window.reloadAll();
    if (added)
        m_window.workspace().setCurrentResolution(added);
    updateActions();
}

} // namespace st
