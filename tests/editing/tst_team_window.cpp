// Issue 14, item 5, in the window: a reader of a team database finds editing and import greyed out
// with a tooltip saying why, and History names the server account behind each change. The SQLite case
// checks that a file's user keeps every action and that History names the user the file records.
#include "EditingTestSupport.h"
#include "GrabSupport.h"
#include "TeamSupport.h"

#include "editing/AuditLogModel.h"
#include "editing/EditingFeature.h"
#include "editing/HistoryView.h"
#include "editing/RecordEditor.h"
#include "editing/RecordListDialog.h"
#include "editing/RecordEdits.h"
#include "main/MainWindow.h"
#include "storage/DatabaseAccess.h"
#include "storage/ResolutionRepository.h"
#include "workspace/ResolutionTablePage.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>

using namespace st;

class TestTeamWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void aFileUserKeepsEveryAction();
    void aReaderSeesWhyEditingIsOff();
    void historyNamesTheServerAccount();

private:
    test::Team m_team;
};

namespace {

EditingFeature &featureOf(MainWindow &window) { return *window.findChild<EditingFeature *>(); }

// The File menu's actions that change data: JSON import, UN list import, and File ▸ New ▸ ….
QList<QAction *> changingFileActions(MainWindow &window)
{
    QList<QAction *> out;
    for (QAction *a : window.fileMenu()->actions()) {
        const QString text = a->text();
        if (text.contains(QLatin1String("Import")))
            out << a;
        if (a->menu() && text == QLatin1String("&New"))
            out << a->menu()->actions();
    }
    return out;
}

qint64 idOf(const Database &db, const char *symbol)
{
    return ResolutionRepository(db.connection()).idOf(QString::fromLatin1(symbol)).value();
}

// The History dock on one record, its newest action first.
AuditLogModel *historyOf(MainWindow &window, qint64 resolutionId)
{
    EditingFeature &feature = featureOf(window);
    feature.showHistoryOf(QStringLiteral("resolutions"), resolutionId);
    return feature.historyView()->model();
}

} // namespace

void TestTeamWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SanctionsTrackerTests"));
    if (test::onServer())
        m_team = test::makeTeam();
}

void TestTeamWindow::aFileUserKeepsEveryAction()
{
    if (test::onServer())
        QSKIP("Issue 14: the SQLite case of tst_team_window");
    auto db = test::openMemory();
    MainWindow window(*db);
    window.workspace().setCurrentResolution(idOf(*db, "S/RES/2397 (2017)"));
    const QList<QAction *> actions = changingFileActions(window);
    QCOMPARE(actions.size(), 7); // two imports, five kinds of new record
    for (QAction *a : actions)
        QVERIFY2(a->isEnabled(), qPrintable(a->text()));
    QVERIFY(featureOf(window).editResolutionAction()->isEnabled());
    QVERIFY(!window.findChild<QLabel *>(QStringLiteral("readOnlyNote")));

    // History names the user the file records for this connection (tests open as "tester").
    const qint64 id = idOf(*db, "S/RES/2397 (2017)");
    Resolution r = ResolutionRepository(db->connection()).findById(id).value().value();
    r.note = QStringLiteral("Seen");
    QVERIFY(RecordEdits(*db).updateResolution(id, r, test::triggersOf(*db, id)).ok());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    AuditLogModel *history = historyOf(window, id);
    QTRY_VERIFY(history->rowCount() >= 1);
    QCOMPARE(history->index(0, AuditLogModel::User).data().toString(), QStringLiteral("tester"));
}

void TestTeamWindow::aReaderSeesWhyEditingIsOff()
{
    if (!test::onServer())
        QSKIP("Issue 14: runs against PostgreSQL in tst_team_window_postgres (scripts/test.sh starts the server)");
    auto reader = m_team.openAs(m_team.reader);
    MainWindow window(*reader);
    window.resize(1280, 800);
    const qint64 id = idOf(*reader, "S/RES/2397 (2017)");
    window.workspace().setCurrentResolution(id);
    const QString why = readOnlyAccountMessage(m_team.reader);
    QVERIFY(why.contains(m_team.reader));

    const QList<QAction *> actions = changingFileActions(window);
    QCOMPARE(actions.size(), 7);
    for (QAction *a : actions) {
        QVERIFY2(!a->isEnabled(), qPrintable(a->text()));
        QVERIFY2(a->toolTip().startsWith(why), qPrintable(a->toolTip())); // a shortcut may follow, as everywhere

    }
    EditingFeature &feature = featureOf(window);
    // A resolution is selected, yet Edit and Delete stay off; browsing its measures does not change it.
    QVERIFY(!feature.editResolutionAction()->isEnabled());
    QVERIFY(!feature.deleteResolutionAction()->isEnabled());
    QVERIFY(feature.editResolutionAction()->toolTip().startsWith(why));
    feature.updateActions();
    QVERIFY(!feature.editResolutionAction()->isEnabled());
    auto *note = window.findChild<QLabel *>(QStringLiteral("readOnlyNote"));
    QVERIFY(note);
    QCOMPARE(note->toolTip(), why);

    // The resolution's context menu: edit, new measure and delete greyed out, history still there.
    QMenu menu;
    feature.addResolutionActions(&menu, id);
    QStringList off, on;
    for (QAction *a : menu.actions()) {
        if (!a->isSeparator())
            (a->isEnabled() ? on : off) << a->text();
    }
    QCOMPARE(off, (QStringList{QStringLiteral("&Edit Resolution…"), QStringLiteral("New &Measure…"),
                               QStringLiteral("&Delete Resolution…")}));
    QCOMPARE(on, (QStringList{QStringLiteral("Measures of &Resolution…"), QStringLiteral("Show &History")}));

    // A double-click on the resolution opens no form: the status bar says why.
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTableView *table = window.resolutionPage().view();
    const QModelIndex current = table->currentIndex();
    QVERIFY(current.isValid());
    emit table->doubleClicked(current);
    QCOMPARE(window.statusBar()->currentMessage(), why);
    QVERIFY(QApplication::activeModalWidget() == nullptr);

    test::grab(window, QStringLiteral("reader-window"), false);
    window.fileMenu()->popup(window.mapToGlobal(QPoint(10, 30)));
    QVERIFY(QTest::qWaitForWindowExposed(window.fileMenu()));
    test::grab(*window.fileMenu(), QStringLiteral("reader-file-menu"), false);
    window.fileMenu()->hide();

    // The lists behind Reference Data and Measures of Resolution show their records to a reader, but
    // New, Edit and Delete are greyed out saying why, and a double-click opens no form.
    RecordEditor *editor = feature.editor();
    editor->showStates();
    editor->showMeasureTypes();
    editor->showTriggerEvents();
    editor->showMeasuresOf(id);
    const QList<RecordListDialog *> lists = window.findChildren<RecordListDialog *>();
    QCOMPARE(lists.size(), 4);
    for (RecordListDialog *list : lists) {
        QVERIFY2(list->list()->count() > 0, qPrintable(list->windowTitle()));
        QVERIFY(list->currentId() != 0);
        for (const QString &label : {QStringLiteral("&New…"), QStringLiteral("&Edit…"), QStringLiteral("&Delete")}) {
            QPushButton *button = nullptr;
            for (QPushButton *b : list->findChildren<QPushButton *>())
                button = b->text() == label ? b : button;
            QVERIFY2(button, qPrintable(label));
            QVERIFY2(!button->isEnabled(), qPrintable(list->windowTitle() + QLatin1Char(' ') + label));
            QCOMPARE(button->toolTip(), why);
        }
        emit list->list()->itemActivated(list->list()->currentItem());
        QVERIFY(QApplication::activeModalWidget() == nullptr);
        list->close();
    }
}

void TestTeamWindow::historyNamesTheServerAccount()
{
    if (!test::onServer())
        QSKIP("Issue 14: runs against PostgreSQL in tst_team_window_postgres (scripts/test.sh starts the server)");
    auto editor = m_team.openAs(m_team.editor, QStringLiteral("claimed-name"));
    const qint64 id = idOf(*editor, "S/RES/2321 (2016)");
    Resolution r = ResolutionRepository(editor->connection()).findById(id).value().value();
    r.note = QStringLiteral("Cross-checked with the press release");
    QVERIFY(RecordEdits(*editor).updateResolution(id, r, test::triggersOf(*editor, id)).ok());

    // Another analyst, a reader, looks at the record's history.
    auto reader = m_team.openAs(m_team.reader);
    MainWindow window(*reader);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    AuditLogModel *history = historyOf(window, id);
    QTRY_VERIFY(history->rowCount() >= 2); // added by the first connection's dataset load, then changed
    QCOMPARE(history->index(0, AuditLogModel::User).data().toString(), m_team.editor);
    QCOMPARE(history->index(history->rowCount() - 1, AuditLogModel::User).data().toString(), m_team.ownerAccount());
    test::grab(window, QStringLiteral("history-server-user"), false);
}

QTEST_MAIN(TestTeamWindow)
#include "tst_team_window.moc"
