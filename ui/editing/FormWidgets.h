#pragma once

#include "domain/Entities.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QWidget;

namespace st {

struct FormCatalog;

// Small factories the record forms share, so the same kind of field looks and behaves the same in
// every dialog.

// "PRK — Democratic People's Republic of Korea", with the code as item data.
QComboBox *makeStateBox(const FormCatalog &catalog, QWidget *parent);
// A plain-text area `lines` lines tall whose Tab moves on to the next field.
QPlainTextEdit *makeTextArea(int lines, QWidget *parent);
QLineEdit *makeUrlEdit(QWidget *parent);
// Selects the item whose data is `value`; none when there is no such item.
void selectData(QComboBox *box, const QVariant &value);
// "S/RES/2375 (2017) · OP 14 · Cap of 2,000,000 barrels a year", for picking an earlier measure.
QString measureLabel(const Measure &measure);

} // namespace st
