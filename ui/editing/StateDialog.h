#pragma once

#include "domain/Entities.h"
#include "editing/RecordDialog.h"

class QLineEdit;

namespace st {

// Adds or edits a sanctioned state: its ISO 3166-1 alpha-3 code and name.
class StateDialog : public RecordDialog {
    Q_OBJECT
public:
    // `state.id` 0: a new state.
    StateDialog(const Database &db, const SanctionedState &state, QWidget *parent = nullptr);

    [[nodiscard]] SanctionedState state() const;
    [[nodiscard]] QLineEdit *codeEdit() const { return m_code; }
    [[nodiscard]] QLineEdit *nameEdit() const { return m_name; }

protected:
    Result<FieldErrors> check() const override;
    Result<RecordChange> save(const RecordEdits &edits) const override;
    QString describeChange() const override;

private:
    qint64 m_id;
    QLineEdit *m_code;
    QLineEdit *m_name;
};

} // namespace st
