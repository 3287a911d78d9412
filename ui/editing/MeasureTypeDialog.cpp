#include "editing/MeasureTypeDialog.h"

#include "editing/FieldForm.h"
#include "editing/FormChecks.h"
#include "editing/RecordEdits.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace st {

MeasureTypeDialog::MeasureTypeDialog(const Database &db, const MeasureType &type, QWidget *parent)
    : RecordDialog(db, type.id ? tr("Edit Measure Type") : tr("New Measure Type"), parent)
    , m_id(type.id)
    , m_code(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_hasCap(new QCheckBox(tr("Measures of this type carry a ca&p (a quantity per period)"), this))
    , m_description(new QPlainTextEdit(this))
{
    m_code->setPlaceholderText(tr("lower_case_code, e.g. coal_ban"));
    m_name->setPlaceholderText(tr("Coal export ban"));
    m_category->addItems(measureCategories());
    m_description->setPlaceholderText(tr("What states must do under a measure of this type."));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4 + 12);

    FieldForm *form = addForm(480);
    form->addRow(tr("C&ode:"), m_code, QStringLiteral("code"));
    form->addRow(tr("&Name:"), m_name, QStringLiteral("name"));
    form->addRow(tr("Ca&tegory:"), m_category, QStringLiteral("category"));
    form->addRow(QString(), m_hasCap, QStringLiteral("has_cap"));
    form->addRow(tr("&Description:"), m_description, QStringLiteral("description"));

    m_code->setText(type.code);
    m_name->setText(type.name);
    m_category->setCurrentIndex(qMax(0, int(measureCategories().indexOf(type.category))));
    m_hasCap->setChecked(type.hasCap);
    m_description->setPlainText(type.description);
    finishSetup(type.id != 0);
}

MeasureType MeasureTypeDialog::measureType() const
{
    return {m_id, m_code->text().trimmed(), m_name->text().trimmed(), m_category->currentText(), m_hasCap->isChecked(),
            m_description->toPlainText().trimmed()};
}

Result<FieldErrors> MeasureTypeDialog::check() const { return FormChecks(m_db).measureType(measureType(), m_id); }

Result<RecordChange> MeasureTypeDialog::save(const RecordEdits &edits) const
{
    return m_id ? edits.updateMeasureType(m_id, measureType()) : edits.createMeasureType(measureType());
}

QString MeasureTypeDialog::describeChange() const
{
    return (m_id ? tr("Edit measure type %1") : tr("Add measure type %1")).arg(measureType().code);
}

} // namespace st
