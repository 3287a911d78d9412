#pragma once

#include "domain/Entities.h"
#include "editing/RecordDialog.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace st {

// Adds or edits a measure type: its stable code, name, category, whether it carries a cap.
class MeasureTypeDialog : public RecordDialog {
    Q_OBJECT
public:
    MeasureTypeDialog(const Database &db, const MeasureType &type, QWidget *parent = nullptr);

    [[nodiscard]] MeasureType measureType() const;
    [[nodiscard]] QLineEdit *codeEdit() const { return m_code; }
    [[nodiscard]] QLineEdit *nameEdit() const { return m_name; }
    [[nodiscard]] QComboBox *categoryBox() const { return m_category; }
    [[nodiscard]] QCheckBox *hasCapBox() const { return m_hasCap; }

protected:
    Result<FieldErrors> check() const override;
    Result<RecordChange> save(const RecordEdits &edits) const override;
    QString describeChange() const override;

private:
    qint64 m_id;
    QLineEdit *m_code;
    QLineEdit *m_name;
    QComboBox *m_category;
    QCheckBox *m_hasCap;
    QPlainTextEdit *m_description;
};

} // namespace st
