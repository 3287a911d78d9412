#pragma once

#include "domain/Entities.h"
#include "editing/FormData.h"
#include "editing/RecordDialog.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace st {

class DateField;

// Adds or edits a trigger event: a nuclear test or launch, dated in New York time, with the state's
// own date where it differs.
class TriggerEventDialog : public RecordDialog {
    Q_OBJECT
public:
    TriggerEventDialog(const Database &db, const FormCatalog &catalog, const TriggerEvent &event,
                       QWidget *parent = nullptr);

    [[nodiscard]] TriggerEvent enteredEvent() const;
    [[nodiscard]] QComboBox *stateBox() const { return m_state; }
    [[nodiscard]] DateField *dateField() const { return m_date; }
    [[nodiscard]] DateField *localDateField() const { return m_localDate; }
    [[nodiscard]] QComboBox *kindBox() const { return m_kind; }
    [[nodiscard]] QPlainTextEdit *descriptionEdit() const { return m_description; }
    [[nodiscard]] QLineEdit *sourceEdit() const { return m_source; }

protected:
    Result<FieldErrors> check() const override;
    Result<RecordChange> save(const RecordEdits &edits) const override;
    QString describeChange() const override;

private:
    qint64 m_id;
    QComboBox *m_state;
    DateField *m_date;
    DateField *m_localDate;
    QComboBox *m_kind;
    QPlainTextEdit *m_description;
    QLineEdit *m_source;
    QLineEdit *m_note;
};

} // namespace st
