#include "reports/ReportFeature.h"

#include "common/AppIcons.h"
#include "main/MainWindow.h"
#include "workspace/Workspace.h"
#include "reports/ReportPages.h"
#include "reports/ReportWindow.h"

#include <QAction>
#include <QLocale>
#include <QMenu>
#include <QPointer>
#include <QPrinter>
#include <QToolBar>

#include <memory>

namespace st {

namespace {

// The session's printer and its one Report window, owned by the main window. Both are made when the
// analyst first opens the report: a QPrinter asks the print system for its default printer, which cost
// the start of every session 17 million instructions (a tenth of the main window's) for a window most
// sessions never open.
class ReportSession : public QObject {
public:
    explicit ReportSession(MainWindow &window)
        : QObject(&window)
        , m_window(window)
    {
        connect(&window, &MainWindow::dataChanged, this, [this] {
            if (ReportWindow *report = m_report.data(); report && report->isVisible())
                report->refresh();
        });
    }

    ~ReportSession() override { delete m_report; } // before the printer it uses

    void open()
    {
        ReportWindow *report = m_report.data();
        if (!report) {
            // A window of its own (not a child widget), kept for the session so its options stay.
            report = new ReportWindow(m_window.database(), printer(), &m_window);
            report->setWindowFlag(Qt::Window);
            m_report = report;
        } else {
            report->refresh();
        }
        // The report opens on the state the analyst is looking at (with two regimes bundled, the first
        // state of the list would often be the wrong one).
        if (const QString shown = m_window.workspace().stateCode(); !shown.isEmpty()) {
            ReportOptions options = report->options();
            options.stateCode = shown;
            report->setOptions(options);
        }
        report->show();
        report->raise();
        report->activateWindow();
    }

private:
    QPrinter &printer()
    {
        if (!m_printer) {
            m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
            const bool letter = QLocale().measurementSystem() == QLocale::ImperialUSSystem;
            m_printer->setPageLayout(ReportPages::defaultPageLayout(QPageSize(letter ? QPageSize::Letter : QPageSize::A4)));
            m_printer->setDocName(QObject::tr("Sanctions report"));
        }
        return *m_printer;
    }

    MainWindow &m_window;
    std::unique_ptr<QPrinter> m_printer;
    QPointer<ReportWindow> m_report;
};

} // namespace

QAction *installReports(MainWindow &window)
{
    auto *session = new ReportSession(window);
    auto *action = new QAction(actionIcon(QStringLiteral("document-print-preview")), QObject::tr("&Report…"),
                               &window);
    action->setObjectName(QStringLiteral("reportAction"));
    action->setShortcut(QKeySequence::Print);
    action->setStatusTip(QObject::tr("Preview, print or export a summary report (PDF, HTML)"));
    action->setToolTip(QObject::tr("Summary report (%1)").arg(QKeySequence(QKeySequence::Print).toString(QKeySequence::NativeText)));
    QObject::connect(action, &QAction::triggered, session, [session] { session->open(); });

    // Before Quit, after the data commands.
    QMenu *file = window.fileMenu();
    QAction *before = nullptr;
    for (QAction *a : file->actions()) {
        if (a->menuRole() == QAction::QuitRole)
            before = a;
    }
    if (before) {
        file->insertAction(before, action);
        file->insertSeparator(before);
    } else {
        file->addAction(action);
    }
    window.mainToolBar()->addAction(action);
    return action;
}

} // namespace st
