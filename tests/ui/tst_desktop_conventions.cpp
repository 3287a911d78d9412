// Issue 11, items 18 and 20: File ▸ New/Open Database…, Open Recent, Save a Copy As…, Show in
// Folder; files dropped on the window (a database opens, an import goes through its review); charts
// copied and saved as PNG and SVG; F1 opens the user guide shipped with the app.
#include "TestSupport.h"
#include "UnListTestData.h"

#include "charts/CapHistoryPanel.h"
#include "charts/ChartExport.h"
#include "charts/TimelinePanel.h"
#include "charts/TimelineView.h"
#include "common/PngEncoding.h"
#include "common/SettledGrab.h"
#include "interchange/DatasetExporter.h"
#include "main/DatabaseFiles.h"
#include "main/MainWindow.h"
#include "storage/DatabaseCopy.h"
#include "designations/UnListImportDialog.h"
#include "workspace/ResolutionBrowserModel.h"
#include "workspace/Workspace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QChartView>
#include <QClipboard>
#include <QDialog>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QContextMenuEvent>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QTextBrowser>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTimer>

#include <functional>

using namespace st;

namespace {

QStringList fileMenuTexts(MainWindow &window)
{
    QStringList out;
    for (QAction *a : window.fileMenu()->actions())
        out << a->text().remove(QLatin1Char('&'));
    return out;
}

// Sends a drag of `path` over `window` and drops it; returns whether the window took the drag.
bool dropFile(MainWindow &window, const QString &path)
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    return true;
}

// Closes the next modal window that shows up, after letting `inspect` look at it.
void whenModalShows(QObject *context, const std::function<void(QWidget *)> &inspect)
{
    auto *poll = new QTimer(context);
    poll->setInterval(30);
    QObject::connect(poll, &QTimer::timeout, context, [poll, inspect] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            poll->stop();
            poll->deleteLater();
            inspect(modal);
        }
    });
    poll->start();
}

MainWindow *windowOf(const QString &path)
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        auto *m = qobject_cast<MainWindow *>(w);
        if (m && QFileInfo(m->database().path()).absoluteFilePath() == QFileInfo(path).absoluteFilePath())
            return m;
    }
    return nullptr;
}

} // namespace

class TestDesktopConventions : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("SanctionsTrackerTests"));
        QSettings().remove(QStringLiteral("databases/recent"));
    }
    void fileMenuHasTheDatabaseCommands();
    void savesACopyThatOpensWithTheSameData();
    void aCopyIsRefusedOverTheOpenDatabase();
    void aCopyThatCannotBeWrittenLeavesNothingBehind();
    void opensAnotherDatabaseInItsOwnWindowAndRemembersIt();
    void droppedDatabaseOpensAndOtherFilesAreRefused();
    void droppedJsonIsImportedAfterTheQuestion();
    void droppedUnListGoesThroughTheReview();
    void chartsAreSavedAsPngAndSvgAndCopied();
    void rightClickOnTheTimelineOffersExport();
    void theCapChartIsSavedWhereTheAnalystSays();
    void f1OpensTheUserGuide();
    void screenshotIsWhatTheWindowShows();
    void pngEncodingKeepsThePixelsOrSaysWhy();
};

void TestDesktopConventions::fileMenuHasTheDatabaseCommands()
{
    auto db = test::openMemory();
    MainWindow window(*db);
    const QStringList texts = fileMenuTexts(window);
    for (const QString &wanted : {QStringLiteral("New Database…"), QStringLiteral("Open Database…"),
                                  QStringLiteral("Open Recent"), QStringLiteral("Save a Copy As…"),
                                  QStringLiteral("Show in Folder")})
        QVERIFY2(texts.contains(wanted), qPrintable(texts.join(QStringLiteral(" | "))));
}

void TestDesktopConventions::savesACopyThatOpensWithTheSameData()
{
    QTemporaryDir dir;
    auto db = test::openFile(dir.filePath(QStringLiteral("main.sqlite")));
    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
    test::writeAll(copy, "old bytes"); // an existing file is replaced (the dialog asked)
    QVERIFY(saveDatabaseCopy(*db, copy).ok());
    auto reopened = Database::open(copy);
    QVERIFY(reopened);
    auto count = [](const Database &d) {
        QSqlQuery q(d.connection());
        q.exec(QStringLiteral("SELECT count(*) FROM resolutions"));
        q.next();
        return q.value(0).toInt();
    };
    QCOMPARE(count(*reopened.value()), 40);
    QVERIFY(!QFile::exists(copy + QStringLiteral(".partial")));
}

void TestDesktopConventions::aCopyIsRefusedOverTheOpenDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("main.sqlite"));
    auto db = test::openFile(path);
    const QByteArray before = test::fingerprint(path);
    auto done = saveDatabaseCopy(*db, path);
    QVERIFY(!done.ok());
    QVERIFY(done.error().message.contains(QStringLiteral("another file")));
    QCOMPARE(test::fingerprint(path), before);
}

// Where the copy cannot go, the message names the target, no ".partial" file is left, and whatever
// was at the target is as it was (the analyst chose the name in a dialog; a failure must not cost
// them the file they meant to replace).
void TestDesktopConventions::aCopyThatCannotBeWrittenLeavesNothingBehind()
{
    QTemporaryDir dir;
    auto db = test::openFile(dir.filePath(QStringLiteral("main.sqlite")));

    const QString nowhere = dir.filePath(QStringLiteral("no-such-folder/copy.sqlite"));
    auto done = saveDatabaseCopy(*db, nowhere);
    QVERIFY(!done.ok());
    QCOMPARE(done.error().message, QStringLiteral("Could not write a copy of the database to %1.").arg(nowhere));
    QVERIFY(!QFile::exists(nowhere + QStringLiteral(".partial")));

    // A folder (with a file in it) where the copy should go cannot be replaced by a file.
    const QString folder = dir.filePath(QStringLiteral("a-folder.sqlite"));
    QVERIFY(QDir().mkpath(folder));
    test::writeAll(folder + QStringLiteral("/kept.txt"), "kept");
    done = saveDatabaseCopy(*db, folder);
    QVERIFY(!done.ok());
    QCOMPARE(done.error().message, QStringLiteral("Could not replace %1; it is unchanged.").arg(folder));
    QVERIFY(QFileInfo(folder).isDir());
    QCOMPARE(test::readAll(folder + QStringLiteral("/kept.txt")), QByteArray("kept"));
    QVERIFY(!QFile::exists(folder + QStringLiteral(".partial")));
}

void TestDesktopConventions::opensAnotherDatabaseInItsOwnWindowAndRemembersIt()
{
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("first.sqlite"));
    const QString second = dir.filePath(QStringLiteral("second.sqlite"));
    auto db = test::openFile(first);
    MainWindow window(*db);
    MainWindow *other = openDatabaseWindow(second, true, &window);
    QVERIFY(other && other != &window);
    QCOMPARE(other->resolutionModel().totalCount(), 40); // a new file got the bundled dataset (DPRK and Iran)
    QVERIFY(QFile::exists(second));
    // Asking again shows the same window rather than a second one on the same file.
    QCOMPARE(openDatabaseWindow(second, true, &window), other);
    const QStringList recent = recentDatabases();
    QCOMPARE(recent.value(0), QFileInfo(second).absoluteFilePath());
    QVERIFY(recent.contains(QFileInfo(first).absoluteFilePath()));
    other->close(); // deletes the window, then its database
    QTRY_VERIFY(!windowOf(second));
}

void TestDesktopConventions::droppedDatabaseOpensAndOtherFilesAreRefused()
{
    QTemporaryDir dir;
    const QString other = dir.filePath(QStringLiteral("dropped.sqlite"));
    test::openFile(other).reset(); // a database with the bundled data, closed again
    auto db = test::openMemory();
    MainWindow window(*db);
    QVERIFY(!dropFile(window, dir.filePath(QStringLiteral("notes.txt"))));
    QVERIFY(dropFile(window, other));
    QTRY_VERIFY(windowOf(other));
    windowOf(other)->close();
    QTRY_VERIFY(!windowOf(other));
}

void TestDesktopConventions::droppedJsonIsImportedAfterTheQuestion()
{
    QTemporaryDir dir;
    auto full = test::openMemory();
    auto json = exportDatasetJson(*full);
    QVERIFY(json);
    const QString path = dir.filePath(QStringLiteral("dataset.json"));
    test::writeAll(path, json.value());

    auto empty = test::openMemory(true);
    MainWindow window(*empty);
    QCOMPARE(window.resolutionModel().totalCount(), 0);
    // First the analyst says no: nothing changes.
    bool declined = false;
    whenModalShows(this, [&declined](QWidget *modal) {
        QVERIFY(qobject_cast<QMessageBox *>(modal));
        static_cast<QMessageBox *>(modal)->button(QMessageBox::Cancel)->click();
        declined = true;
    });
    QVERIFY(dropFile(window, path));
    QTRY_VERIFY(declined);
    QCoreApplication::processEvents(); // whatever the answer queued has run
    QCOMPARE(window.resolutionModel().totalCount(), 0);
    whenModalShows(this, [](QWidget *modal) { static_cast<QMessageBox *>(modal)->button(QMessageBox::Yes)->click(); });
    QVERIFY(dropFile(window, path));
    QTRY_COMPARE(window.resolutionModel().totalCount(), 40);
}

void TestDesktopConventions::droppedUnListGoesThroughTheReview()
{
    auto db = test::openMemory();
    MainWindow window(*db);
    bool reviewed = false;
    whenModalShows(this, [&reviewed](QWidget *modal) {
        auto *dialog = qobject_cast<UnListImportDialog *>(modal);
        QVERIFY(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->stage(), UnListImportDialog::Stage::Review, 20000);
        reviewed = true;
        dialog->reject(); // the analyst cancels at the review: nothing is written
    });
    QVERIFY(dropFile(window, test::smallList()));
    QTRY_VERIFY_WITH_TIMEOUT(reviewed, 25000);
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM designations")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestDesktopConventions::chartsAreSavedAsPngAndSvgAndCopied()
{
    auto db = test::openMemory();
    MainWindow window(*db);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    TimelineView *view = window.workspace().timelinePanel().view();
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("timeline.png"));
    const QString svg = dir.filePath(QStringLiteral("timeline.svg"));
    QVERIFY(saveChartImage(view, png).ok());
    QVERIFY(saveChartImage(view, svg).ok());
    QImage image(png);
    QVERIFY(!image.isNull());
    const QSizeF chartSize = view->chart()->size();
    QCOMPARE(image.width(), qRound(chartSize.width() * 2)); // twice the screen's pixels
    const QByteArray svgText = test::readAll(svg);
    QVERIFY(svgText.contains("<svg"));
    QVERIFY(svgText.contains("2397")); // the labels are text, not pixels
    copyChartImage(view);
    QCOMPARE(QApplication::clipboard()->image().width(), image.width());
    // An unwritable place gets a message naming the file.
    auto failed = saveChartImage(view, dir.filePath(QStringLiteral("no/such/folder/t.png")));
    QVERIFY(!failed.ok());
    QVERIFY(failed.error().message.contains(QStringLiteral("t.png")));
    // The same for SVG, which Qt's generator writes by another path, and leaves no file.
    const QString badSvg = dir.filePath(QStringLiteral("no/such/folder/t.svg"));
    failed = saveChartImage(view, badSvg);
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().message, QStringLiteral("Cannot write %1.").arg(QDir::toNativeSeparators(badSvg)));
    QVERIFY(!QFile::exists(badSvg));
}

void TestDesktopConventions::rightClickOnTheTimelineOffersExport()
{
    auto db = test::openMemory();
    MainWindow window(*db);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    TimelineView *view = window.workspace().timelinePanel().view();
    QStringList entries;
    auto *poll = new QTimer(this);
    poll->setInterval(30);
    connect(poll, &QTimer::timeout, this, [&entries, poll] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            for (QAction *a : menu->actions())
                entries << a->text().remove(QLatin1Char('&'));
            menu->close();
            poll->stop();
        }
    });
    poll->start();
    const QPoint at = view->viewport()->rect().center();
    QTest::mousePress(view->viewport(), Qt::RightButton, {}, at);
    QTest::mouseRelease(view->viewport(), Qt::RightButton, {}, at);
    QTRY_VERIFY(!entries.isEmpty());
    QVERIFY2(entries.contains(QStringLiteral("Copy Image")), qPrintable(entries.join(QLatin1Char('|'))));
    QVERIFY(entries.contains(QStringLiteral("Save Image as SVG…")));
    delete poll;
}

// Right-click on the cap history chart ▸ Save Image as PNG…/SVG…: the file dialog offers
// "cap-history.<suffix>" in the folder used last, saves where the analyst says, and remembers that folder;
// a place that cannot be written gets a warning naming the file; Cancel saves nothing.
void TestDesktopConventions::theCapChartIsSavedWhereTheAnalystSays()
{
    auto db = test::openMemory();
    MainWindow window(*db);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    CapHistoryPanel &caps = window.workspace().capHistoryPanel();
    auto *tabs = qobject_cast<QTabWidget *>(caps.parentWidget()->parentWidget()); // its tab, in front
    QVERIFY(tabs);
    tabs->setCurrentWidget(&caps);
    auto *view = caps.findChild<QChartView *>();
    QVERIFY(view);
    QTRY_VERIFY(view->isVisible());
    QTemporaryDir dir;
    QTemporaryDir earlier;
    QSettings().setValue(QStringLiteral("charts/exportFolder"), earlier.path());

    struct Save {
        QStringList entries;   // the context menu's
        QString offered;       // the file dialog's suggestion
        QString warning;       // the message after it, if any
    };
    // Chooses `entry` from the chart's context menu, then answers the file dialog with `target` (empty: Cancel).
    const auto saveThroughTheMenu = [this, view](const QString &entry, const QString &target) -> Save {
        Save save;
        // The dialogs run in the menu's loop, under the menu's timer: a timer of their own answers them.
        QTimer answer;
        answer.setInterval(20);
        connect(&answer, &QTimer::timeout, this, [&save, target] {
            if (auto *files = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
                if (save.offered.isEmpty())
                    save.offered = files->selectedFiles().value(0);
                if (target.isEmpty()) {
                    files->reject();
                } else {
                    // Typed into the name field, as the analyst would: selectFile() leaves that field alone
                    // while it has the focus, which it may or may not have yet.
                    auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
                    if (!name)
                        qFatal("the file dialog has no name field");
                    name->setText(target);
                    static_cast<QDialog *>(files)->accept(); // QFileDialog's own, which reads the name
                }
            } else if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                save.warning = box->text();
                box->button(QMessageBox::Ok)->click();
            }
        });
        answer.start();
        QTimer choose;
        choose.setInterval(20);
        connect(&choose, &QTimer::timeout, this, [&save, &choose, entry] {
            if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
                choose.stop();
                QAction *chosen = nullptr;
                for (QAction *a : menu->actions()) {
                    save.entries << a->text().remove(QLatin1Char('&'));
                    if (save.entries.last() == entry)
                        chosen = a;
                }
                if (chosen)
                    chosen->trigger(); // runs the dialogs here, while the menu (which owns the action) is open
                menu->close();
            }
        });
        choose.start();
        // A right-click's context menu event, as the window sends it to the chart's viewport; returns
        // once the menu has closed.
        const QPoint at = view->viewport()->rect().center();
        QContextMenuEvent rightClick(QContextMenuEvent::Mouse, at, view->viewport()->mapToGlobal(at));
        QApplication::sendEvent(view->viewport(), &rightClick);
        return save; // no menu: no entries, which the caller's comparison names
    };

    const QString png = dir.filePath(QStringLiteral("caps.png"));
    Save saved = saveThroughTheMenu(QStringLiteral("Save Image as PNG…"), png);
    QCOMPARE(saved.entries, (QStringList{QStringLiteral("Copy Image"), QStringLiteral("Save Image as PNG…"), QStringLiteral("Save Image as SVG…")}));
    QCOMPARE(saved.offered, QDir(earlier.path()).filePath(QStringLiteral("cap-history.png")));
    QVERIFY2(saved.warning.isEmpty(), qPrintable(saved.warning));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), chartImage(view).size());
    QCOMPARE(QSettings().value(QStringLiteral("charts/exportFolder")).toString(), dir.path());

    // The next save starts in that folder; an SVG where no folder is says so, naming the file.
    const QString nowhere = dir.filePath(QStringLiteral("gone/caps.svg"));
    saved = saveThroughTheMenu(QStringLiteral("Save Image as SVG…"), nowhere);
    QCOMPARE(saved.offered, QDir(dir.path()).filePath(QStringLiteral("cap-history.svg")));
    QCOMPARE(saved.warning, QStringLiteral("Cannot write %1.").arg(QDir::toNativeSeparators(nowhere)));
    QVERIFY(!QFile::exists(nowhere));

    // Cancel: nothing written, the folder remembered as it was.
    QSettings().setValue(QStringLiteral("charts/exportFolder"), earlier.path());
    saved = saveThroughTheMenu(QStringLiteral("Save Image as SVG…"), QString());
    QCOMPARE(saved.offered, QDir(earlier.path()).filePath(QStringLiteral("cap-history.svg")));
    QVERIFY(saved.warning.isEmpty());
    QCOMPARE(QDir(earlier.path()).entryList(QDir::Files), QStringList());
    QCOMPARE(QSettings().value(QStringLiteral("charts/exportFolder")).toString(), earlier.path());
    QSettings().remove(QStringLiteral("charts/exportFolder")); // a folder about to be removed
}

void TestDesktopConventions::f1OpensTheUserGuide()
{
    auto db = test::openMemory();
    MainWindow window(*db);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F1);
    QDialog *guide = nullptr;
    QTRY_VERIFY((guide = window.findChild<QDialog *>(QStringLiteral("userGuide"))) && guide->isVisible());
    auto *text = guide->findChild<QTextBrowser *>();
    QVERIFY(text);
    QVERIFY(text->toPlainText().contains(QStringLiteral("Timeline")));
    QVERIFY(text->toPlainText().contains(QStringLiteral("Open Database")));
    QVERIFY(guide->width() >= 500);
}

// --screenshot (offscreen) copies the window's painted picture instead of painting it again: the copy
// must be exactly what the window paints, pixel for pixel, whichever resolution is selected.
void TestDesktopConventions::screenshotIsWhatTheWindowShows()
{
    auto db = test::openMemory();
    MainWindow window(*db);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QImage settled = settledImage(window).convertToFormat(QImage::Format_RGB32);
    const QImage painted = window.grab().toImage().convertToFormat(QImage::Format_RGB32);
    QCOMPARE(settled.size(), QSize(1280, 800));
    QVERIFY(settled == painted);
    // After a change (another resolution selected), the copy follows the window, not the first frame.
    window.workspace().setCurrentResolution(window.resolutionModel().idAt(0));
    const QImage after = settledImage(window).convertToFormat(QImage::Format_RGB32);
    QVERIFY(after != settled);
    QVERIFY(after == window.grab().toImage().convertToFormat(QImage::Format_RGB32));
}

// --screenshot's PNG bytes: the very pixels back when decoded; an image that cannot be encoded (none)
// gives no bytes and the encoder's reason.
void TestDesktopConventions::pngEncodingKeepsThePixelsOrSaysWhy()
{
    QImage image(64, 32, QImage::Format_ARGB32);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            image.setPixel(x, y, qRgba(x * 4, y * 8, (x + y) % 256, 255 - x));
    }
    QString error = QStringLiteral("untouched");
    const std::optional<QByteArray> png = encodePng(image, &error);
    QVERIFY(png);
    QVERIFY(png->startsWith("\x89PNG"));
    QCOMPARE(error, QStringLiteral("untouched"));
    QCOMPARE(QImage::fromData(*png, "PNG").convertToFormat(QImage::Format_ARGB32), image);

    const std::optional<QByteArray> none = encodePng(QImage(), &error);
    QVERIFY(!none);
    QCOMPARE(error, QStringLiteral("Image is empty")); // QImageWriter's words
    QVERIFY(!encodePng(QImage())); // without a place for the reason
}

QTEST_MAIN(TestDesktopConventions)
#include "tst_desktop_conventions.moc"
