#include "editing/ConflictDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace st {

ConflictDialog::ConflictDialog(const EditConflict &conflict, QWidget *parent)
    : QDialog(parent)
    , m_summary(new QLabel(conflictSummary(conflict), this))
    , m_fields(new QTableWidget(int(conflict.fields.size()), 3, this))
{
    setObjectName(QStringLiteral("editConflict"));
    setWindowTitle(tr("Changed by Someone Else"));
    setModal(true);

    auto *icon = new QLabel(this);
    const int side = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(side, side));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    const QString who = conflict.stored.changedBy.isEmpty() ? tr("Theirs") : tr("Theirs (%1)").arg(conflict.stored.changedBy);
    m_fields->setHorizontalHeaderLabels({tr("Field"), who, tr("Yours")});
    m_fields->verticalHeader()->hide();
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fields->setSelectionMode(QAbstractItemView::NoSelection);
    m_fields->setWordWrap(true);
    m_fields->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_fields->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_fields->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_fields->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    for (int row = 0; row < conflict.fields.size(); ++row) {
        const FieldDifference &f = conflict.fields.at(row);
        const auto cell = [](const QString &text) {
            // A long summary or note shows its beginning; the tooltip holds all of it.
            constexpr int kShown = 240;
            const QString shown = text.size() > kShown ? text.left(kShown).trimmed() + QStringLiteral("…") : text;
            auto *item = new QTableWidgetItem(text.isEmpty() ? tr("(empty)") : shown);
            item->setToolTip(text);
            item->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
            return item;
        };
        m_fields->setItem(row, 0, cell(f.field));
        m_fields->setItem(row, 1, cell(f.theirs));
        m_fields->setItem(row, 2, cell(f.yours));
    }
    m_fields->setFocusPolicy(Qt::NoFocus); // a table to read, not to pick from
    // Each row as tall as its wrapped text at the columns' final widths.
    m_fields->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *question = new QLabel(tr("Reload Theirs puts their version in the form in place of what you typed. "
                                   "Overwrite with Mine saves yours over theirs, and the undo history says so. "
                                   "Cancel goes back to your form."), this);
    question->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    m_reload = buttons->addButton(tr("Reload Theirs"), QDialogButtonBox::ResetRole);
    m_overwrite = buttons->addButton(tr("Overwrite with Mine"), QDialogButtonBox::DestructiveRole);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setDefault(true); // Enter never overwrites
    connect(m_reload, &QPushButton::clicked, this, [this] { done(Reload); });
    connect(m_overwrite, &QPushButton::clicked, this, [this] { done(Overwrite); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { done(Cancel); });

    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(m_summary, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_fields, 1);
    layout->addWidget(question);
    layout->addWidget(buttons);
    resize(640, 260 + 28 * int(qMin<qsizetype>(conflict.fields.size(), 8)));
}

void ConflictDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    m_cancel->setFocus(); // the safe way on, as Enter and Escape are
}

} // namespace st
