#include "editing/TriggerEventDialog.h"

#include "editing/DateField.h"
#include "editing/FieldForm.h"
#include "editing/FormChecks.h"
#include "editing/FormWidgets.h"
#include "editing/RecordEdits.h"
#include "domain/Wording.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace st {

TriggerEventDialog::TriggerEventDialog(const Database &db, const FormCatalog &catalog, const TriggerEvent &event,
                                       QWidget *parent)
    : RecordDialog(db, event.id ? tr("Edit Trigger Event") : tr("New Trigger Event"), parent)
    , m_id(event.id)
    , m_state(makeStateBox(catalog, this))
    , m_date(new DateField(this))
    , m_localDate(new DateField(this))
    , m_kind(new QComboBox(this))
    , m_description(makeTextArea(3, this))
    , m_source(makeUrlEdit(this))
    , m_note(new QLineEdit(this))
{
    for (const QString &code : allCodes<EventKind>())
        m_kind->addItem(displayName(*fromCode<EventKind>(code)), code);
    m_localDate->setToolTip(tr("The state's own date, when it differs from New York's (launches at dawn in Asia)"));
    m_description->setPlaceholderText(tr("Launch of a Hwasong-15 intercontinental ballistic missile"));

    FieldForm *form = addForm(520);
    form->addRow(tr("S&tate:"), m_state, QStringLiteral("state"));
    form->addRow(tr("&Date (New York):"), m_date, QStringLiteral("date"));
    form->addRow(tr("&Local date:"), m_localDate, QStringLiteral("local_date"));
    form->addRow(tr("&Kind:"), m_kind, QStringLiteral("kind"));
    form->addRow(tr("D&escription:"), m_description, QStringLiteral("description"));
    form->addRow(tr("Sou&rce:"), m_source, QStringLiteral("source"));
    form->addRow(tr("&Note:"), m_note, QStringLiteral("note"));

    selectData(m_state, event.stateCode.isEmpty() && !catalog.states.isEmpty() ? catalog.states.first().code : event.stateCode);
    m_date->setDate(event.date);
    m_localDate->setDate(event.localDate);
    selectData(m_kind, toCode(event.kind));
    m_description->setPlainText(event.description);
    m_source->setText(event.source);
    m_note->setText(event.note);
    finishSetup(event.id != 0);
}

TriggerEvent TriggerEventDialog::enteredEvent() const
{
    TriggerEvent e;
    e.id = m_id;
    e.stateCode = m_state->currentData().toString();
    e.date = m_date->date();
    e.localDate = m_localDate->date();
    e.kind = fromCode<EventKind>(m_kind->currentData().toString()).value_or(EventKind::Other);
    e.description = m_description->toPlainText().trimmed();
    e.source = m_source->text().trimmed();
    e.note = m_note->text().trimmed();
    return e;
}

Result<FieldErrors> TriggerEventDialog::check() const
{
    auto errors = FormChecks(m_db).event(enteredEvent(), m_id);
    if (!errors)
        return errors;
    return withDateTexts(errors.value(), {{QStringLiteral("date"), m_date->text()},
                                          {QStringLiteral("local_date"), m_localDate->text()}});
}

Result<RecordChange> TriggerEventDialog::save(const RecordEdits &edits) const
{
    return m_id ? edits.updateEvent(m_id, enteredEvent()) : edits.createEvent(enteredEvent());
}

QString TriggerEventDialog::describeChange() const
{
    const TriggerEvent e = enteredEvent();
    return (m_id ? tr("Edit event of %1") : tr("Add event of %1")).arg(dayText(e.date));
}

} // namespace st
