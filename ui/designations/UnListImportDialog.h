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
class UnListApplication;

// File ▸ Import UN Consolidated List…: reads the file on a worker thread with a progress bar and
// Cancel, shows what the import will do, and writes it only when the analyst applies. The write runs
// on this, the database connection's thread, a chunk of records at a time with the progress bar and
// Cancel between chunks, so a list of 100,000 records does not freeze the window. Cancel at any point
// leaves the database untouched: during the write it rolls back and returns to the review.
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
    // The notes above the review's list; after a cancelled write, says that nothing was written.
    [[nodiscard]] QString notesText() const;
    // While applying: records written so far and in all.
    [[nodiscard]] qsizetype recordsWritten() const;
    [[nodiscard]] qsizetype recordsToWrite() const;

    // Records written between two turns of the event loop: about 0.1 s of work on a 2-core machine, and
    // a list of the UN's real size (under a thousand records) in one go.
    static constexpr qsizetype kRecordsPerChunk = 1000;

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
    void writeChunk();
    void cancelApplying();
    void showApplyProgress();
    void resizeForPage();

    const Database &m_db;
    QString m_path;
    Stage m_stage = Stage::Idle;
    std::shared_ptr<ReadJob> m_job;
    QThread *m_thread = nullptr;
    QTimer *m_progressTimer;
    std::optional<UnListImport> m_import;
    std::optional<UnListImportSummary> m_applied;
    std::unique_ptr<UnListApplication> m_application; // while applying
    QTimer *m_writeTimer;
    QString m_reviewNotes;

    QStackedWidget *m_pages;
    QLabel *m_readingLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_notes = nullptr;
    ReconciliationView *m_changes = nullptr;
    QProgressBar *m_applyProgress = nullptr;
    QLabel *m_failure = nullptr;
    QLabel *m_failureDetail = nullptr;
    QLabel *m_failureHint = nullptr;
    QDialogButtonBox *m_buttons;
    QPushButton *m_apply;
    QPushButton *m_cancel;
};

} // namespace st
