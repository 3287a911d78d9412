#pragma once

#include "designations/UnListImport.h"

#include <QDialog>

#include <memory>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QThread;
class QTimer;

namespace st {

class Database;
class ReconciliationView;

// File ▸ Import UN Consolidated List…: reads the file on a worker thread with a progress bar and
// Cancel, shows what the import will do, and writes it only when the analyst applies (on this, the
// database connection's thread). Cancel at any point leaves the database untouched.
class UnListImportDialog : public QDialog {
    Q_OBJECT
public:
    enum class Stage { Idle, Reading, Review, Applying, Failed, Applied };

    UnListImportDialog(const Database &db, const QString &path, QWidget *parent = nullptr);
    ~UnListImportDialog() override; // stops and waits for the reading thread

    // Starts reading the file.
    void start();

    [[nodiscard]] Stage stage() const { return m_stage; }
    // What was applied, once the stage is Applied.
    [[nodiscard]] const std::optional<UnListImportSummary> &applied() const { return m_applied; }
    [[nodiscard]] const std::optional<UnListImport> &pending() const { return m_import; }
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] QPushButton *applyButton() const { return m_apply; }
    [[nodiscard]] ReconciliationView *reconciliationView() const { return m_changes; }
    [[nodiscard]] QString summaryText() const;

public slots:
    void apply();
    void reject() override; // Cancel: stops reading, or drops the reviewed import unwritten

signals:
    void stageChanged(st::UnListImportDialog::Stage stage);

private:
    struct ReadJob;

    QWidget *makeReadingPage();
    QWidget *makeReviewPage();
    QWidget *makeFailurePage();
    void setStage(Stage stage);
    void updateProgress();
    void readingFinished();
    void showReview();
    void fail(const QString &what, const Error &error);
    void stopReading();
    void resizeForPage();

    const Database &m_db;
    QString m_path;
    Stage m_stage = Stage::Idle;
    std::shared_ptr<ReadJob> m_job;
    QThread *m_thread = nullptr;
    QTimer *m_progressTimer;
    std::optional<UnListImport> m_import;
    std::optional<UnListImportSummary> m_applied;

    QStackedWidget *m_pages;
    QLabel *m_readingLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_notes = nullptr;
    ReconciliationView *m_changes = nullptr;
    QLabel *m_failure = nullptr;
    QLabel *m_failureDetail = nullptr;
    QLabel *m_failureHint = nullptr;
    QDialogButtonBox *m_buttons;
    QPushButton *m_apply;
    QPushButton *m_cancel;
};

} // namespace st
