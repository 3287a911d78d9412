#include "editing/FormWidgets.h"

#include "editing/FormData.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace st {

QComboBox *makeStateBox(const FormCatalog &catalog, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    for (const SanctionedState &s : catalog.states)
        box->addItem(s.code + QStringLiteral(" — ") + s.name, s.code);
    return box;
}

QPlainTextEdit *makeTextArea(int lines, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 2 * edit->frameWidth() + 8);
    return edit;
}

QLineEdit *makeUrlEdit(QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setPlaceholderText(QObject::tr("https://…"));
    return edit;
}

void selectData(QComboBox *box, const QVariant &value) { box->setCurrentIndex(box->findData(value)); }

QString measureLabel(const Measure &m)
{
    QStringList parts{m.resolution};
    if (!m.paragraph.isEmpty())
        parts << m.paragraph;
    parts << m.description;
    return parts.join(QStringLiteral(" · "));
}

} // namespace st
