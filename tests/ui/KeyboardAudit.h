#pragma once

// Checks a window the way a keyboard user meets it: every access key (Alt+letter) used once among
// what is on screen together, every label in front of a field tied to it as its buddy, and the buddy
// able to take the focus.
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QBoxLayout>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTabBar>
#include <QTabWidget>
#include <QTextEdit>
#include <QToolBar>

#include <functional>
#include <map>

namespace st::test {

inline bool isInputWidget(const QWidget *w)
{
    if (!w)
        return false;
    const auto direct = [](const QWidget *x) {
        return qobject_cast<const QLineEdit *>(x) || qobject_cast<const QAbstractSpinBox *>(x) ||
               qobject_cast<const QComboBox *>(x) || qobject_cast<const QPlainTextEdit *>(x) ||
               (qobject_cast<const QTextEdit *>(x) && !static_cast<const QTextEdit *>(x)->isReadOnly());
    };
    if (direct(w))
        return true;
    for (const QWidget *child : w->findChildren<QWidget *>()) {
        if (direct(child))
            return true;
    }
    return false;
}

inline QLayout *layoutHolding(QLayout *layout, QWidget *w)
{
    if (!layout)
        return nullptr;
    if (layout->indexOf(w) >= 0)
        return layout;
    for (int i = 0; i < layout->count(); ++i) {
        if (QLayout *found = layoutHolding(layout->itemAt(i)->layout(), w))
            return found;
    }
    return nullptr;
}

inline QWidget *widgetOf(QLayoutItem *item)
{
    if (!item)
        return nullptr;
    if (item->widget())
        return item->widget();
    if (QLayout *l = item->layout()) {
        for (int i = 0; i < l->count(); ++i) {
            if (QWidget *w = widgetOf(l->itemAt(i)))
                return w;
        }
    }
    return nullptr;
}

// The widget a label stands in front of, in its layout (the next cell of its row, the next widget of
// its box); null when the label ends its row.
inline QWidget *widgetAfter(QLabel *label)
{
    QWidget *parent = label->parentWidget();
    QLayout *layout = parent ? layoutHolding(parent->layout(), label) : nullptr;
    if (!layout)
        return nullptr;
    if (auto *form = qobject_cast<QFormLayout *>(layout)) {
        int row = -1;
        QFormLayout::ItemRole role;
        form->getWidgetPosition(label, &row, &role);
        return role == QFormLayout::LabelRole ? widgetOf(form->itemAt(row, QFormLayout::FieldRole)) : nullptr;
    }
    if (auto *grid = qobject_cast<QGridLayout *>(layout)) {
        int row = 0, column = 0, rowSpan = 0, columnSpan = 0;
        grid->getItemPosition(grid->indexOf(label), &row, &column, &rowSpan, &columnSpan);
        return widgetOf(grid->itemAtPosition(row, column + columnSpan));
    }
    for (int i = layout->indexOf(label) + 1; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (item->spacerItem())
            continue;
        return widgetOf(item);
    }
    return nullptr;
}

struct AccessKey {
    QKeySequence keys;
    QString owner;
    QLabel *label = nullptr;
};

// The access keys on screen in `window` now, and what is wrong with its labels.
inline QList<AccessKey> accessKeys(QWidget *window, QStringList *problems)
{
    QList<AccessKey> keys;
    const auto add = [&keys](const QString &text, const QString &owner, QLabel *label = nullptr) {
        const QKeySequence k = QKeySequence::mnemonic(text);
        if (!k.isEmpty())
            keys.append({k, owner, label});
    };
    auto *main = qobject_cast<QMainWindow *>(window);
    if (auto *bar = main ? qobject_cast<QMenuBar *>(main->menuWidget()) : nullptr) {
        for (QAction *a : bar->actions()) {
            if (a->isVisible() && !a->isSeparator())
                add(a->text(), QStringLiteral("menu “%1”").arg(a->text()));
        }
    }
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (w->window() != window || !w->isVisibleTo(window))
            continue;
        if (auto *label = qobject_cast<QLabel *>(w)) {
            const QString text = label->text();
            const QString name = QStringLiteral("label “%1”").arg(text);
            add(text, name, label);
            const bool hasKey = !QKeySequence::mnemonic(text).isEmpty();
            QWidget *field = widgetAfter(label);
            const bool namesAField = field && isInputWidget(field) && text.contains(QRegularExpression(QStringLiteral("\\w")));
            if ((hasKey || namesAField) && !label->buddy())
                problems->append(QStringLiteral("%1 has no buddy: Alt+letter cannot reach its field").arg(name));
            if (label->buddy() && label->buddy()->focusPolicy() == Qt::NoFocus)
                problems->append(QStringLiteral("%1: its buddy %2 takes no focus")
                                     .arg(name, QString::fromLatin1(label->buddy()->metaObject()->className())));
            if (namesAField && text.trimmed().endsWith(QLatin1Char(':')) && !hasKey)
                problems->append(QStringLiteral("%1 has no access key").arg(name));
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            QString text = button->text();
            // GNOME and KDE give the standard buttons an access key (&Save, &Cancel, &OK) where other
            // platforms do not: the window must leave those letters free.
            auto *box = qobject_cast<QDialogButtonBox *>(button->parentWidget());
            if (box && box->standardButton(button) != QDialogButtonBox::NoButton && !text.contains(QLatin1Char('&')))
                text.prepend(QLatin1Char('&'));
            add(text, QStringLiteral("button “%1”").arg(text));
        } else if (auto *group = qobject_cast<QGroupBox *>(w); group && group->isCheckable()) {
            add(group->title(), QStringLiteral("group “%1”").arg(group->title()));
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i), QStringLiteral("tab “%1”").arg(tabs->tabText(i)));
        }
    }
    return keys;
}

// Problems of `window` as it is on screen now: clashing access keys, labels without a buddy.
inline QStringList auditKeyboard(QWidget *window)
{
    QStringList problems;
    const QList<AccessKey> keys = accessKeys(window, &problems);
    std::map<QString, QStringList> owners;
    for (const AccessKey &k : keys)
        owners[k.keys.toString(QKeySequence::PortableText)] << k.owner;
    for (const auto &[sequence, who] : owners) {
        if (who.size() > 1)
            problems << QStringLiteral("%1 is used by %2").arg(sequence, who.join(QStringLiteral(", ")));
    }
    const QString title = window->windowTitle();
    for (QString &p : problems)
        p = QStringLiteral("[%1] %2").arg(title, p);
    return problems;
}

// The audit of `window` with each tab of each tab widget shown in turn (tabs hide each other's keys).
inline QStringList auditAllTabs(QWidget *window)
{
    QStringList problems = auditKeyboard(window);
    for (QTabWidget *tabs : window->findChildren<QTabWidget *>()) {
        if (tabs->window() != window || !tabs->isVisibleTo(window))
            continue;
        const int keep = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            problems += auditKeyboard(window);
        }
        tabs->setCurrentIndex(keep);
    }
    problems.removeDuplicates();
    return problems;
}

// Access keys used twice within one menu of `window`'s menu bar (submenus each on their own).
inline QStringList auditMenus(QMainWindow *window)
{
    QStringList problems;
    std::function<void(QMenu *)> walk = [&](QMenu *menu) {
        std::map<QString, QStringList> owners;
        for (QAction *a : menu->actions()) {
            if (a->menu())
                walk(a->menu());
            const QKeySequence k = QKeySequence::mnemonic(a->text());
            if (a->isVisible() && !a->isSeparator() && !k.isEmpty())
                owners[k.toString(QKeySequence::PortableText)] << QStringLiteral("“%1”").arg(a->text());
        }
        for (const auto &[sequence, who] : owners) {
            if (who.size() > 1)
                problems << QStringLiteral("[menu %1] %2 is used by %3")
                                .arg(menu->title(), sequence, who.join(QStringLiteral(", ")));
        }
    };
    for (QAction *top : window->menuBar()->actions()) {
        if (top->menu())
            walk(top->menu());
    }
    return problems;
}

} // namespace st::test
