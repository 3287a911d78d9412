// Icons on a machine without an icon theme (the offscreen platform has none): every toolbar action
// still shows an icon, from the ones bundled with the app, and a dark palette gets the light variant.
#include "TestSupport.h"

#include "common/AppIcons.h"
#include "main/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QDirIterator>
#include <QImage>
#include <QPalette>
#include <QToolBar>
#include <QWidgetAction>

using namespace st;

namespace {

// Mean lightness of the drawn (non-transparent) pixels of an icon.
int inkLightness(const QIcon &icon)
{
    const QImage image = icon.pixmap(QSize(48, 48)).toImage().convertToFormat(QImage::Format_ARGB32);
    qint64 sum = 0;
    qint64 count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() > 128) {
                sum += c.lightness();
                ++count;
            }
        }
    }
    return count == 0 ? -1 : int(sum / count);
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2d, 0x2d, 0x2d));
    p.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    return p;
}

} // namespace

class TestAppIcons : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("SanctionsTrackerTests"));
        // No desktop theme: what a bare window manager or a container shows.
        QIcon::setThemeName(QString());
    }
    void everyBundledIconRenders();
    void toolbarActionsHaveIconsWithoutATheme();
    void darkPaletteGetsLightStrokes();
    void applicationIconHasEverySize();
};

void TestAppIcons::everyBundledIconRenders()
{
    QStringList names;
    QDirIterator it(QStringLiteral(":/icons/actions"), {QStringLiteral("*.svg")});
    while (it.hasNext())
        names << it.next().section(QLatin1Char('/'), -1).chopped(4);
    QVERIFY2(names.size() >= 15, qPrintable(names.join(QLatin1Char(' '))));
    for (const QString &name : std::as_const(names)) {
        const QIcon icon = bundledActionIcon(name, QPalette());
        QVERIFY2(!icon.isNull(), qPrintable(name));
        QVERIFY2(inkLightness(icon) >= 0, qPrintable(name + QStringLiteral(" draws nothing")));
    }
    QVERIFY(bundledActionIcon(QStringLiteral("no-such-icon"), QPalette()).isNull());
}

void TestAppIcons::toolbarActionsHaveIconsWithoutATheme()
{
    auto db = test::openMemory();
    MainWindow window(*db);
    const QList<QToolBar *> bars = window.findChildren<QToolBar *>();
    QVERIFY(!bars.isEmpty());
    int checked = 0;
    for (QToolBar *bar : bars) {
        for (QAction *a : bar->actions()) {
            if (a->isSeparator() || a->text().isEmpty() || bar->widgetForAction(a) == nullptr)
                continue;
            if (qobject_cast<QWidgetAction *>(a) != nullptr)
                continue;
            QVERIFY2(!a->icon().isNull(), qPrintable(QStringLiteral("toolbar action without an icon: ") + a->text()));
            ++checked;
        }
    }
    QVERIFY2(checked >= 3, "expected the Undo, Redo and Report toolbar actions at least");
}

void TestAppIcons::darkPaletteGetsLightStrokes()
{
    const QIcon light = bundledActionIcon(QStringLiteral("document-print"), QPalette(QColor(Qt::white)));
    const QIcon dark = bundledActionIcon(QStringLiteral("document-print"), darkPalette());
    const int onLight = inkLightness(light);
    const int onDark = inkLightness(dark);
    // Dark strokes on a light window, light strokes on a dark one, each well apart from its background.
    QVERIFY2(onLight < 128, qPrintable(QString::number(onLight)));
    QVERIFY2(onDark > 160, qPrintable(QString::number(onDark)));
}

void TestAppIcons::applicationIconHasEverySize()
{
    const QIcon icon = applicationIcon();
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256, 512})
        QCOMPARE(icon.pixmap(QSize(size, size)).size(), QSize(size, size));
}

QTEST_MAIN(TestAppIcons)
#include "tst_app_icons.moc"
