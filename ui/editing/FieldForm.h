#pragma once

#include "validation/Validation.h"

#include <QWidget>

class QGridLayout;
class QLabel;

namespace st {

// A column of labelled fields, each with an error line right under it that shows the validation
// errors for that field's keys ("votes.for", "cap.unit", ...) as the user types. A field's errors
// stay hidden until the user has touched it, so a new, empty form is not a wall of red; the form
// reports which untouched fields still need input instead.
class FieldForm : public QWidget {
    Q_OBJECT
public:
    explicit FieldForm(QWidget *parent = nullptr);

    // `label` may carry a mnemonic (&Symbol); the label becomes the field's buddy. Without a label the
    // field lines up under the other fields (a check box).
    void addRow(const QString &label, QWidget *field, const QStringList &errorKeys);
    void addRow(const QString &label, QWidget *field, const QString &errorKey)
    {
        addRow(label, field, QStringList{errorKey});
    }
    // A wide row without a label (a note, a group of check boxes).
    void addWideRow(QWidget *field, const QStringList &errorKeys = {});
    // At least `width` wide, and wider when a row needs it (a translated vote row): unlike
    // setMinimumWidth, which would clip such a row.
    void reserveWidth(int width);

    // Shows each touched row's errors; returns the errors no row claims. `waiting` receives the
    // labels of untouched rows that have errors.
    FieldErrors showErrors(const FieldErrors &errors, QStringList *waiting);
    void setAllTouched(bool touched);

    [[nodiscard]] QString errorText(const QString &key) const; // the line shown for that key's row
    [[nodiscard]] QLabel *errorLabel(const QString &key) const;

signals:
    void edited();

private:
    struct Row {
        QLabel *label = nullptr;
        QWidget *field = nullptr;
        QLabel *error = nullptr;
        QStringList keys;
        bool touched = false;
    };
    const Row *rowFor(const QString &key) const;
    void watch(QWidget *field, int rowIndex);

    QGridLayout *m_grid;
    QList<Row> m_rows;
    bool m_wideNext = false;
};

} // namespace st
