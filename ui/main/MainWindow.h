#pragma once

#include <QHash>
#include <QMainWindow>

#include <functional>

class QDockWidget;
class QLabel;
class QMenu;
class QToolBar;

namespace st {

class Database;
class ResolutionBrowserModel;
class ResolutionTablePage;
class Workspace;

// The shell: actions, menus, status bar, and the pages it hosts. Features live in their own classes.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Database &db, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The analyst workspace (timeline, browser, detail) that fills the window.
    [[nodiscard]] Workspace &workspace() const { return *m_workspace; }
    [[nodiscard]] ResolutionBrowserModel &resolutionModel() const;
    [[nodiscard]] ResolutionTablePage &resolutionPage() const;
    // The resolution the analyst is looking at (timeline, table and detail agree); 0 for none.
    [[nodiscard]] qint64 currentResolutionId() const;
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] Database &database() const { return m_db; }

    // Extension points for feature areas (ui/<area>/): each adds its actions to these menus and its
    // views as docks, so the shell does not grow with every feature.
    [[nodiscard]] QMenu *fileMenu() const { return m_fileMenu; }
    [[nodiscard]] QMenu *editMenu() const { return m_editMenu; }
    [[nodiscard]] QMenu *viewMenu() const { return m_viewMenu; }
    [[nodiscard]] QMenu *helpMenu() const { return m_helpMenu; }
    [[nodiscard]] QToolBar *mainToolBar() const { return m_toolBar; }
    // A dock with a stable object name (for saved layouts) and a View-menu toggle. Its page is made by
    // `makePage` when the dock is first shown or a feature asks for it (LazyDockPage): a hidden dock
    // costs nothing at start.
    QDockWidget *addDockPage(std::function<QWidget *()> makePage, const QString &title, const QString &objectName,
                             Qt::DockWidgetArea area = Qt::BottomDockWidgetArea);
    // A file of one of these suffixes ("json", "xml", "sqlite") dropped on the window goes to
    // `open`: the feature that reads such files says what happens (an import's review, a window).
    void addFileDropHandler(const QStringList &suffixes, std::function<void(const QString &)> open);
    // What a drop of `path` would do: true when a handler takes the file's suffix.
    [[nodiscard]] bool acceptsDroppedFile(const QString &path) const;
    // Hands `path` to its handler, as a drop does; false when none takes it.
    bool openDroppedFile(const QString &path);
    // Merges a Sanctions Tracker JSON file after the analyst confirmed it (File ▸ Import Data, a drop).
    void importJsonFile(const QString &path);

signals:
    // Emitted after anything changed the stored data (import, edit, undo), so every view refreshes.
    void dataChanged();
    // The current resolution changed (a click in the timeline or a table, the keyboard, a link).
    void currentResolutionChanged(qint64 id);

public slots:
    // Re-reads every view from the database, refreshes the counts and emits dataChanged().
    void reloadAll();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void installFeatures();
    void compactDocks();
    void importJson();
    void exportJson();
    void copySelection();
    void showAbout();
    void updateStatus();
    void showError(const QString &what, const QString &detail);

    Database &m_db;
    Workspace *m_workspace;
    QLabel *m_pathLabel;
    QLabel *m_countsLabel;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QHash<QString, std::function<void(const QString &)>> m_dropHandlers; // by lower-case suffix
};

} // namespace st
