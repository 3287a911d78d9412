#pragma once

#include "common/TypedDateEdit.h"

namespace st {

// A date edit for filters, where "no date" is a value: it shows "any" at its minimum. Its calendar
// opens on the current month rather than on the minimum when no date is set.
class DateFilterEdit : public TypedDateEdit {
    Q_OBJECT
public:
    explicit DateFilterEdit(QWidget *parent = nullptr);
    [[nodiscard]] QDate value() const;  // null for "any"
    void setValue(const QDate &date);   // null for "any"

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    // Qt builds the calendar the first time it is asked for (8 M instructions each, four date fields at
    // start): watch it only when a click or a key may open it.
    void watchCalendar();
    bool m_watchingCalendar = false;
};

// The same, as free functions on a QDateEdit made by makeDateFilterEdit(), for code that only
// knows QDateEdit.
QDateEdit *makeDateFilterEdit(QWidget *parent);
QDate dateFilterValue(const QDateEdit *edit);
void setDateFilterValue(QDateEdit *edit, const QDate &date);

} // namespace st
