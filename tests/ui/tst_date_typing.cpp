// Issue 11, item 12: a whole date typed from the keyboard ("2017-10-01") lands in every date field,
// wherever the cursor was, including the "In force on" filter that used to keep 2026-10-01.
#include "TestSupport.h"

#include "common/TypedDateEdit.h"
#include "validation/Validation.h"
#include "editing/DateField.h"
#include "main/MainWindow.h"
#include "workspace/DateFilterEdit.h"
#include "reports/ReportWindow.h"
#include "workspace/MeasuresPage.h"
#include "workspace/Workspace.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QSignalSpy>
#include <QToolButton>
#include <QCalendarWidget>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPrinter>
#include <QTimer>

#include <functional>

using namespace st;

namespace {

const QDate kTyped(2017, 10, 1);

// Types the date the way an analyst does after clicking at the end of the field.
QStringList typeIntoEveryDateEdit(QWidget *window)
{
    QStringList problems;
    for (QDateEdit *edit : window->findChildren<QDateEdit *>()) {
        if (!edit->isVisibleTo(window))
            continue;
        edit->setEnabled(true);
        edit->setFocus(Qt::MouseFocusReason);
        edit->findChild<QLineEdit *>()->setCursorPosition(edit->text().size());
        QTest::keyClicks(edit, QStringLiteral("2017-10-01"));
        if (edit->date() != kTyped)
            problems << QStringLiteral("%1 (%2): typed 2017-10-01, holds %3")
                            .arg(edit->objectName(), edit->toolTip(), edit->date().toString(Qt::ISODate));
    }
    return problems;
}

} // namespace

class TestDateTyping : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("SanctionsTrackerTests")); }
    void readsTypedDates_data();
    void readsTypedDates();
    void inForceOnTakesTheTypedDate();
    void everyDateFieldOfTheMainWindowTakesATypedDate();
    void reportWindowDatesTakeATypedDate();
    void formDateFieldsTakeATypedDate();
    void notADatePutsTheOldOneBack();
    void emptyFilterCalendarOpensOnThisMonth();
    void formCalendarPicksADay();
};

void TestDateTyping::readsTypedDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::newRow("iso") << QStringLiteral("2017-10-01") << QDate(2017, 10, 1);
    QTest::newRow("short parts") << QStringLiteral("2017-1-5") << QDate(2017, 1, 5);
    QTest::newRow("slashes") << QStringLiteral("2017/10/01") << QDate(2017, 10, 1);
    QTest::newRow("dots") << QStringLiteral("2017.10.01") << QDate(2017, 10, 1);
    QTest::newRow("no such day") << QStringLiteral("2017-02-30") << QDate();
    QTest::newRow("unfinished") << QStringLiteral("2017-10") << QDate();
    QTest::newRow("two-digit year") << QStringLiteral("17-10-01") << QDate();
}

void TestDateTyping::readsTypedDates()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QCOMPARE(TypedDateEdit::parseTyped(text), date);
}

void TestDateTyping::inForceOnTakesTheTypedDate()
{
    auto db = test::openMemory();
    MainWindow window(*db);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    MeasuresPage &page = window.workspace().measuresPage();
    window.workspace().browserTabs()->setCurrentWidget(&page);
    auto *inForce = page.findChild<QCheckBox *>();
    QVERIFY(inForce);
    inForce->setChecked(true);
    QDateEdit *day = page.findChild<QDateEdit *>();
    QVERIFY(day && day->isEnabled());
    day->setFocus(Qt::MouseFocusReason);
    day->findChild<QLineEdit *>()->setCursorPosition(3); // somewhere in the year, as a click leaves it
    QTest::keyClicks(day, QStringLiteral("2017-10-01"));
    QCOMPARE(page.inForceOn(), kTyped);
    QCOMPARE(day->date(), kTyped); // shown in the locale's "d MMM yyyy", read from the ISO typed
}

void TestDateTyping::everyDateFieldOfTheMainWindowTakesATypedDate()
{
    auto db = test::openMemory();
    MainWindow window(*db);
    for (QDockWidget *dock : window.findChildren<QDockWidget *>())
        dock->show();
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    for (int tab = 0; tab < window.workspace().browserTabs()->count(); ++tab) {
        window.workspace().browserTabs()->setCurrentIndex(tab);
        const QStringList problems = typeIntoEveryDateEdit(&window);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
    // The Resolutions tab's "From" filter really filters by the typed day.
    QVERIFY(window.workspace().counts().shownResolutions < 26);
}

void TestDateTyping::reportWindowDatesTakeATypedDate()
{
    auto db = test::openMemory();
    QPrinter printer(QPrinter::HighResolution);
    ReportWindow window(*db, printer);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    for (QCheckBox *box : window.findChildren<QCheckBox *>())
        box->setChecked(true);
    const QStringList problems = typeIntoEveryDateEdit(&window);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestDateTyping::formDateFieldsTakeATypedDate()
{
    auto db = test::openMemory();
    MainWindow window(*db);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QAction *newMeasure = nullptr;
    const std::function<void(QMenu *)> find = [&](QMenu *menu) {
        for (QAction *a : menu->actions()) {
            if (a->menu())
                find(a->menu());
            else if (a->shortcut() == QKeySequence(QKeySequence::New))
                newMeasure = a;
        }
    };
    find(window.fileMenu());
    QVERIFY(newMeasure);
    int checked = 0;
    QStringList problems;
    QTimer poll;
    poll.setInterval(30);
    connect(&poll, &QTimer::timeout, this, [&] {
        QDialog *dialog = nullptr;
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *d = qobject_cast<QDialog *>(w); d && d->isVisible())
                dialog = d;
        }
        // Typing goes to the active window's focus widget: wait until the form is that window (under
        // load it is shown a while before the window system activates it).
        if (!dialog || !dialog->isActiveWindow())
            return;
        poll.stop();
        for (DateField *field : dialog->findChildren<DateField *>()) {
            field->setFocus();
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("2017-10-01"));
            ++checked;
            if (field->date() != kTyped)
                problems << field->text();
        }
        dialog->done(QDialog::Rejected); // not reject(): the typed form would ask before discarding
    });
    poll.start();
    newMeasure->trigger();
    QTRY_COMPARE(checked, 2); // effective from, effective to
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestDateTyping::notADatePutsTheOldOneBack()
{
    TypedDateEdit edit(QDate(2026, 10, 1));
    edit.setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    edit.setFocus();
    QTest::keyClicks(&edit, QStringLiteral("2017-02-3"));
    QVERIFY(edit.isTyping());
    QCOMPARE(edit.text(), QStringLiteral("2017-02-3")); // shown as typed meanwhile
    QTest::keyClick(&edit, Qt::Key_Escape);
    QCOMPARE(edit.date(), QDate(2026, 10, 1));
    QCOMPARE(edit.text(), QStringLiteral("2026-10-01"));
    // Arrow keys still step a section after typing.
    QTest::keyClicks(&edit, QStringLiteral("2017-10-01"));
    QCOMPARE(edit.date(), kTyped);
}

// A filter set to "any" opens its calendar on today's month, not on its minimum (1900): the calendar is
// only built when the analyst opens it (start-up), and still turns to this month then.
void TestDateTyping::emptyFilterCalendarOpensOnThisMonth()
{
    QWidget window;
    auto *edit = new DateFilterEdit(&window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(edit->value(), QDate());
    QCOMPARE(edit->findChild<QCalendarWidget *>(), nullptr); // not built at start
    // A click on the drop-down arrow at the field's right end opens the calendar.
    QTest::mouseClick(edit, Qt::LeftButton, {}, QPoint(edit->width() - 6, edit->height() / 2));
    QCalendarWidget *calendar = edit->calendarWidget();
    QTRY_VERIFY(calendar->isVisible());
    const QDate today = QDate::currentDate();
    QCOMPARE(calendar->yearShown(), today.year());
    QCOMPARE(calendar->monthShown(), today.month());
    calendar->window()->hide();
}

// A form's date field: the "…" button opens a calendar on the field's date (never before the earliest
// date a resolution can carry); a day picked there is written into the field as YYYY-MM-DD, and an
// empty field stays empty until something is picked.
void TestDateTyping::formCalendarPicksADay()
{
    QWidget window;
    auto *field = new DateField(&window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(field->text(), QString());
    QCOMPARE(field->date(), QDate());
    field->setDate(QDate(2016, 3, 2));
    QCOMPARE(field->text(), QStringLiteral("2016-03-02"));
    QStringList seen;
    QSignalSpy changed(field, &DateField::textChanged);
    // The calendar's menu runs its own event loop: pick a day from inside it. A local timer, not
    // singleShot: if no menu opened it must not fire later, after this test has returned.
    QTimer pick;
    pick.setSingleShot(true);
    pick.setInterval(0);
    connect(&pick, &QTimer::timeout, this, [&] {
        QWidget *popup = QApplication::activePopupWidget();
        auto *calendar = popup ? popup->findChild<QCalendarWidget *>() : nullptr;
        if (!calendar) {
            seen << QStringLiteral("no calendar opened");
            if (popup)
                popup->close();
            return;
        }
        seen << calendar->selectedDate().toString(Qt::ISODate) << calendar->minimumDate().toString(Qt::ISODate);
        calendar->setSelectedDate(QDate(2017, 9, 11));
        // Enter on the day grid activates the selected day, as a double-click does.
        QWidget *grid = calendar->findChild<QAbstractItemView *>();
        QTest::keyClick(grid ? grid : calendar, Qt::Key_Return);
    });
    auto *button = field->findChild<QToolButton *>();
    QVERIFY(button);
    pick.start();
    button->click();
    QCOMPARE(seen.value(0), QStringLiteral("2016-03-02")); // opened on the field's date
    QCOMPARE(QDate::fromString(seen.value(1), Qt::ISODate), earliestDate());
    QCOMPARE(field->text(), QStringLiteral("2017-09-11"));
    QCOMPARE(field->date(), QDate(2017, 9, 11));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toString(), QStringLiteral("2017-09-11"));

    // Clearing: the date becomes null, not the last picked day.
    field->lineEdit()->clear();
    QCOMPARE(field->date(), QDate());
    // Not a real date: no date, and the text is kept as typed for the form's message.
    field->lineEdit()->setText(QStringLiteral("2017-02-30"));
    QCOMPARE(field->date(), QDate());
    QCOMPARE(field->text(), QStringLiteral("2017-02-30"));
}

QTEST_MAIN(TestDateTyping)
#include "tst_date_typing.moc"
