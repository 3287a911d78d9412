#pragma once

#include <QMainWindow>

class QLabel;

namespace st {

class Database;
class ResolutionTableModel;
class ResolutionTablePage;

// The shell: actions, menus, status bar, and the pages it hosts. Features live in their own classes.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Database &db, QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] ResolutionTableModel &resolutionModel() const { return *m_resolutions; }
    [[nodiscard]] ResolutionTablePage &resolutionPage() const { return *m_tablePage; }
    [[nodiscard]] QString statusText() const;

public slots:
    // Re-reads every view from the database and refreshes the counts.
    void reloadAll();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void importJson();
    void exportJson();
    void copySelection();
    void showAbout();
    void updateStatus();
    void showError(const QString &what, const QString &detail);

    Database &m_db;
    ResolutionTableModel *m_resolutions;
    ResolutionTablePage *m_tablePage;
    QLabel *m_pathLabel;
    QLabel *m_countsLabel;
};

} // namespace st
