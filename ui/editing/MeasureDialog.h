#pragma once

#include "domain/Entities.h"
#include "editing/FormData.h"
#include "editing/RecordDialog.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace st {

class DateField;

// Adds or edits a measure. The resolution is typed with completion; the state follows the resolution
// until the user picks one; the cap fields are open only for measure types that carry a cap; "changes"
// offers the same state's measures of the same type from earlier resolutions.
class MeasureDialog : public RecordDialog {
    Q_OBJECT
public:
    // `measure.id` 0: a new measure; its `resolution` and `stateCode` pre-fill the form.
    MeasureDialog(const Database &db, FormCatalog catalog, const Measure &measure, QWidget *parent = nullptr);

    [[nodiscard]] Measure measure() const;

    [[nodiscard]] QLineEdit *resolutionEdit() const { return m_resolution; }
    [[nodiscard]] QComboBox *stateBox() const { return m_state; }
    [[nodiscard]] QComboBox *typeBox() const { return m_type; }
    [[nodiscard]] QComboBox *actionBox() const { return m_action; }
    [[nodiscard]] QPlainTextEdit *descriptionEdit() const { return m_description; }
    [[nodiscard]] QLineEdit *paragraphEdit() const { return m_paragraph; }
    // The area of one of the measure's quoted texts (domain/MeasureTexts), by its column; nullptr for another name.
    [[nodiscard]] QPlainTextEdit *textEdit(QStringView column) const;
    [[nodiscard]] QLineEdit *capValueEdit() const { return m_capValue; }
    [[nodiscard]] QLineEdit *capUnitEdit() const { return m_capUnit; }
    [[nodiscard]] QLineEdit *capPeriodEdit() const { return m_capPeriod; }
    [[nodiscard]] DateField *effectiveFromField() const { return m_from; }
    [[nodiscard]] DateField *effectiveToField() const { return m_to; }
    [[nodiscard]] QComboBox *changesBox() const { return m_changes; }
    [[nodiscard]] QLineEdit *sourceEdit() const { return m_source; }

protected:
    Result<FieldErrors> check() const override;
    Result<RecordChange> save(const RecordEdits &edits) const override;
    QString describeChange() const override;

private:
    QWidget *capRow();
    void resolutionEdited();
    void typeChosen();
    void refreshLineage();
    [[nodiscard]] bool typeHasCap() const;

    FormCatalog m_catalog;
    qint64 m_id;
    qint64 m_storedChangesId;
    bool m_stateChosen;
    QLineEdit *m_resolution;
    QComboBox *m_state;
    QComboBox *m_type;
    QComboBox *m_action;
    QPlainTextEdit *m_description;
    QLineEdit *m_paragraph;
    QList<QPlainTextEdit *> m_texts; // measureTexts(), in its order
    QWidget *m_cap = nullptr;
    QLineEdit *m_capValue;
    QLineEdit *m_capUnit;
    QLineEdit *m_capPeriod;
    DateField *m_from;
    DateField *m_to;
    QComboBox *m_changes;
    QLineEdit *m_source;
    QLineEdit *m_note;
};

} // namespace st
