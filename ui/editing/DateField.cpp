#include "editing/DateField.h"

#include "validation/Validation.h"

#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>
#include <QWidgetAction>

namespace st {

DateField::DateField(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_calendarButton(new QToolButton(this))
{
    m_edit->setPlaceholderText(tr("YYYY-MM-DD"));
    m_edit->setClearButtonEnabled(true);
    // Wide enough for the date and the clear button, not the whole form's width.
    m_edit->setMinimumWidth(m_edit->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) + 48);
    m_calendarButton->setText(QStringLiteral("…"));
    m_calendarButton->setToolTip(tr("Pick the date from a calendar"));
    m_calendarButton->setFocusPolicy(Qt::NoFocus);
    setFocusProxy(m_edit);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_calendarButton);
    layout->addStretch(1);

    connect(m_edit, &QLineEdit::textChanged, this, &DateField::textChanged);
    connect(m_calendarButton, &QToolButton::clicked, this, &DateField::pickFromCalendar);
}

QString DateField::text() const { return m_edit->text(); }
QDate DateField::date() const { return dateFromText(m_edit->text()); }

void DateField::setDate(const QDate &date) { m_edit->setText(date.isValid() ? date.toString(Qt::ISODate) : QString()); }

void DateField::pickFromCalendar()
{
    QMenu menu(this);
    auto *calendar = new QCalendarWidget(&menu);
    calendar->setMinimumDate(earliestDate());
    calendar->setGridVisible(true);
    if (date().isValid())
        calendar->setSelectedDate(date());
    auto *holder = new QWidgetAction(&menu);
    holder->setDefaultWidget(calendar);
    menu.addAction(holder);
    connect(calendar, &QCalendarWidget::activated, &menu, [&](const QDate &picked) {
        setDate(picked);
        menu.close();
    });
    connect(calendar, &QCalendarWidget::clicked, &menu, [&](const QDate &picked) {
        setDate(picked);
        menu.close();
    });
    menu.exec(m_calendarButton->mapToGlobal(QPoint(0, m_calendarButton->height())));
}

} // namespace st
