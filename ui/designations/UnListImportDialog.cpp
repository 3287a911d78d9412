#include "designations/UnListImportDialog.h"

#include "common/Log.h"
#include "designations/ReconciliationView.h"
#include "designations/UnListApplication.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <atomic>

namespace st {

// Shared by the dialog and the reading thread: the thread writes progress and, when it ends, the
// result; the dialog reads them after QThread::finished.
struct UnListImportDialog::ReadJob {
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    std::atomic<bool> cancel{false};
    std::optional<Result<UnList>> result;
};

namespace {

QLabel *wrappingLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString count(qsizetype n) { return QLocale().toString(n); }

} // namespace

UnListImportDialog::UnListImportDialog(const Database &db, const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_path(path)
    , m_progressTimer(new QTimer(this))
    , m_writeTimer(new QTimer(this))
    , m_pages(new QStackedWidget(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setWindowTitle(tr("Import UN Consolidated List"));
    m_pages->addWidget(makeReadingPage());
    m_pages->addWidget(makeReviewPage());
    m_pages->addWidget(makeFailurePage());

    m_apply = m_buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_apply, &QPushButton::clicked, this, &UnListImportDialog::apply);
    connect(m_cancel, &QPushButton::clicked, this, &UnListImportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_buttons);

    m_progressTimer->setInterval(50);
    connect(m_progressTimer, &QTimer::timeout, this, &UnListImportDialog::updateProgress);
    // The next chunk once the event loop has run: paint the progress, hear Cancel.
    m_writeTimer->setSingleShot(true);
    m_writeTimer->setInterval(0);
    connect(m_writeTimer, &QTimer::timeout, this, &UnListImportDialog::writeChunk);
    setStage(Stage::Idle);
    resizeForPage(); // small while reading; the review gets room when it comes
}

UnListImportDialog::~UnListImportDialog() { stopReading(); }

QWidget *UnListImportDialog::makeReadingPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_readingLabel = wrappingLabel(page);
    m_readingLabel->setText(tr("Reading %1…").arg(QFileInfo(m_path).fileName()));
    m_progress = new QProgressBar(page);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(true);
    m_progress->setFormat(tr("0 of %1 MB").arg(double(QFileInfo(m_path).size()) / 1e6, 0, 'f', 1));
    m_progress->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 36);
    layout->addWidget(m_readingLabel);
    layout->addWidget(m_progress);
    layout->addStretch(1);
    return page;
}

QWidget *UnListImportDialog::makeReviewPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_headline = wrappingLabel(page);
    QFont big = m_headline->font();
    big.setBold(true);
    m_headline->setFont(big);
    m_counts = wrappingLabel(page);
    m_counts->setObjectName(QStringLiteral("reviewCounts"));
    m_notes = wrappingLabel(page);
    m_notes->setObjectName(QStringLiteral("reviewNotes"));
    m_notes->setStyleSheet(QStringLiteral("QLabel { background: #fff4e5; color: #663c00; padding: 6px; }"));
    m_changes = new ReconciliationView(page);
    m_applyProgress = new QProgressBar(page);
    m_applyProgress->setObjectName(QStringLiteral("applyProgress"));
    m_applyProgress->setTextVisible(true);
    m_applyProgress->hide();
    layout->addWidget(m_headline);
    layout->addWidget(m_counts);
    layout->addWidget(m_notes);
    layout->addWidget(m_changes, 1);
    layout->addWidget(m_applyProgress);
    return page;
}

QWidget *UnListImportDialog::makeFailurePage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_failure = wrappingLabel(page);
    m_failure->setObjectName(QStringLiteral("failureText"));
    QFont bold = m_failure->font();
    bold.setBold(true);
    m_failure->setFont(bold);
    m_failureDetail = wrappingLabel(page);
    m_failureDetail->setObjectName(QStringLiteral("failureDetail"));
    m_failureHint = wrappingLabel(page);
    m_failureHint->setOpenExternalLinks(true);
    m_failureHint->setTextInteractionFlags(Qt::TextBrowserInteraction);
    layout->addWidget(m_failure);
    layout->addWidget(m_failureDetail);
    layout->addWidget(m_failureHint);
    layout->addStretch(1);
    return page;
}

void UnListImportDialog::setStage(Stage stage)
{
    m_stage = stage;
    m_apply->setVisible(stage == Stage::Review || stage == Stage::Applying);
    m_apply->setEnabled(stage == Stage::Review);
    m_apply->setDefault(stage == Stage::Review);
    m_applyProgress->setVisible(stage == Stage::Applying);
    m_cancel->setText(stage == Stage::Failed ? tr("Close") : tr("Cancel"));
    switch (stage) {
    case Stage::Idle:
    case Stage::Reading:
        m_pages->setCurrentIndex(0);
        break;
    case Stage::Review:
    case Stage::Applying:
    case Stage::Applied:
        m_pages->setCurrentIndex(1);
        break;
    case Stage::Failed:
        m_pages->setCurrentIndex(2);
        break;
    }
    resizeForPage();
    emit stageChanged(stage);
}

// Reading and failure pages hold a line or two; the review needs room for its list.
void UnListImportDialog::resizeForPage()
{
    const bool review = m_pages->currentIndex() == 1;
    const QFontMetrics fm = fontMetrics();
    const QSize wanted = review ? QSize(fm.horizontalAdvance(QLatin1Char('M')) * 90, fm.lineSpacing() * 36)
                                : QSize(fm.horizontalAdvance(QLatin1Char('M')) * 44, fm.lineSpacing() * 9);
    if (review)
        resize(size().expandedTo(wanted));
    else
        resize(wanted);
}

void UnListImportDialog::start()
{
    if (m_stage != Stage::Idle)
        return;
    m_job = std::make_shared<ReadJob>();
    const std::shared_ptr<ReadJob> job = m_job;
    const QString path = m_path;
    m_thread = QThread::create([job, path] {
        job->result = readUnListFile(path, [job](qint64 done, qint64 total) {
            job->done = done;
            job->total = total;
            return !job->cancel.load();
        });
    });
    connect(m_thread, &QThread::finished, this, &UnListImportDialog::readingFinished);
    setStage(Stage::Reading);
    m_progressTimer->start();
    m_thread->start();
}

void UnListImportDialog::updateProgress()
{
    const qint64 total = m_job ? m_job->total.load() : 0;
    if (total > 0) {
        m_progress->setValue(int(m_job->done.load() * 1000 / total));
        m_progress->setFormat(tr("%1 of %2 MB").arg(double(m_job->done.load()) / 1e6, 0, 'f', 1)
                                  .arg(double(total) / 1e6, 0, 'f', 1));
    }
}

void UnListImportDialog::stopReading()
{
    if (!m_thread)
        return;
    m_job->cancel = true;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void UnListImportDialog::readingFinished()
{
    m_progressTimer->stop();
    if (!m_thread || m_stage != Stage::Reading)
        return; // cancelled meanwhile
    stopReading();
    Result<UnList> result = std::move(*m_job->result);
    m_job.reset();
    if (!result) {
        fail(tr("%1 could not be imported.").arg(QFileInfo(m_path).fileName()), result.error());
        m_failureHint->setText(tr("Nothing was written. Check that this is the UN's XML list, for example "
                                  "<a href=\"https://scsanctions.un.org/resources/xml/en/consolidated.xml\">"
                                  "consolidated.xml</a>, and download it again if it was cut short."));
        return;
    }
    // Comparing with the database reads it, so it happens here, on the connection's thread.
    auto import = UnListImport::prepare(m_db, std::move(result).value(), QFileInfo(m_path).fileName());
    if (!import) {
        fail(tr("The stored designations could not be read to compare them with the list."), import.error());
        return;
    }
    m_import = std::move(import).value();
    showReview();
}

void UnListImportDialog::showReview()
{
    const UnListImport &im = *m_import;
    const UnListImportSummary s = im.summary();
    const QDateTime generated = im.list().generatedAt;
    m_headline->setText(generated.isValid()
                            ? tr("UN Consolidated List of %1").arg(QLocale().toString(generated.date(), QLocale::LongFormat))
                            : tr("UN Consolidated List (no generation date)"));
    m_counts->setText(tr("%1 individuals and %2 entities on the list, from %3.<br><b>%4</b> to add, <b>%5</b> to "
                         "change, <b>%6</b> to mark delisted, %7 unchanged.")
                          .arg(count(s.individuals), count(s.entities), QFileInfo(m_path).fileName().toHtmlEscaped(),
                               count(s.added), count(s.changed), count(s.removed), count(s.unchanged)));

    QStringList notes;
    if (im.isOlderThanPrevious())
        notes << tr("This list is older than the one imported last (%1): applying it would undo later changes.")
                     .arg(im.previousDateGenerated());
    if (!im.regimesToCreate().isEmpty()) {
        QStringList names;
        for (const UnListRegime &g : im.regimesToCreate())
            names << g.regimeName;
        notes << tr("New regimes: %1.").arg(names.join(QStringLiteral("; ")));
    }
    if (s.unknownElements > 0)
        notes << tr("%1 elements this version does not know were kept as notes: %2.")
                     .arg(s.unknownElements)
                     .arg(im.list().unknownElementsText());
    if (im.reconciliation().changesNothing())
        notes << tr("The database already matches this list. Applying only records the import in the log.");
    m_reviewNotes = notes.join(QLatin1Char('\n'));
    m_notes->setText(m_reviewNotes);
    m_notes->setVisible(!notes.isEmpty());
    m_changes->showImport(im);
    setStage(Stage::Review);
    m_apply->setFocus();
}

void UnListImportDialog::apply()
{
    if (m_stage != Stage::Review || !m_import)
        return;
    auto started = UnListApplication::start(m_db, *m_import);
    if (!started) {
        fail(tr("Nothing was imported; the database is unchanged."), started.error());
        return;
    }
    m_application = std::move(started).value();
    setStage(Stage::Applying);
    writeChunk(); // a list of the UN's real size is written here, in one go
}

void UnListImportDialog::writeChunk()
{
    if (m_stage != Stage::Applying || !m_application)
        return;
    if (!m_application->allWritten()) {
        if (auto done = m_application->writeSome(kRecordsPerChunk); !done) {
            m_application.reset(); // rolls back
            fail(tr("Nothing was imported; the database is unchanged."), done.error());
            return;
        }
        // A list written in more than one chunk shows the last one, and "Saving", before the commit.
        if (!m_application->allWritten() || m_application->written() > kRecordsPerChunk) {
            showApplyProgress();
            m_writeTimer->start();
            return;
        }
    }
    auto applied = m_application->finish();
    m_application.reset(); // committed, or rolled back if the commit failed
    if (!applied) {
        fail(tr("Nothing was imported; the database is unchanged."), applied.error());
        return;
    }
    m_applied = applied.value();
    setStage(Stage::Applied);
    accept();
}

void UnListImportDialog::showApplyProgress()
{
    const qsizetype total = m_application->total();
    m_applyProgress->setRange(0, 1000);
    m_applyProgress->setValue(total > 0 ? int(m_application->written() * 1000 / total) : 0);
    m_applyProgress->setFormat(m_application->allWritten()
                                   ? tr("Saving %1 records…").arg(count(total))
                                   : tr("Writing: %1 of %2 records").arg(count(m_application->written()), count(total)));
}

void UnListImportDialog::cancelApplying()
{
    m_writeTimer->stop();
    m_application.reset(); // rolls back: nothing of the list stays in the database
    setStage(Stage::Review);
    const QString cancelled = tr("The import was cancelled: nothing was imported, and the database is as it "
                                 "was. Apply writes the list from the start again.");
    m_notes->setText(m_reviewNotes.isEmpty() ? cancelled : cancelled + QLatin1Char('\n') + m_reviewNotes);
    m_notes->show();
    qCInfo(lcImport) << "UN list import cancelled while writing; rolled back";
}

qsizetype UnListImportDialog::recordsWritten() const { return m_application ? m_application->written() : 0; }

qsizetype UnListImportDialog::recordsToWrite() const { return m_application ? m_application->total() : 0; }

QString UnListImportDialog::notesText() const { return m_notes->isVisibleTo(this) ? m_notes->text() : QString(); }

void UnListImportDialog::fail(const QString &what, const Error &error)
{
    qCWarning(lcImport) << what << error.fullText();
    m_failure->setText(what);
    m_failureDetail->setText(error.fullText());
    m_failureHint->clear();
    setStage(Stage::Failed);
}

QString UnListImportDialog::errorText() const { return m_failure->text() + QLatin1Char('\n') + m_failureDetail->text(); }

QString UnListImportDialog::summaryText() const { return m_counts->text(); }

void UnListImportDialog::reject()
{
    if (m_stage == Stage::Applying) {
        cancelApplying(); // back to the review, the database as it was; a second Cancel closes
        return;
    }
    stopReading();
    m_progressTimer->stop();
    QDialog::reject();
}

} // namespace st
