// The timeline's mouse gestures on the bundled data, sent as real events to the view in the main
// window: a right-drag or Shift+drag zooms to the dates dragged over, a drag pans, the wheel zooms by
// 1.25 a notch, a double-click on an empty spot shows every year again, hovering names a resolution,
// and a right click (or the Menu key) offers Fit and the image exports.
#include "TestSupport.h"

#include "charts/TimelinePanel.h"
#include "charts/TimelineView.h"
#include "main/MainWindow.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QMenu>
#include <QToolTip>
#include <QTimer>
#include <QWheelEvent>

using namespace st;

class TestTimelineGestures : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void rightDragZoomsToTheDatesDraggedOver();
    void shiftDragZoomsLikeARightDrag();
    void dragPansWheelZoomsDoubleClickFits();
    void hoverNamesTheResolutionUnderTheCursor();
    void rightClickAndMenuKeyOfferFitAndExports();

private:
    // A view position for a chart x at the middle height of the plot.
    [[nodiscard]] QPoint viewPointAt(qreal chartX) const;
    [[nodiscard]] qint64 spanDays() const { return chart()->rangeFrom().daysTo(chart()->rangeTo()); }
    [[nodiscard]] TimelineChart *chart() const { return view()->timeline(); }
    [[nodiscard]] TimelineView *view() const { return m_window->workspace().timelinePanel().view(); }
    void moveTo(const QPoint &pos, Qt::MouseButtons held, Qt::KeyboardModifiers modifiers = {});
    // The texts of the actions of the menu that opens while `open` runs.
    QStringList menuOpenedBy(const std::function<void()> &open);

    std::unique_ptr<Database> m_db;
    std::unique_ptr<MainWindow> m_window;
    QDate m_wholeFrom;
    QDate m_wholeTo;
};

void TestTimelineGestures::initTestCase() { m_db = test::openMemory(); }

void TestTimelineGestures::init()
{
    m_window = std::make_unique<MainWindow>(*m_db);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_wholeFrom = chart()->rangeFrom();
    m_wholeTo = chart()->rangeTo();
    QVERIFY(m_wholeFrom <= QDate(2006, 7, 15)); // the first round (1695) is on screen
    QVERIFY(m_wholeTo >= QDate(2024, 3, 28));   // and the 2024 veto
}

void TestTimelineGestures::cleanup() { m_window.reset(); }

QPoint TestTimelineGestures::viewPointAt(qreal chartX) const
{
    return view()->mapFromScene(chart()->mapToScene(QPointF(chartX, chart()->plotArea().center().y())));
}

void TestTimelineGestures::moveTo(const QPoint &pos, Qt::MouseButtons held, Qt::KeyboardModifiers modifiers)
{
    QMouseEvent move(QEvent::MouseMove, QPointF(pos), QPointF(view()->viewport()->mapToGlobal(pos)), Qt::NoButton,
                     held, modifiers);
    QApplication::sendEvent(view()->viewport(), &move);
}

QStringList TestTimelineGestures::menuOpenedBy(const std::function<void()> &open)
{
    QStringList texts;
    bool looked = false;
    // A local timer (not singleShot): it dies with this function, so it can never fire later into a
    // list that no longer exists. A menu runs its own event loop, where the timer fires.
    QTimer look;
    look.setSingleShot(true);
    look.setInterval(0);
    connect(&look, &QTimer::timeout, this, [&] {
        looked = true;
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction *a : menu->actions()) {
            if (!a->isSeparator())
                texts << a->text();
        }
        menu->close();
    });
    look.start();
    open();
    if (!looked) // no menu opened while `open` ran
        QCoreApplication::processEvents();
    return texts;
}

void TestTimelineGestures::rightDragZoomsToTheDatesDraggedOver()
{
    const QRectF plot = chart()->plotArea();
    const qreal a = plot.left() + plot.width() * 0.55;
    const qreal b = plot.left() + plot.width() * 0.75;
    const QDate from = chart()->dateAt(a);
    const QDate to = chart()->dateAt(b);
    // A drag is not a click: no menu may open (if one does, it is closed so the test fails, not hangs).
    const QStringList menu = menuOpenedBy([&] {
        QTest::mousePress(view()->viewport(), Qt::RightButton, {}, viewPointAt(a));
        moveTo(viewPointAt(b), Qt::RightButton);
        QTest::mouseRelease(view()->viewport(), Qt::RightButton, {}, viewPointAt(b));
    });
    QCOMPARE(menu, QStringList());
    // The dates under the two ends of the drag become the ends of the axis (to the day or two a
    // pixel spans on a 20-year axis).
    QVERIFY2(qAbs(chart()->rangeFrom().daysTo(from)) <= 15, qPrintable(chart()->rangeFrom().toString(Qt::ISODate)));
    QVERIFY2(qAbs(chart()->rangeTo().daysTo(to)) <= 15, qPrintable(chart()->rangeTo().toString(Qt::ISODate)));
    QVERIFY(spanDays() < m_wholeFrom.daysTo(m_wholeTo) / 3);
}

void TestTimelineGestures::shiftDragZoomsLikeARightDrag()
{
    const QRectF plot = chart()->plotArea();
    const qreal a = plot.left() + plot.width() * 0.40;
    const qreal b = plot.left() + plot.width() * 0.20; // dragged leftwards: the same range
    const QDate from = chart()->dateAt(b);
    const QDate to = chart()->dateAt(a);
    QTest::mousePress(view()->viewport(), Qt::LeftButton, Qt::ShiftModifier, viewPointAt(a));
    moveTo(viewPointAt(b), Qt::LeftButton, Qt::ShiftModifier);
    QTest::mouseRelease(view()->viewport(), Qt::LeftButton, Qt::ShiftModifier, viewPointAt(b));
    QVERIFY(qAbs(chart()->rangeFrom().daysTo(from)) <= 15);
    QVERIFY(qAbs(chart()->rangeTo().daysTo(to)) <= 15);
    // A band of a few pixels is a slip, not a zoom to one day.
    const QDate zoomedFrom = chart()->rangeFrom();
    QTest::mousePress(view()->viewport(), Qt::LeftButton, Qt::ShiftModifier, viewPointAt(a));
    moveTo(viewPointAt(a + 3), Qt::LeftButton, Qt::ShiftModifier);
    QTest::mouseRelease(view()->viewport(), Qt::LeftButton, Qt::ShiftModifier, viewPointAt(a + 3));
    QCOMPARE(chart()->rangeFrom(), zoomedFrom);
}

void TestTimelineGestures::dragPansWheelZoomsDoubleClickFits()
{
    const QRectF plot = chart()->plotArea();
    const qreal middle = plot.center().x();
    const qint64 whole = spanDays();

    // One notch of the wheel: 1.25 times closer, around the cursor.
    const QPoint at = viewPointAt(middle);
    QWheelEvent wheel(QPointF(at), QPointF(view()->viewport()->mapToGlobal(at)), QPoint(), QPoint(0, 120),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view()->viewport(), &wheel);
    QVERIFY2(qAbs(spanDays() - whole / 1.25) <= 3, qPrintable(QString::number(spanDays())));
    const qint64 zoomed = spanDays();

    // A drag to the right (past the start distance) shows earlier dates, at the same zoom. A press
    // and release without moving is a click: the range stays.
    const QDate before = chart()->rangeFrom();
    QTest::mousePress(view()->viewport(), Qt::LeftButton, {}, viewPointAt(middle));
    moveTo(viewPointAt(middle + 2), Qt::LeftButton); // under the drag distance: not yet a pan
    QCOMPARE(chart()->rangeFrom(), before);
    moveTo(viewPointAt(middle + 120), Qt::LeftButton);
    QTest::mouseRelease(view()->viewport(), Qt::LeftButton, {}, viewPointAt(middle + 120));
    QVERIFY2(chart()->rangeFrom() < before, qPrintable(chart()->rangeFrom().toString(Qt::ISODate)));
    QVERIFY(qAbs(spanDays() - zoomed) <= 2);

    // A double-click on an empty spot (the top left corner of the plot) shows every year again.
    QTest::mouseDClick(view()->viewport(), Qt::LeftButton, {},
                       view()->mapFromScene(chart()->mapToScene(plot.topLeft() + QPointF(4, 4))));
    QCOMPARE(chart()->rangeFrom(), m_wholeFrom);
    QCOMPARE(chart()->rangeTo(), m_wholeTo);
}

void TestTimelineGestures::hoverNamesTheResolutionUnderTheCursor()
{
    const TimelineData &data = chart()->data();
    const auto it = std::find_if(data.resolutions.cbegin(), data.resolutions.cend(),
                                 [](const auto &r) { return r.symbol == QLatin1String("S/RES/2094 (2013)"); });
    QVERIFY(it != data.resolutions.cend());
    const QPoint over = view()->mapFromScene(chart()->mapToScene(chart()->positionOf(it->id)));
    moveTo(over, Qt::NoButton);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(QStringLiteral("2094")), qPrintable(QToolTip::text()));
    QCOMPARE(view()->viewport()->cursor().shape(), Qt::PointingHandCursor);
    // Off every marker: no tooltip, the ordinary cursor.
    moveTo(view()->mapFromScene(chart()->mapToScene(chart()->plotArea().topLeft() + QPointF(4, 4))), Qt::NoButton);
    QTRY_VERIFY(!QToolTip::isVisible());
    QCOMPARE(view()->viewport()->cursor().shape(), Qt::ArrowCursor);
}

void TestTimelineGestures::rightClickAndMenuKeyOfferFitAndExports()
{
    const QStringList expected{QStringLiteral("&Fit Timeline"), QStringLiteral("&Copy Image"),
                               QStringLiteral("Save Image as &PNG…"), QStringLiteral("Save Image as &SVG…")};
    const QPoint at = viewPointAt(chart()->plotArea().center().x());
    const QDate from = chart()->rangeFrom();
    // A right click that does not drag opens the menu on release, and does not zoom.
    const QStringList byMouse = menuOpenedBy([&] {
        QTest::mousePress(view()->viewport(), Qt::RightButton, {}, at);
        QTest::mouseRelease(view()->viewport(), Qt::RightButton, {}, at);
    });
    QCOMPARE(byMouse, expected);
    QCOMPARE(chart()->rangeFrom(), from);
    // The Menu key (a keyboard context-menu event) opens the same menu.
    const QStringList byKey = menuOpenedBy([&] {
        QContextMenuEvent event(QContextMenuEvent::Keyboard, view()->rect().center(),
                                view()->mapToGlobal(view()->rect().center()));
        QApplication::sendEvent(view(), &event);
    });
    QCOMPARE(byKey, expected);
}

QTEST_MAIN(TestTimelineGestures)
#include "tst_timeline_gestures.moc"
