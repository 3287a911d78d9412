#include "editing/StateDialog.h"

#include "editing/FieldForm.h"
#include "editing/FormChecks.h"
#include "editing/RecordEdits.h"

#include <QLineEdit>

namespace st {

StateDialog::StateDialog(const Database &db, const SanctionedState &state, QWidget *parent)
    : RecordDialog(db, state.id ? tr("Edit Sanctioned State") : tr("New Sanctioned State"), parent)
    , m_id(state.id)
    , m_code(new QLineEdit(this))
    , m_name(new QLineEdit(this))
{
    m_code->setPlaceholderText(tr("ISO 3166-1 alpha-3, e.g. PRK"));
    m_code->setMaxLength(3);
    m_name->setPlaceholderText(tr("Democratic People's Republic of Korea"));
    m_name->setMinimumWidth(m_name->fontMetrics().horizontalAdvance(m_name->placeholderText()) + 24);

    FieldForm *form = addForm();
    form->addRow(tr("C&ode:"), m_code, QStringLiteral("code"));
    form->addRow(tr("&Name:"), m_name, QStringLiteral("name"));

    m_code->setText(state.code);
    m_name->setText(state.name);
    finishSetup(state.id != 0);
}

SanctionedState StateDialog::state() const
{
    return {m_id, m_code->text().trimmed().toUpper(), m_name->text().trimmed()};
}

Result<FieldErrors> StateDialog::check() const { return FormChecks(m_db).state(state(), m_id); }

Result<RecordChange> StateDialog::save(const RecordEdits &edits) const
{
    return m_id ? edits.updateState(m_id, state()) : edits.createState(state());
}

QString StateDialog::describeChange() const
{
    return (m_id ? tr("Edit state %1") : tr("Add state %1")).arg(state().code);
}

} // namespace st
