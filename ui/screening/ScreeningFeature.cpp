#include "screening/ScreeningFeature.h"

#include "common/LazyDockPage.h"
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
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("designationsDock"));
    auto *page = dockPage<DesignationsPage>(dock);
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
    dock->show();
    dock->raise();
}

} // namespace

void installScreeningFeature(MainWindow &window)
{
    Database &db = window.database();
    QDockWidget *dock = window.addDockPage([&db] { return new ScreeningPanel(db); }, QObject::tr("Screening"),
                                           QStringLiteral("screeningDock"), Qt::BottomDockWidgetArea);
    // Beside the Designations view, where its candidates open, with the window's full width.
    if (auto *designations = window.findChild<QDockWidget *>(QStringLiteral("designationsDock")))
        window.tabifyDockWidget(designations, dock);
    dock->hide(); // opened from View ▸ Screen Names…
    QObject::connect(LazyDockPage::of(dock), &LazyDockPage::built, &window, [&window](QWidget *page) {
        QObject::connect(qobject_cast<ScreeningPanel *>(page), &ScreeningPanel::designationRequested, &window,
                         [&window](const QString &reference, const QString &name) {
                             showInDesignations(window, reference, name);
                         });
    });

    auto *open = new QAction(QObject::tr("Screen &Names…"), &window);
    open->setObjectName(QStringLiteral("screenNamesAction"));
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    open->setStatusTip(QObject::tr("Check names against the designations of the imported UN list"));
    QObject::connect(open, &QAction::triggered, dock, [dock] {
        dock->show();
        dock->raise();
        dockPage<ScreeningPanel>(dock)->namesEdit()->setFocus();
    });
    window.viewMenu()->addAction(open);

    // A panel not built yet reads the list when it is; one in use reads it again when next screening.
    QObject::connect(&window, &MainWindow::dataChanged, dock, [dock] {
        if (auto *panel = builtDockPage<ScreeningPanel>(dock))
            panel->invalidate();
    });
}

} // namespace st
