#include "common/TypedDateEdit.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalBlocker>

namespace st {

namespace {

bool isDateCharacter(QChar c)
{
    return c.isDigit() || c == QLatin1Char('-') || c == QLatin1Char('/') || c == QLatin1Char('.');
}

} // namespace

TypedDateEdit::TypedDateEdit(QWidget *parent)
    : QDateEdit(parent)
{
}

TypedDateEdit::TypedDateEdit(const QDate &date, QWidget *parent)
    : QDateEdit(date, parent)
{
}

QDate TypedDateEdit::parseTyped(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})$"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

void TypedDateEdit::keyPressEvent(QKeyEvent *event)
{
    const QString text = event->text();
    const bool plain = !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    if (plain && text.size() == 1 && isDateCharacter(text.front())) {
        if (!m_typing) {
            m_typing = true;
            m_typed.clear();
            // The spin box's validator would "fix" a date half typed ("2017-1" into 2017-01-…).
            m_validator = lineEdit()->validator();
            lineEdit()->setValidator(nullptr);
        }
        m_typed += text;
        showTyped();
        // Complete as soon as the day has two digits: filters apply while the analyst watches.
        static const QRegularExpression full(QStringLiteral("[-/.]\\d{2}$"));
        if (parseTyped(m_typed).isValid() && full.match(m_typed).hasMatch() &&
            m_typed.count(QRegularExpression(QStringLiteral("[-/.]"))) == 2)
            finishTyping(true);
        event->accept();
        return;
    }
    if (m_typing) {
        switch (event->key()) {
        case Qt::Key_Backspace:
            m_typed.chop(1);
            showTyped();
            event->accept();
            return;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            finishTyping(true);
            break; // Enter still reaches the dialog (its default button) after the date is taken
        case Qt::Key_Escape:
            finishTyping(false);
            event->accept();
            return;
        default:
            finishTyping(true);
            break;
        }
    }
    QDateEdit::keyPressEvent(event);
}

void TypedDateEdit::focusOutEvent(QFocusEvent *event)
{
    if (m_typing)
        finishTyping(true);
    QDateEdit::focusOutEvent(event);
}

void TypedDateEdit::showTyped()
{
    // Shown as typed, without the spin box reading it section by section meanwhile.
    const QSignalBlocker quiet(lineEdit());
    lineEdit()->setText(m_typed);
    lineEdit()->setCursorPosition(int(m_typed.size()));
}

void TypedDateEdit::finishTyping(bool keep)
{
    m_typing = false;
    lineEdit()->setValidator(m_validator);
    const QDate typed = parseTyped(m_typed);
    m_typed.clear();
    const QDate before = date();
    if (keep && typed.isValid() && typed >= minimumDate() && typed <= maximumDate())
        setDate(typed);
    if (date() == before) {
        // Not a date (or the same one): the field shows its date again.
        const QSignalBlocker quiet(lineEdit());
        lineEdit()->setText(textFromDateTime(dateTime()));
    }
    selectAll();
}

} // namespace st
