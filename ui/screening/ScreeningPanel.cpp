#include "screening/ScreeningPanel.h"

#include "screening/ScreeningFiles.h"
#include "screening/ScreeningResultModel.h"
#include "storage/Database.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSlider>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace st {

namespace {

const char *kFolderKey = "screening/folder";
// The slider works in hundredths: 50 to 100 is a score of 0.50 to 1.00.
constexpr int kSliderScale = 100;
constexpr int kSliderMinimum = 50;

} // namespace

ScreeningPanel::ScreeningPanel(const Database &db, QWidget *parent)
    : QWidget(parent), m_builder(new ScreeningIndexBuilder(db, this)), m_model(new ScreeningResultModel(this))
{
    m_names = new QPlainTextEdit(this);
    m_names->setObjectName(QStringLiteral("screeningNames"));
    m_names->setPlaceholderText(tr("One name per line, optionally followed by the birth year and the country:\n"
                                   "Ri Jong Won; 1958; DPRK\nKorea Ryonbong General Corporation\n김정식"));
    m_names->setTabChangesFocus(true);

    auto *screenButton = new QPushButton(tr("Scree&n"), this);
    screenButton->setObjectName(QStringLiteral("screenButton"));
    screenButton->setDefault(true);
    auto *importButton = new QPushButton(tr("Im&port names…"), this);
    importButton->setToolTip(tr("Read names from a CSV file with the columns name, birth_year and country"));
    m_export = new QPushButton(tr("Export res&ults…"), this);
    m_export->setToolTip(tr("Write the candidates shown as CSV"));
    m_export->setEnabled(false);
    m_open = new QPushButton(tr("Open in Desi&gnations"), this);
    m_open->setEnabled(false);

    m_threshold = new QSlider(Qt::Horizontal, this);
    m_threshold->setObjectName(QStringLiteral("screeningThreshold"));
    m_threshold->setRange(kSliderMinimum, kSliderScale);
    m_threshold->setValue(qRound(kDefaultScreeningThreshold * kSliderScale));
    m_threshold->setToolTip(tr("Lowest score of a candidate shown"));
    m_thresholdLabel = new QLabel(this);
    m_thresholdLabel->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("Threshold 0.00 ")));

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("screeningProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: palette(bright-text); background: #b3261e; padding: 4px; }"));
    m_problem->hide();
    m_summary = new QLabel(this);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("screeningResults"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_names, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(screenButton);
    buttons->addWidget(importButton);
    leftLayout->addLayout(buttons);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_thresholdLabel);
    bar->addWidget(m_threshold, 1);
    bar->addSpacing(fontMetrics().averageCharWidth() * 2);
    bar->addWidget(m_summary, 2);
    bar->addWidget(m_open);
    bar->addWidget(m_export);
    m_threshold->setMinimumWidth(fontMetrics().averageCharWidth() * 16);
    rightLayout->addLayout(bar);
    rightLayout->addWidget(m_problem);
    rightLayout->addWidget(m_view, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    connect(screenButton, &QPushButton::clicked, this, [this] { screen(); });
    connect(importButton, &QPushButton::clicked, this, &ScreeningPanel::chooseNamesFile);
    connect(m_export, &QPushButton::clicked, this, &ScreeningPanel::chooseResultsFile);
    connect(m_open, &QPushButton::clicked, this, &ScreeningPanel::openCurrent);
    connect(m_view, &QTableView::doubleClicked, this, &ScreeningPanel::openCurrent);
    connect(m_threshold, &QSlider::valueChanged, this, [this](int value) {
        m_model->setThreshold(double(value) / kSliderScale);
        updateSummary();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_open->setEnabled(false); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { m_open->setEnabled(m_model->targetAt(current.row()) != nullptr); });
    updateSummary();
}

ScreeningPanel::~ScreeningPanel() = default;

void ScreeningPanel::invalidate()
{
    m_builder->invalidate();
    if (isVisible())
        m_builder->start();
}

void ScreeningPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_builder->start(); // while the analyst types or pastes the names
}

QString ScreeningPanel::problemText() const { return m_problem->isHidden() ? QString() : m_problem->text(); }

QString ScreeningPanel::summaryText() const { return m_summary->text(); }

void ScreeningPanel::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

const ScreeningIndex *ScreeningPanel::index()
{
    auto built = m_builder->index();
    if (!built) {
        showProblem(tr("The designations could not be read: %1").arg(built.error().message));
        return nullptr;
    }
    return built.value();
}

bool ScreeningPanel::screen()
{
    auto queries = parseScreeningText(m_names->toPlainText());
    if (!queries) {
        showProblem(queries.error().message);
        return false;
    }
    if (queries.value().isEmpty()) {
        showProblem(tr("Type or paste the names to screen, one per line."));
        return false;
    }
    const ScreeningIndex *idx = index();
    if (!idx)
        return false;
    if (idx->targets().isEmpty()) {
        showProblem(tr("There are no designations to screen against: import the UN Consolidated List first "
                       "(File ▸ Import UN Consolidated List…)."));
        return false;
    }
    showProblem({});
    m_model->setResults(idx->screenAll(queries.value()), idx->targets());
    m_view->resizeColumnsToContents();
    m_export->setEnabled(true);
    updateSummary();
    return true;
}

void ScreeningPanel::updateSummary()
{
    const double threshold = double(m_threshold->value()) / kSliderScale;
    m_thresholdLabel->setText(tr("Threshold %1").arg(scoreText(threshold)));
    if (m_model->results().isEmpty()) {
        m_summary->setText(tr("No names screened yet"));
        return;
    }
    m_summary->setText(tr("%1 names against %2 designations: %3 with a candidate")
                           .arg(m_model->results().size())
                           .arg(m_model->targets().size())
                           .arg(m_model->namesWithCandidates()));
}

bool ScreeningPanel::importNames(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showProblem(tr("%1 could not be read: %2").arg(path, file.errorString()));
        return false;
    }
    auto queries = readScreeningCsv(file.readAll());
    if (!queries) {
        showProblem(tr("%1: %2").arg(QFileInfo(path).fileName(), queries.error().message));
        return false;
    }
    // Back into the text box, so the analyst sees and can edit what is screened.
    QStringList lines;
    for (const ScreeningQuery &q : std::as_const(queries.value())) {
        QStringList parts{q.name};
        if (q.birthYear > 0 || !q.country.isEmpty())
            parts << (q.birthYear > 0 ? QString::number(q.birthYear) : QString());
        if (!q.country.isEmpty())
            parts << q.country;
        lines << parts.join(QStringLiteral("; "));
    }
    m_names->setPlainText(lines.join(QLatin1Char('\n')));
    return screen();
}

bool ScreeningPanel::exportResults(const QString &path)
{
    const QByteArray csv = screeningResultsCsv(m_model->results(), m_model->targets(), m_model->threshold());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        showProblem(tr("%1 could not be written: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

void ScreeningPanel::chooseNamesFile()
{
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import names to screen"),
                                                      settings.value(QLatin1String(kFolderKey)).toString(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QLatin1String(kFolderKey), QFileInfo(path).absolutePath());
    importNames(path);
}

void ScreeningPanel::chooseResultsFile()
{
    QSettings settings;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export screening results"),
        QDir(settings.value(QLatin1String(kFolderKey)).toString()).filePath(QStringLiteral("screening-results.csv")),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    settings.setValue(QLatin1String(kFolderKey), QFileInfo(path).absolutePath());
    exportResults(path);
}

void ScreeningPanel::openCurrent()
{
    if (const ScreeningTarget *t = m_model->targetAt(m_view->currentIndex().row()))
        emit designationRequested(t->referenceNumber, t->name);
}

} // namespace st
