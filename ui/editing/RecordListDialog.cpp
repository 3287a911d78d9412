#include "editing/RecordListDialog.h"

#include <QDialogButtonBox>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace st {

RecordListDialog::RecordListDialog(const QString &title, Loader loader, QWidget *parent)
    : QDialog(parent)
    , m_loader(std::move(loader))
    , m_list(new QListWidget(this))
{
    setWindowTitle(title);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_new = buttons->addButton(tr("&New…"), QDialogButtonBox::ActionRole);
    m_edit = buttons->addButton(tr("&Edit…"), QDialogButtonBox::ActionRole);
    m_delete = buttons->addButton(tr("&Delete"), QDialogButtonBox::ActionRole);
    m_list->setTextElideMode(Qt::ElideRight); // each item's tooltip has the whole text
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setUniformItemSizes(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_new, &QPushButton::clicked, this, &RecordListDialog::newRequested);
    connect(m_edit, &QPushButton::clicked, this, [this] { emit editRequested(currentId()); });
    connect(m_delete, &QPushButton::clicked, this, [this] { emit deleteRequested(currentId()); });
    connect(m_list, &QListWidget::itemActivated, this, [this] {
        if (m_mayChange)
            emit editRequested(currentId());
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &RecordListDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(640, 420);
    reload();
}

void RecordListDialog::reload()
{
    const qint64 current = currentId();
    auto entries = m_loader();
    m_list->clear();
    if (!entries) {
        QMessageBox::warning(this, windowTitle(), entries.error().message);
        return;
    }
    for (const Entry &e : entries.value()) {
        auto *item = new QListWidgetItem(e.text, m_list);
        item->setData(Qt::UserRole, e.id);
        item->setToolTip(e.text);
    }
    setCurrentId(current);
    updateButtons();
}

qint64 RecordListDialog::currentId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void RecordListDialog::setCurrentId(qint64 id)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toLongLong() == id) {
            m_list->setCurrentRow(i);
            return;
        }
    }
    if (m_list->count() > 0 && !m_list->currentItem())
        m_list->setCurrentRow(0);
}

void RecordListDialog::keepForEditors(const DatabaseAccess &access)
{
    m_mayChange = access.mayChange;
    const QString why = m_mayChange ? QString() : readOnlyAccountMessage(access.account);
    for (QPushButton *button : {m_new, m_edit, m_delete})
        button->setToolTip(why);
    updateButtons();
}

void RecordListDialog::updateButtons()
{
    m_new->setEnabled(m_mayChange);
    m_edit->setEnabled(m_mayChange && currentId() != 0);
    m_delete->setEnabled(m_mayChange && currentId() != 0);
}

} // namespace st
