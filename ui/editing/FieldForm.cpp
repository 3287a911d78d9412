#include "editing/FieldForm.h"

#include "editing/DateField.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace st {

namespace {

QString plainLabel(QString label) { return label.remove(QLatin1Char('&')).remove(QLatin1Char(':')).trimmed(); }

// Alt+letter gives focus to the label's buddy only when the buddy itself accepts focus; a row of
// several fields (a cap, a vote) or a composite (a date with its calendar button) hands it to its
// first field instead.
QWidget *focusTarget(QWidget *field)
{
    if (field->focusPolicy() != Qt::NoFocus)
        return field;
    if (field->focusProxy())
        return focusTarget(field->focusProxy());
    for (QWidget *child : field->findChildren<QWidget *>()) {
        if (child->focusPolicy() & Qt::TabFocus)
            return child;
    }
    return field;
}

} // namespace

FieldForm::FieldForm(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout)
{
    // Extra height (the form beside this one is taller) goes below the last row, not between rows.
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addLayout(m_grid);
    outer->addStretch(1);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(2); // each row's reserved error line already spaces the rows
    m_grid->setColumnStretch(1, 1);
}

void FieldForm::addRow(const QString &label, QWidget *field, const QStringList &errorKeys)
{
    const int index = int(m_rows.size());
    Row row;
    row.field = field;
    row.keys = errorKeys;

    // The field and its error line share a cell, so the line sits tight under its own field; the
    // grid's spacing stays between rows.
    auto *cell = new QWidget(this);
    auto *stack = new QVBoxLayout(cell);
    stack->setContentsMargins(0, 0, 0, 0);
    stack->setSpacing(1);
    stack->addWidget(field);
    row.error = new QLabel(cell);
    row.error->setObjectName(QStringLiteral("fieldError"));
    row.error->setWordWrap(true);
    row.error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    QFont small = row.error->font();
    small.setPointSizeF(small.pointSizeF() * 0.92);
    row.error->setFont(small);
    // The line keeps its place while hidden: a one-line error appearing or going away moves no field,
    // so a click aimed at a field lands on it.
    row.error->setMinimumHeight(QFontMetrics(small).height());
    QSizePolicy keep = row.error->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    row.error->setSizePolicy(keep);
    row.error->hide();
    stack->addWidget(row.error);

    if (!label.isEmpty()) {
        row.label = new QLabel(label, this);
        row.label->setBuddy(focusTarget(field));
        // The label is as tall as a one-line field and centred on it; over a text area or a list it
        // sits level with the first line instead.
        const int lineHeight = QLineEdit().sizeHint().height();
        const bool tall = field->sizeHint().height() > 2 * lineHeight;
        row.label->setMinimumHeight(lineHeight);
        row.label->setAlignment(Qt::AlignLeft | (tall ? Qt::AlignTop : Qt::AlignVCenter));
        if (tall)
            row.label->setContentsMargins(0, 4, 0, 0);
        m_grid->addWidget(row.label, index, 0, Qt::AlignTop);
        m_grid->addWidget(cell, index, 1);
    } else if (m_wideNext) {
        m_grid->addWidget(cell, index, 0, 1, 2);
    } else {
        m_grid->addWidget(cell, index, 1); // under the other fields, e.g. a check box
    }
    m_wideNext = false;
    m_rows.append(row);
    watch(field, index);
}

void FieldForm::reserveWidth(int width)
{
    static_cast<QVBoxLayout *>(layout())->addStrut(width);
}

void FieldForm::addWideRow(QWidget *field, const QStringList &errorKeys)
{
    m_wideNext = true;
    addRow(QString(), field, errorKeys);
}

// Any input inside the field touches the row and asks the form to validate again.
void FieldForm::watch(QWidget *field, int rowIndex)
{
    const auto touched = [this, rowIndex] {
        m_rows[rowIndex].touched = true;
        emit edited();
    };
    QList<QWidget *> widgets{field};
    widgets += field->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (auto *e = qobject_cast<QLineEdit *>(w))
            connect(e, &QLineEdit::textChanged, this, touched);
        else if (auto *t = qobject_cast<QPlainTextEdit *>(w))
            connect(t, &QPlainTextEdit::textChanged, this, touched);
        else if (auto *c = qobject_cast<QComboBox *>(w))
            connect(c, &QComboBox::currentIndexChanged, this, touched);
        else if (auto *s = qobject_cast<QSpinBox *>(w))
            connect(s, &QSpinBox::valueChanged, this, touched);
        else if (auto *b = qobject_cast<QAbstractButton *>(w); b && b->isCheckable())
            connect(b, &QAbstractButton::toggled, this, touched);
        else if (auto *l = qobject_cast<QListWidget *>(w))
            connect(l, &QListWidget::itemChanged, this, touched);
    }
}

FieldErrors FieldForm::showErrors(const FieldErrors &errors, QStringList *waiting)
{
    FieldErrors unclaimed = errors;
    for (Row &row : m_rows) {
        QStringList lines;
        for (const FieldError &e : errors) {
            if (!row.keys.contains(e.field))
                continue;
            unclaimed.removeAll(e);
            lines << e.message;
        }
        lines.removeDuplicates();
        const bool show = row.touched && !lines.isEmpty();
        if (!row.touched && !lines.isEmpty() && waiting)
            *waiting << (row.label ? plainLabel(row.label->text()) : row.keys.value(0));
        // Sentences under a named field read better capitalised: "Is required", "Must be ...".
        for (QString &line : lines)
            line[0] = line[0].toUpper();
        row.error->setText(lines.join(QLatin1Char('\n')));
        row.error->setVisible(show);
        row.field->setToolTip(show ? row.error->text() : QString());
    }
    return unclaimed;
}

void FieldForm::setAllTouched(bool touched)
{
    for (Row &row : m_rows)
        row.touched = touched;
}

const FieldForm::Row *FieldForm::rowFor(const QString &key) const
{
    for (const Row &row : m_rows) {
        if (row.keys.contains(key))
            return &row;
    }
    return nullptr;
}

QString FieldForm::errorText(const QString &key) const
{
    const Row *row = rowFor(key);
    return row && row->error->isVisibleTo(this) ? row->error->text() : QString();
}

QLabel *FieldForm::errorLabel(const QString &key) const
{
    const Row *row = rowFor(key);
    return row ? row->error : nullptr;
}

} // namespace st
