#include "screening/ScreeningFeature.h"

#include "main/MainWindow.h"
#include "screening/ScreeningPanel.h"
#include "designations/DesignationTableModel.h"
#include "designations/DesignationsPage.h"

#include <QAction>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTableView>

namespace st {

namespace {

// Shows the designation in the Designations view: searched by its name, its row selected.
void showInDesignations(MainWindow &window, const QString &reference, const QString &name)
{
    auto *page = window.findChild<DesignationsPage *>();
    if (!page)
        return;
    page->searchField()->setText(name);
    QAbstractItemModel *model = page->view()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, DesignationTableModel::Reference);
        if (index.data().toString().trimmed() == reference) {
            page->view()->setCurrentIndex(index);
            page->view()->scrollTo(index);
            break;
        }
    }
    for (QWidget *w = page->parentWidget(); w; w = w->parentWidget()) {
        if (auto *dock = qobject_cast<QDockWidget *>(w)) {
            dock->show();
            dock->raise();
            break;
        }
    }
}

} // namespace

void installScreeningFeature(MainWindow &window)
{
    auto *panel = new ScreeningPanel(window.database(), &window);
    QDockWidget *dock = window.addDockPage(panel, QObject::tr("Screening"), QStringLiteral("screeningDock"),
                                           Qt::BottomDockWidgetArea);
    // Beside the Designations view, where its candidates open, with the window's full width.
    if (auto *designations = window.findChild<QDockWidget *>(QStringLiteral("designationsDock")))
        window.tabifyDockWidget(designations, dock);
    dock->hide(); // opened from View ▸ Screen Names…

    auto *open = new QAction(QObject::tr("Screen &Names…"), &window);
    open->setObjectName(QStringLiteral("screenNamesAction"));
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    open->setStatusTip(QObject::tr("Check names against the designations of the imported UN list"));
    QObject::connect(open, &QAction::triggered, dock, [dock, panel] {
        dock->show();
        dock->raise();
        panel->namesEdit()->setFocus();
    });
    window.viewMenu()->addAction(open);

    QObject::connect(&window, &MainWindow::dataChanged, panel, [panel] { panel->invalidate(); });
    QObject::connect(panel, &ScreeningPanel::designationRequested, &window,
                     [&window](const QString &reference, const QString &name) { showInDesignations(window, reference, name); });
}

} // namespace st
