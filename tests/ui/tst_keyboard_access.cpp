// Issue 11, item 11: the app works from the keyboard. Every window and dialog is opened the way the
// analyst opens it (through the menus) and audited: no access key used twice, every label in front
// of a field tied to it, Alt+letter really moving the focus; Escape closes the Report window; the
// timeline shows focus and keeps the selection in view when zoomed with + and −; toolbar tooltips
// name their shortcuts.
#include "KeyboardAudit.h"
#include "TestSupport.h"
#include "UnListTestData.h"

#include "charts/TimelineChart.h"
#include "charts/TimelinePanel.h"
#include "charts/TimelineView.h"
#include "main/MainWindow.h"
#include "reports/ReportWindow.h"
#include "designations/UnListImportDialog.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QDialog>
#include <QDockWidget>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPrinter>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTimer>

#include <functional>
#include <QToolBar>

using namespace st;

namespace {

// Presses each label's Alt+letter and checks that the focus lands in its buddy.
QStringList pressEveryAccessKey(QWidget *window)
{
    QStringList problems;
    QStringList ignored;
    for (const test::AccessKey &k : test::accessKeys(window, &ignored)) {
        if (!k.label || !k.label->buddy() || !k.label->buddy()->isEnabled())
            continue;
        QWidget *buddy = k.label->buddy();
        // Access keys work in the active window only; on a busy machine a window closed just before
        // may hand the activation back late, so make sure it is this one.
        if (QApplication::activeWindow() != window) {
            QApplication::setActiveWindow(window);
            if (!QTest::qWaitForWindowActive(window)) {
                problems << QStringLiteral("[%1] could not be made the active window").arg(window->windowTitle());
                break;
            }
        }
        QTest::keyClick(window, k.keys[0].key(), Qt::AltModifier);
        QWidget *focus = QApplication::focusWidget();
        if (focus != buddy && !buddy->isAncestorOf(focus) && buddy->focusProxy() != focus)
            problems << QStringLiteral("[%1] %2: %3 does not move the focus to its field")
                            .arg(window->windowTitle(), k.owner, k.keys.toString(QKeySequence::PortableText));
    }
    return problems;
}

bool opensAWindow(const QAction *a)
{
    const QString text = a->text();
    // "…" is the desktop's promise that an action opens a window. Deletions ask first and are not
    // walked (a wrong answer would delete); Quit and About Qt are not ours.
    return a->isEnabled() && !a->isSeparator() && a->menuRole() != QAction::QuitRole &&
           a->menuRole() != QAction::AboutQtRole && text.endsWith(QChar(0x2026)) &&
           !text.contains(QLatin1String("Delete"));
}

void collectWindowActions(QMenu *menu, QList<QAction *> &out)
{
    for (QAction *a : menu->actions()) {
        if (a->menu())
            collectWindowActions(a->menu(), out);
        else if (opensAWindow(a))
            out << a;
    }
}

bool isOurs(QWidget *w)
{
    return !qobject_cast<QFileDialog *>(w) && !qobject_cast<QMessageBox *>(w) && !qobject_cast<QMenu *>(w) &&
           (qobject_cast<QDialog *>(w) || qobject_cast<QMainWindow *>(w));
}

} // namespace

class TestKeyboardAccess : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("SanctionsTrackerTests")); }
    void mainWindowHasNoClashingAccessKeys();
    void everyWindowAndDialogOfTheMenusPassesTheAudit();
    void unListReviewPassesTheAudit();
    void auditCatchesAClashAndALabelWithoutBuddy();
    void escapeClosesTheReportWindow();
    void timelineShowsKeyboardFocus();
    void zoomKeysKeepTheSelectedResolutionInView();
    void toolbarToolTipsNameTheirShortcuts();
    void everydayCommandsHaveShortcuts();
};

void TestKeyboardAccess::mainWindowHasNoClashingAccessKeys()
{
    auto db = test::openMemory();
    MainWindow window(*db);
    // Every dock shown: a key must work whichever panels the analyst opened.
    for (QDockWidget *dock : window.findChildren<QDockWidget *>())
        dock->show();
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    const QStringList problems = test::auditAllTabs(&window);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    // Alt+F is the File menu's alone; the date filter of the table has its own letter.
    const QStringList pressed = pressEveryAccessKey(&window);
    QVERIFY2(pressed.isEmpty(), qPrintable(pressed.join(QLatin1Char('\n'))));
}

void TestKeyboardAccess::everyWindowAndDialogOfTheMenusPassesTheAudit()
{
    auto db = test::openMemory();
    MainWindow window(*db);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    QList<QAction *> actions;
    for (QAction *top : window.menuBar()->actions()) {
        if (top->menu())
            collectWindowActions(top->menu(), actions);
    }
    QVERIFY(actions.size() >= 8);

    QStringList problems;
    QStringList audited;
    for (QAction *action : std::as_const(actions)) {
        const QWidgetList before = QApplication::topLevelWidgets();
        bool seen = false;
        // Modal dialogs run their own event loop inside trigger(): the audit runs in it, then closes them.
        QTimer poll;
        poll.setInterval(30);
        int rounds = 0;
        connect(&poll, &QTimer::timeout, this, [&] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (before.contains(w) || !w->isVisible())
                    continue;
                if (isOurs(w) && !seen) {
                    seen = true;
                    audited << w->windowTitle();
                    problems += test::auditAllTabs(w);
                    if (QTest::qWaitForWindowActive(w))
                        problems += pressEveryAccessKey(w);
                }
                if (auto *d = qobject_cast<QDialog *>(w))
                    d->reject();
                else
                    w->close();
            }
            if (seen || ++rounds > 60)
                poll.stop();
        });
        poll.start();
        action->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!poll.isActive(), 5000);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    // The forms and the Report window were among them.
    QVERIFY2(audited.contains(QStringLiteral("New Measure")), qPrintable(audited.join(QStringLiteral(", "))));
    QVERIFY2(audited.contains(QStringLiteral("New Resolution")), qPrintable(audited.join(QStringLiteral(", "))));
    QVERIFY2(audited.contains(QStringLiteral("Report \u2014 Sanctions Tracker")), qPrintable(audited.join(QStringLiteral(", "))));
}

void TestKeyboardAccess::unListReviewPassesTheAudit()
{
    auto db = test::openMemory();
    UnListImportDialog dialog(*db, test::smallList());
    dialog.show();
    dialog.start();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.stage(), UnListImportDialog::Stage::Review, 20000);
    const QStringList problems = test::auditAllTabs(&dialog);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

// The audit itself can fail: a clash between a menu and a label, a label without a buddy.
void TestKeyboardAccess::auditCatchesAClashAndALabelWithoutBuddy()
{
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Fixture"));
    window.menuBar()->addMenu(QStringLiteral("&File"));
    auto *central = new QWidget(&window);
    auto *row = new QHBoxLayout(central);
    auto *from = new QLabel(QStringLiteral("&From"), central);
    auto *fromEdit = new QLineEdit(central);
    from->setBuddy(fromEdit);
    auto *loose = new QLabel(QStringLiteral("Name:"), central);
    row->addWidget(from);
    row->addWidget(fromEdit);
    row->addWidget(loose);
    row->addWidget(new QLineEdit(central));
    window.setCentralWidget(central);
    window.show();
    const QStringList problems = test::auditKeyboard(&window);
    QCOMPARE(problems.size(), 3);
    QVERIFY(problems.join(QLatin1Char('\n')).contains(QStringLiteral("Alt+F is used by")));
    QVERIFY(problems.join(QLatin1Char('\n')).contains(QStringLiteral("“Name:” has no buddy")));
    QVERIFY(problems.join(QLatin1Char('\n')).contains(QStringLiteral("“Name:” has no access key")));
}

void TestKeyboardAccess::escapeClosesTheReportWindow()
{
    auto db = test::openMemory();
    QPrinter printer(QPrinter::HighResolution);
    ReportWindow window(*db, printer);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_Escape);
    QTRY_VERIFY(!window.isVisible());
}

void TestKeyboardAccess::timelineShowsKeyboardFocus()
{
    auto db = test::openMemory();
    MainWindow window(*db);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    TimelineView *view = window.workspace().timelinePanel().view();
    window.workspace().focusSearch();
    QTRY_VERIFY(!view->hasFocus());
    const QColor highlight = view->palette().color(QPalette::Highlight);
    const auto edgeIsHighlighted = [&] {
        const QImage image = view->grab().toImage();
        const QPoint p(image.width() / 2, 1);
        return QColor(image.pixel(p)) == highlight;
    };
    QVERIFY(!edgeIsHighlighted());
    view->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(view->hasFocus());
    QVERIFY(edgeIsHighlighted());
}

void TestKeyboardAccess::zoomKeysKeepTheSelectedResolutionInView()
{
    auto db = test::openMemory();
    MainWindow window(*db);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    TimelineView *view = window.workspace().timelinePanel().view();
    TimelineChart *chart = view->timeline();
    // The first resolution, 1695 (2006), sits at the left edge: zooming on the middle would lose it.
    const qint64 first = chart->data().resolutions.first().id;
    window.workspace().setCurrentResolution(first);
    view->setFocus();
    for (int i = 0; i < 5; ++i) {
        QTest::keyClick(view, Qt::Key_Plus);
        const QPointF p = chart->positionOf(first);
        QVERIFY2(p.x() >= chart->plotArea().left() && p.x() <= chart->plotArea().right(),
                 qPrintable(QStringLiteral("after %1 × +: x %2 outside %3–%4")
                                .arg(i + 1)
                                .arg(p.x())
                                .arg(chart->plotArea().left())
                                .arg(chart->plotArea().right())));
    }
    QVERIFY(chart->rangeTo().toJulianDay() - chart->rangeFrom().toJulianDay() < 1500); // a fifth of the 20 years
    QTest::keyClick(view, Qt::Key_Minus);
    const QPointF p = chart->positionOf(first);
    QVERIFY(p.x() >= chart->plotArea().left() && p.x() <= chart->plotArea().right());
}

void TestKeyboardAccess::toolbarToolTipsNameTheirShortcuts()
{
    auto db = test::openMemory();
    MainWindow window(*db);
    int withShortcut = 0;
    for (QAction *a : window.mainToolBar()->actions()) {
        if (a->isSeparator())
            continue;
        const QKeySequence keys = a->shortcut();
        if (!keys.isEmpty()) {
            ++withShortcut;
            QVERIFY2(a->toolTip().contains(keys.toString(QKeySequence::NativeText)), qPrintable(a->toolTip()));
        }
    }
    QVERIFY(withShortcut >= 3); // New Resolution, New Measure, Edit Resolution, Report
    // The Undo button stands for Edit ▸ Undo and says its keys too.
    bool undoNamed = false;
    for (QAction *a : window.mainToolBar()->actions())
        undoNamed = undoNamed || (a->text() == QStringLiteral("Undo") &&
                                  a->toolTip().contains(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
    QVERIFY(undoNamed);
}

void TestKeyboardAccess::everydayCommandsHaveShortcuts()
{
    auto db = test::openMemory();
    MainWindow window(*db);
    QHash<QString, QKeySequence> byText;
    const std::function<void(QMenu *)> walk = [&](QMenu *menu) {
        for (QAction *a : menu->actions()) {
            if (a->menu())
                walk(a->menu());
            else
                byText.insert(a->text().remove(QLatin1Char('&')), a->shortcut());
        }
    };
    for (QAction *top : window.menuBar()->actions()) {
        if (top->menu())
            walk(top->menu());
    }
    for (const QString &text : {QStringLiteral("History"), QStringLiteral("Designations"),
                                QStringLiteral("Import UN Consolidated List…"), QStringLiteral("Import Data (JSON)…"),
                                QStringLiteral("Resolution…"), QStringLiteral("Edit Resolution…")}) {
        QVERIFY2(byText.contains(text), qPrintable(text));
        QVERIFY2(!byText.value(text).isEmpty(), qPrintable(text + QStringLiteral(" has no shortcut")));
    }
    // No two actions of the window share a shortcut (an ambiguous one does nothing).
    QHash<QString, QString> owner;
    for (auto it = byText.cbegin(); it != byText.cend(); ++it) {
        if (it.value().isEmpty())
            continue;
        const QString keys = it.value().toString();
        QVERIFY2(!owner.contains(keys), qPrintable(keys + QStringLiteral(": ") + owner.value(keys) + QStringLiteral(", ") + it.key()));
        owner.insert(keys, it.key());
    }
}

QTEST_MAIN(TestKeyboardAccess)
#include "tst_keyboard_access.moc"
