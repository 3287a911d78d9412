#include "workspace/DateFilterEdit.h"

#include <QCalendarWidget>
#include <QEvent>

namespace st {

namespace {
const QDate kNone(1900, 1, 1);
} // namespace

DateFilterEdit::DateFilterEdit(QWidget *parent)
    : TypedDateEdit(parent)
{
    setCalendarPopup(true);
    setDisplayFormat(QStringLiteral("d MMM yyyy")); // month names follow the locale
    setMinimumDate(kNone);
    setMaximumDate(QDate(2100, 12, 31));
    setSpecialValueText(tr("any"));
    setDate(kNone);
}

void DateFilterEdit::watchCalendar()
{
    if (m_watchingCalendar)
        return;
    m_watchingCalendar = true;
    calendarWidget()->installEventFilter(this);
}

void DateFilterEdit::mousePressEvent(QMouseEvent *event)
{
    watchCalendar();
    TypedDateEdit::mousePressEvent(event);
}

void DateFilterEdit::keyPressEvent(QKeyEvent *event)
{
    watchCalendar();
    TypedDateEdit::keyPressEvent(event);
}

QDate DateFilterEdit::value() const { return date() == kNone ? QDate() : date(); }

void DateFilterEdit::setValue(const QDate &day) { setDate(day.isValid() ? day : kNone); }

bool DateFilterEdit::eventFilter(QObject *watched, QEvent *event)
{
    if (m_watchingCalendar && watched == calendarWidget() && event->type() == QEvent::Show && date() == kNone) {
        const QDate today = QDate::currentDate();
        calendarWidget()->setCurrentPage(today.year(), today.month());
    }
    return TypedDateEdit::eventFilter(watched, event);
}

QDateEdit *makeDateFilterEdit(QWidget *parent) { return new DateFilterEdit(parent); }

QDate dateFilterValue(const QDateEdit *edit)
{
    const auto *filter = qobject_cast<const DateFilterEdit *>(edit);
    return filter ? filter->value() : edit->date();
}

void setDateFilterValue(QDateEdit *edit, const QDate &date)
{
    if (auto *filter = qobject_cast<DateFilterEdit *>(edit))
        filter->setValue(date);
    else
        edit->setDate(date);
}

} // namespace st
