#include "reports/ReportWindow.h"

#include "common/AppIcons.h"
#include "common/ShortcutHints.h"
#include "common/TypedDateEdit.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportOutput.h"
#include "storage/Database.h"

#include <QAction>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace st {

namespace {

// Only the two papers analysts brief on; other printer papers still print (the layout follows the
// printer), they are just not offered here.
const QList<std::pair<QPageSize::PageSizeId, const char *>> kPapers{{QPageSize::A4, "A4"},
                                                                     {QPageSize::Letter, "Letter"}};

} // namespace

ReportWindow::ReportWindow(Database &db, QPrinter &printer, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_printer(printer)
    , m_refreshTimer(new QTimer(this))
{
    setWindowTitle(tr("Report — Sanctions Tracker"));
    setObjectName(QStringLiteral("reportWindow"));
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(250); // typing a date does not rebuild the report at every digit
    connect(m_refreshTimer, &QTimer::timeout, this, &ReportWindow::refresh);

    m_preview = new QPrintPreviewWidget(&m_printer, this);
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &ReportWindow::paint);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("reportBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #611a15; padding: 6px; "
                                           "border: 1px solid #f5c2c0; }"));
    m_banner->hide();

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_banner);
    rightLayout->addWidget(m_preview, 1);

    auto *splitter = new QSplitter(this);
    auto *optionsScroll = new QScrollArea(splitter);
    optionsScroll->setWidgetResizable(true);
    optionsScroll->setFrameShape(QFrame::NoFrame);
    splitter->addWidget(optionsScroll);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);

    optionsScroll->setWidget(buildOptionsPanel());
    createActions();
    loadStates();
    syncPaperFromPrinter();
    // The options keep their full width (the state's whole name); the preview takes the rest.
    optionsScroll->setMinimumWidth(optionsScroll->widget()->sizeHint().width() +
                                   optionsScroll->verticalScrollBar()->sizeHint().width());

    resize(1100, 800);
    restoreGeometry(QSettings().value(QStringLiteral("reportWindow/geometry")).toByteArray());
    refresh();
    m_preview->fitToWidth();
}

ReportWindow::~ReportWindow() = default;

QWidget *ReportWindow::buildOptionsPanel()
{
    auto *panel = new QWidget;
    auto *layout = new QVBoxLayout(panel);

    auto *range = new QGroupBox(tr("Report"), panel);
    auto *form = new QFormLayout(range);
    m_state = new QComboBox(range);
    m_state->setObjectName(QStringLiteral("reportState"));
    // The whole name ("PRK — Democratic People's Republic of Korea"): the options panel widens for it.
    m_state->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    form->addRow(tr("&State:"), m_state);

    auto dateRow = [&](QCheckBox *&check, QDateEdit *&edit, const QString &label, const QString &tip) {
        check = new QCheckBox(label, range);
        edit = new TypedDateEdit(range);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
        edit->setDateRange(QDate(1945, 10, 24), QDate(2100, 12, 31));
        edit->setEnabled(false);
        check->setToolTip(tip);
        connect(check, &QCheckBox::toggled, edit, &QWidget::setEnabled);
        connect(check, &QCheckBox::toggled, this, &ReportWindow::scheduleRefresh);
        connect(edit, &QDateEdit::dateChanged, this, &ReportWindow::scheduleRefresh);
        form->addRow(check, edit);
    };
    dateRow(m_fromSet, m_from, tr("&From:"), tr("Unchecked: from the first resolution"));
    dateRow(m_toSet, m_to, tr("&To:"), tr("Unchecked: today. Measures in force are those of this day."));
    m_from->setDate(QDate(2006, 1, 1));
    m_to->setDate(QDate::currentDate());

    m_paper = new QComboBox(range);
    m_paper->setObjectName(QStringLiteral("reportPaper"));
    for (const auto &[id, name] : kPapers)
        m_paper->addItem(QString::fromLatin1(name), int(id));
    form->addRow(tr("&Paper:"), m_paper);
    layout->addWidget(range);

    auto *sections = new QGroupBox(tr("Sections"), panel);
    auto *sectionLayout = new QVBoxLayout(sections);
    const QList<std::pair<ReportSection, QString>> labels{
        {ReportSection::Chart, tr("Timeline chart")},
        {ReportSection::Rounds, tr("Resolutions and vetoed drafts")},
        {ReportSection::InForce, tr("Measures in force")},
        {ReportSection::CapHistory, tr("Cap histories")},
        {ReportSection::Designations, tr("Designations (when the database holds them)")},
        {ReportSection::Sources, tr("Sources")},
    };
    for (const auto &[section, label] : labels) {
        auto *box = new QCheckBox(label, sections);
        box->setChecked(true);
        connect(box, &QCheckBox::toggled, this, &ReportWindow::scheduleRefresh);
        sectionLayout->addWidget(box);
        m_sections.append({section, box});
    }
    layout->addWidget(sections);
    layout->addStretch(1);

    connect(m_state, &QComboBox::currentIndexChanged, this, &ReportWindow::scheduleRefresh);
    connect(m_paper, &QComboBox::currentIndexChanged, this, &ReportWindow::choosePaper);
    panel->setMinimumWidth(260);
    return panel;
}

void ReportWindow::createActions()
{
    QToolBar *bar = addToolBar(tr("Report"));
    bar->setObjectName(QStringLiteral("reportToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setMovable(false);

    m_print = bar->addAction(actionIcon(QStringLiteral("document-print")), tr("&Print…"), this,
                             &ReportWindow::print);
    m_print->setShortcut(QKeySequence::Print);
    m_print->setToolTip(tr("Print the report, with a print preview (%1)")
                            .arg(QKeySequence(QKeySequence::Print).toString(QKeySequence::NativeText)));
    m_exportPdf = bar->addAction(actionIcon(QStringLiteral("application-pdf")), tr("Export P&DF…"), this,
                                 &ReportWindow::exportPdfInteractively);
    m_exportPdf->setToolTip(tr("Save the report as a PDF file on the chosen paper"));
    m_exportHtml = bar->addAction(actionIcon(QStringLiteral("text-html")), tr("Export &HTML…"), this,
                                  &ReportWindow::exportHtmlInteractively);
    m_exportHtml->setToolTip(tr("Save the report as one HTML file with the chart embedded"));
    bar->addSeparator();
    QAction *zoomOut = bar->addAction(actionIcon(QStringLiteral("zoom-out")), tr("Zoom Out"), m_preview,
                                      [this] { m_preview->zoomOut(); });
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction *zoomIn = bar->addAction(actionIcon(QStringLiteral("zoom-in")), tr("Zoom In"), m_preview,
                                     [this] { m_preview->zoomIn(); });
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    bar->addAction(actionIcon(QStringLiteral("zoom-fit-width")), tr("Fit &Width"), m_preview,
                   &QPrintPreviewWidget::fitToWidth);
    bar->addAction(actionIcon(QStringLiteral("zoom-fit-best")), tr("Whole Pa&ge"), m_preview,
                   &QPrintPreviewWidget::fitInView);
    bar->addSeparator();
    QAction *close = bar->addAction(tr("&Close"), this, &QWidget::close);
    // Escape too: the report is a window one looks into and leaves, like a preview.
    close->setShortcuts({QKeySequence(QKeySequence::Close), QKeySequence(Qt::Key_Escape)});
    for (QAction *action : bar->actions())
        showShortcutInToolTip(action);
}

void ReportWindow::loadStates()
{
    const QString current = m_state->currentData().toString();
    const QSignalBlocker blocker(m_state);
    m_state->clear();
    auto states = reportStates(m_db);
    if (!states) {
        showBanner(tr("The states could not be read: %1").arg(states.error().message));
        return;
    }
    for (const SanctionedState &s : states.value())
        m_state->addItem(QStringLiteral("%1 \u2014 %2").arg(s.code, s.name), s.code);
    const int keep = m_state->findData(current);
    m_state->setCurrentIndex(keep >= 0 ? keep : 0);
}

ReportOptions ReportWindow::options() const
{
    ReportOptions o;
    o.stateCode = m_state->currentData().toString();
    if (m_fromSet->isChecked())
        o.from = m_from->date();
    if (m_toSet->isChecked())
        o.to = m_to->date();
    o.sections = {};
    for (const auto &[section, box] : m_sections) {
        if (box->isChecked())
            o.sections |= section;
    }
    return o;
}

void ReportWindow::setOptions(const ReportOptions &o)
{
    {
        const QSignalBlocker b1(m_state), b2(m_fromSet), b3(m_from), b4(m_toSet), b5(m_to);
        if (const int i = m_state->findData(o.stateCode); i >= 0)
            m_state->setCurrentIndex(i);
        m_fromSet->setChecked(o.from.isValid());
        m_from->setEnabled(o.from.isValid());
        if (o.from.isValid())
            m_from->setDate(o.from);
        m_toSet->setChecked(o.to.isValid());
        m_to->setEnabled(o.to.isValid());
        if (o.to.isValid())
            m_to->setDate(o.to);
        for (const auto &[section, box] : m_sections) {
            const QSignalBlocker b(box);
            box->setChecked(o.sections.testFlag(section));
        }
    }
    refresh();
}

void ReportWindow::scheduleRefresh() { m_refreshTimer->start(); }

void ReportWindow::refresh()
{
    m_refreshTimer->stop();
    if (m_state->count() == 0)
        loadStates();
    auto built = buildReport(m_db, options());
    if (!built) {
        m_content.reset();
        showBanner(built.error().message);
    } else {
        m_content = std::move(built).value();
        showBanner({});
    }
    for (QAction *a : {m_print, m_exportPdf, m_exportHtml})
        a->setEnabled(m_content.has_value());
    m_preview->updatePreview();
}

void ReportWindow::showBanner(const QString &text)
{
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
}

QString ReportWindow::bannerText() const { return m_banner->isVisibleTo(this) ? m_banner->text() : QString(); }

void ReportWindow::paint(QPrinter *printer)
{
    if (!m_content)
        return;
    if (auto painted = paintReport(*m_content, *printer); !painted)
        showBanner(painted.error().message);
}

void ReportWindow::choosePaper()
{
    const auto id = QPageSize::PageSizeId(m_paper->currentData().toInt());
    if (m_printer.pageLayout().pageSize().id() != id)
        m_printer.setPageSize(QPageSize(id));
    m_preview->updatePreview();
}

void ReportWindow::syncPaperFromPrinter()
{
    const QSignalBlocker blocker(m_paper);
    const int i = m_paper->findData(int(m_printer.pageLayout().pageSize().id()));
    if (i >= 0)
        m_paper->setCurrentIndex(i);
}

void ReportWindow::print()
{
    if (!m_content)
        return;
    QPrintPreviewDialog dialog(&m_printer, this);
    dialog.setWindowTitle(tr("Print Report"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, &ReportWindow::paint);
    dialog.exec();
    // The dialog's page setup changed the session's printer: show its paper here too.
    syncPaperFromPrinter();
    m_preview->updatePreview();
}

Result<int> ReportWindow::exportPdf(const QString &path)
{
    if (!m_content)
        return Error{Error::Code::InvalidInput, bannerText()};
    return writeReportPdf(*m_content, path, m_printer.pageLayout());
}

Status ReportWindow::exportHtml(const QString &path)
{
    if (!m_content)
        return Error{Error::Code::InvalidInput, bannerText()};
    return writeReportHtml(*m_content, path);
}

QString ReportWindow::suggestedFileName(const QString &suffix) const
{
    const QString name = m_content ? QStringLiteral("sanctions-report-%1-%2.%3")
                                         .arg(m_content->stateCode, m_content->to.toString(Qt::ISODate), suffix)
                                   : QStringLiteral("sanctions-report.%1").arg(suffix);
    return QDir(m_lastDirectory.isEmpty() ? QDir::homePath() : m_lastDirectory).filePath(name);
}

void ReportWindow::exportPdfInteractively()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Export Report as PDF"), suggestedFileName(QStringLiteral("pdf")),
                                                tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QLatin1String(".pdf");
    m_lastDirectory = QFileInfo(path).absolutePath();
    auto pages = exportPdf(path);
    if (!pages) {
        QMessageBox::warning(this, tr("Export PDF"), pages.error().message);
        return;
    }
    statusBar()->showMessage(tr("Exported %n page(s) to %1", nullptr, pages.value()).arg(path), 8000);
}

void ReportWindow::exportHtmlInteractively()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Export Report as HTML"),
                                                suggestedFileName(QStringLiteral("html")), tr("HTML files (*.html *.htm)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".html"), Qt::CaseInsensitive) && !path.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive))
        path += QLatin1String(".html");
    m_lastDirectory = QFileInfo(path).absolutePath();
    if (auto written = exportHtml(path); !written) {
        QMessageBox::warning(this, tr("Export HTML"), written.error().message);
        return;
    }
    statusBar()->showMessage(tr("Exported the report to %1").arg(path), 8000);
}

void ReportWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(QStringLiteral("reportWindow/geometry"), saveGeometry());
    event->accept();
}

} // namespace st
