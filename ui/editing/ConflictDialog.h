#pragma once

#include "editing/EditConflict.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace st {

// Shown when a form's save finds that someone else saved the record after the form opened: who and
// when, the fields where their record and the form differ side by side, and the three ways on —
// take theirs into the form, save mine over theirs on purpose, or go back to the form.
class ConflictDialog : public QDialog {
    Q_OBJECT
public:
    enum Choice { Cancel = 0, Reload, Overwrite };

    explicit ConflictDialog(const EditConflict &conflict, QWidget *parent = nullptr);

    [[nodiscard]] QLabel *summaryLabel() const { return m_summary; }
    [[nodiscard]] QTableWidget *fieldsTable() const { return m_fields; }
    [[nodiscard]] QPushButton *reloadButton() const { return m_reload; }
    [[nodiscard]] QPushButton *overwriteButton() const { return m_overwrite; }
    [[nodiscard]] QPushButton *cancelButton() const { return m_cancel; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    QLabel *m_summary;
    QTableWidget *m_fields;
    QPushButton *m_reload;
    QPushButton *m_overwrite;
    QPushButton *m_cancel;
};

} // namespace st
