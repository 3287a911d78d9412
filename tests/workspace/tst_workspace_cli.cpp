// The workspace's command line, run on the built binary: --screenshot, --size, --generate-synthetic.
#include "AppRunner.h"
#include "TestSupport.h"

#include "storage/ResolutionRepository.h"
#include "storage/MeasureRepository.h"

#include <QImage>
#include <QProcess>

using namespace st;
using test::runApp;
using Run = test::AppRun;

namespace {

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

} // namespace

class TestWorkspaceCli : public QObject {
    Q_OBJECT
private slots:
    void screenshotOfTheBundledData();
    void screenshotAtAGivenSize();
    void badArguments_data();
    void badArguments();
    void generateSynthetic();
    void unwritableScreenshot();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestWorkspaceCli::screenshotOfTheBundledData()
{
    const QString png = path(QStringLiteral("shot.png"));
    const Run r = runApp({QStringLiteral("--database"), path(QStringLiteral("a.sqlite")), QStringLiteral("--screenshot"), png});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("1280x800")));
    const QImage image(png);
    QCOMPARE(image.size(), QSize(1280, 800));
    QVERIFY2(distinctColours(image) > 60, "the screenshot is almost blank");

    // Grabbed once the window has settled, not at a moment of its layout: a second run gives the same picture.
    const QString again = path(QStringLiteral("shot-again.png"));
    const Run r2 = runApp({QStringLiteral("--database"), path(QStringLiteral("a.sqlite")), QStringLiteral("--screenshot"), again});
    QVERIFY2(r2.exitCode == 0, qPrintable(r2.err));
    QCOMPARE(QImage(again).convertToFormat(QImage::Format_ARGB32), image.convertToFormat(QImage::Format_ARGB32));
}

void TestWorkspaceCli::screenshotAtAGivenSize()
{
    const QString png = path(QStringLiteral("large.PNG"));
    const Run r = runApp({QStringLiteral("--database"), path(QStringLiteral("b.sqlite")), QStringLiteral("--screenshot"), png,
                          QStringLiteral("--size"), QStringLiteral("1600x1000")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(QImage(png).size(), QSize(1600, 1000));
    // Smaller than the window can be: it says so, and saves what it could render.
    const QString tiny = path(QStringLiteral("tiny.png"));
    const Run small = runApp({QStringLiteral("--database"), path(QStringLiteral("b.sqlite")), QStringLiteral("--screenshot"),
                              tiny, QStringLiteral("--size"), QStringLiteral("320x240")});
    QCOMPARE(small.exitCode, 0);
    QVERIFY2(small.err.contains(QStringLiteral("cannot be smaller than")), qPrintable(small.err));
    QVERIFY(QImage(tiny).width() >= 320);
}

void TestWorkspaceCli::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString shot = QStringLiteral("--screenshot");
    const QString size = QStringLiteral("--size");
    const QString gen = QStringLiteral("--generate-synthetic");
    QTest::newRow("not a png") << QStringList{shot, QStringLiteral("x.jpg")} << QStringLiteral("must end in .png");
    QTest::newRow("size without screenshot") << QStringList{size, QStringLiteral("800x600")}
                                             << QStringLiteral("--size only applies to --screenshot");
    QTest::newRow("size not WxH") << QStringList{shot, QStringLiteral("x.png"), size, QStringLiteral("800")}
                                  << QStringLiteral("WIDTHxHEIGHT");
    QTest::newRow("size too small") << QStringList{shot, QStringLiteral("x.png"), size, QStringLiteral("10x10")}
                                    << QStringLiteral("from 320x240 to 8000x8000");
    QTest::newRow("size negative") << QStringList{shot, QStringLiteral("x.png"), size, QStringLiteral("-800x600")}
                                   << QStringLiteral("WIDTHxHEIGHT");
    QTest::newRow("synthetic not a number") << QStringList{gen, QStringLiteral("many")} << QStringLiteral("from 1 to 1000000");
    QTest::newRow("synthetic zero") << QStringList{gen, QStringLiteral("0")} << QStringLiteral("from 1 to 1000000");
    QTest::newRow("synthetic too many") << QStringList{gen, QStringLiteral("5000000")} << QStringLiteral("from 1 to 1000000");
}

void TestWorkspaceCli::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const QString db = path(QStringLiteral("untouched.sqlite"));
    const Run r = runApp(QStringList{QStringLiteral("--database"), db} + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(!QFile::exists(db)); // refused before anything was opened
}

void TestWorkspaceCli::generateSynthetic()
{
    const QString db = path(QStringLiteral("synthetic.sqlite"));
    const Run r = runApp({QStringLiteral("--database"), db, QStringLiteral("--empty"), QStringLiteral("--generate-synthetic"),
                          QStringLiteral("300")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("300 synthetic resolutions")), qPrintable(r.out));
    {
        auto opened = test::openFile(db, true);
        QCOMPARE(ResolutionRepository(opened->connection()).count().value(), 300);
        const int measures = MeasureRepository(opened->connection()).count().value();
        QVERIFY(measures > 2400 && measures < 3600);
    }
    // And the window renders it (the state with most resolutions is shown: there is no DPRK).
    const QString png = path(QStringLiteral("synthetic.png"));
    const Run shot = runApp({QStringLiteral("--database"), db, QStringLiteral("--screenshot"), png});
    QVERIFY2(shot.exitCode == 0, qPrintable(shot.err));
    QVERIFY(distinctColours(QImage(png)) > 60);
}

void TestWorkspaceCli::unwritableScreenshot()
{
    const Run r = runApp({QStringLiteral("--database"), path(QStringLiteral("c.sqlite")), QStringLiteral("--screenshot"),
                          path(QStringLiteral("no/such/dir/x.png"))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("Cannot write")), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestWorkspaceCli)
#include "tst_workspace_cli.moc"
