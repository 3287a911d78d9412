#pragma once

#include <QDateEdit>

namespace st {

// A QDateEdit into which a whole date can be typed, "2017-10-01", as analysts copy it from a text.
// QDateEdit edits one section at a time: typed digits land in whichever section holds the cursor, a
// separator skips a section, and the result is some other date. Here digits and separators typed
// from the keyboard are collected and shown as typed; the date is taken once they read as a full
// date (year, month, day), or on Enter or leaving the field, and put back as it was when they do
// not. Arrow keys, the wheel and the calendar work as before.
class TypedDateEdit : public QDateEdit {
    Q_OBJECT
public:
    explicit TypedDateEdit(QWidget *parent = nullptr);
    explicit TypedDateEdit(const QDate &date, QWidget *parent = nullptr);

    // "2017-10-01", "2017-1-5", "2017/10/01", "2017.10.01"; null when the text is no such date.
    [[nodiscard]] static QDate parseTyped(const QString &text);
    [[nodiscard]] bool isTyping() const { return m_typing; }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void showTyped();
    void finishTyping(bool keep);

    QString m_typed;
    const QValidator *m_validator = nullptr; // the spin box's, set aside while typing
    bool m_typing = false;
};

} // namespace st
