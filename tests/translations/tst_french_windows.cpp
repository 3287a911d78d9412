// The windows in French: the main window and the main dialogs open under --lang fr, and no label,
// button, menu, tab, group or column header shows an English text that the French catalogue
// translates (the sign of a string whose context lupdate and the code do not agree on), and the French
// access keys stay unique (French words bring other letters than the English ones).
// With ST_GRAB_DIR set, each window is also saved as a PNG to look at.
#include "GrabSupport.h"
#include "KeyboardAudit.h"
#include "TestSupport.h"

#include "common/Translations.h"
#include "editing/HistoryView.h"
#include "editing/MeasureDialog.h"
#include "editing/MeasureTypeDialog.h"
#include "editing/ResolutionDialog.h"
#include "editing/StateDialog.h"
#include "editing/TriggerEventDialog.h"
#include "editing/FormData.h"
#include "main/MainWindow.h"
#include "reports/ReportWindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPrinter>
#include <QTabBar>
#include <QXmlStreamReader>

using namespace st;

namespace {

QString plain(QString text) { return text.remove(QLatin1Char('&')).trimmed(); }

// English source → French, for the texts whose French differs (from the .ts file in the tree).
QHash<QString, QString> frenchCatalogue()
{
    QFile file(QStringLiteral(ST_SOURCE_DIR "/resources/translations/sanctions-tracker_fr.ts"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the French .ts file");
    QHash<QString, QString> french;
    QString source;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = plain(xml.readElementText());
        } else if (xml.name() == QLatin1String("translation")) {
            const QString text = plain(xml.readElementText(QXmlStreamReader::IncludeChildElements));
            if (!source.isEmpty() && !text.isEmpty() && text != source)
                french.insert(source, text);
        }
    }
    return french;
}

// Every text a person reads in `window`, with where it is.
QStringList visibleTexts(QWidget &window)
{
    QStringList texts;
    for (auto *w : window.findChildren<QLabel *>())
        texts << w->text();
    for (auto *w : window.findChildren<QAbstractButton *>())
        texts << w->text() << w->toolTip();
    for (auto *w : window.findChildren<QGroupBox *>())
        texts << w->title();
    for (auto *w : window.findChildren<QLineEdit *>())
        texts << w->placeholderText() << w->toolTip();
    for (auto *w : window.findChildren<QTabBar *>()) {
        for (int i = 0; i < w->count(); ++i)
            texts << w->tabText(i);
    }
    for (auto *w : window.findChildren<QMenu *>()) {
        texts << w->title();
        for (QAction *a : w->actions())
            texts << a->text() << a->toolTip();
    }
    for (auto *view : window.findChildren<QAbstractItemView *>()) {
        if (!view->model())
            continue;
        for (int c = 0; c < view->model()->columnCount(); ++c)
            texts << view->model()->headerData(c, Qt::Horizontal).toString();
    }
    texts << window.windowTitle();
    return texts;
}

} // namespace

class TestFrenchWindows : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void mainWindow();
    void resolutionDialog();
    void measureDialog();
    void triggerEventDialog();
    void stateAndMeasureTypeDialogs();
    void historyView();
    void reportWindow();

private:
    void checkFrench(QWidget &window, const QString &name);

    std::unique_ptr<Database> m_db;
    QHash<QString, QString> m_french;
};

void TestFrenchWindows::initTestCase()
{
    QCOMPARE(installTranslations(QStringLiteral("fr")), QStringLiteral("fr"));
    m_db = test::openMemory();
    m_french = frenchCatalogue();
    QVERIFY(m_french.size() > 500);
}

void TestFrenchWindows::checkFrench(QWidget &window, const QString &name)
{
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList english;
    for (const QString &text : visibleTexts(window)) {
        const auto found = m_french.constFind(plain(text));
        if (found != m_french.cend())
            english << QStringLiteral("  \"%1\" (French: \"%2\")").arg(plain(text), found.value());
    }
    english.removeDuplicates();
    QVERIFY2(english.isEmpty(), qPrintable(QStringLiteral("%1 shows English:\n%2").arg(name, english.join(QLatin1Char('\n')))));
    QStringList keys = test::auditAllTabs(&window);
    if (auto *main = qobject_cast<QMainWindow *>(&window))
        keys += test::auditMenus(main);
    QVERIFY2(keys.isEmpty(), qPrintable(QStringLiteral("%1, access keys in French:\n%2").arg(name, keys.join(QLatin1Char('\n')))));
    test::grab(window, QStringLiteral("fr-") + name, false);
}

void TestFrenchWindows::mainWindow()
{
    MainWindow window(*m_db);
    window.resize(1280, 800);
    // Every panel open (screening, designations, history): their texts and keys count too.
    for (QDockWidget *dock : window.findChildren<QDockWidget *>())
        dock->show();
    QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&Fichier"));
    checkFrench(window, QStringLiteral("main-window"));
}

void TestFrenchWindows::resolutionDialog()
{
    ResolutionDialog dialog(*m_db, loadFormCatalog(*m_db).value(), Resolution{}, {});
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Nouvelle résolution"));
    checkFrench(dialog, QStringLiteral("resolution-dialog"));
}

void TestFrenchWindows::measureDialog()
{
    MeasureDialog dialog(*m_db, loadFormCatalog(*m_db).value(), Measure{});
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Nouvelle mesure"));
    checkFrench(dialog, QStringLiteral("measure-dialog"));
}

void TestFrenchWindows::triggerEventDialog()
{
    TriggerEventDialog dialog(*m_db, loadFormCatalog(*m_db).value(), TriggerEvent{});
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Nouvel événement déclencheur"));
    checkFrench(dialog, QStringLiteral("trigger-event-dialog"));
}

void TestFrenchWindows::stateAndMeasureTypeDialogs()
{
    StateDialog state(*m_db, SanctionedState{});
    QCOMPARE(state.windowTitle(), QStringLiteral("Nouvel État visé"));
    checkFrench(state, QStringLiteral("state-dialog"));
    MeasureTypeDialog type(*m_db, MeasureType{});
    QCOMPARE(type.windowTitle(), QStringLiteral("Nouveau type de mesure"));
    checkFrench(type, QStringLiteral("measure-type-dialog"));
}

void TestFrenchWindows::historyView()
{
    HistoryView view(*m_db);
    view.resize(900, 500);
    checkFrench(view, QStringLiteral("history"));
}

void TestFrenchWindows::reportWindow()
{
    QPrinter printer;
    ReportWindow window(*m_db, printer);
    window.resize(1100, 800);
    QCOMPARE(window.windowTitle(), QStringLiteral("Rapport — Sanctions Tracker"));
    checkFrench(window, QStringLiteral("report-window"));
}

QTEST_MAIN(TestFrenchWindows)
#include "tst_french_windows.moc"
