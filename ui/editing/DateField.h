#pragma once

#include <QDate>
#include <QWidget>

class QLineEdit;
class QToolButton;

namespace st {

// A date typed as YYYY-MM-DD, with a calendar to pick from. Unlike QDateEdit it can be left empty
// (an open-ended measure has no "effective to") and it keeps what was typed, so a form can say
// "2017-02-30 is not a real date" instead of silently turning it into another day.
class DateField : public QWidget {
    Q_OBJECT
public:
    explicit DateField(QWidget *parent = nullptr);

    [[nodiscard]] QString text() const;
    // Null when empty or not a real date; see validateDateText() for telling the two apart.
    [[nodiscard]] QDate date() const;
    void setDate(const QDate &date);
    [[nodiscard]] QLineEdit *lineEdit() const { return m_edit; }

signals:
    void textChanged(const QString &text);

private:
    void pickFromCalendar();

    QLineEdit *m_edit;
    QToolButton *m_calendarButton;
};

} // namespace st
