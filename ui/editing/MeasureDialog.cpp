#include "editing/MeasureDialog.h"

#include "domain/MeasureTexts.h"
#include "editing/DateField.h"
#include "editing/FieldForm.h"
#include "editing/FormChecks.h"
#include "editing/FormWidgets.h"
#include "editing/RecordEdits.h"
#include "workspace/WorkspaceLists.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>

#include <limits>

namespace st {

namespace {

QString actionLabel(MeasureAction action)
{
    switch (action) {
    case MeasureAction::Introduces: return MeasureDialog::tr("Introduces");
    case MeasureAction::Expands: return MeasureDialog::tr("Expands");
    case MeasureAction::Tightens: return MeasureDialog::tr("Tightens");
    case MeasureAction::Relaxes: return MeasureDialog::tr("Relaxes");
    case MeasureAction::Renews: return MeasureDialog::tr("Renews");
    case MeasureAction::Terminates: return MeasureDialog::tr("Terminates");
    case MeasureAction::Reinstates: return MeasureDialog::tr("Reinstates");
    }
    return {};
}

// The user's locale first ("500 000" or "500,000"), then plain C ("500000.5"). Not a number: NaN,
// which the cap rule reports as "must be a positive number".
double parseNumber(const QString &text)
{
    bool ok = false;
    double v = QLocale().toDouble(text.trimmed(), &ok);
    if (!ok)
        v = QLocale::c().toDouble(text.trimmed(), &ok);
    return ok ? v : std::numeric_limits<double>::quiet_NaN();
}

QString numberText(double v) { return QLocale::c().toString(v, 'g', 15); }

} // namespace

MeasureDialog::MeasureDialog(const Database &db, FormCatalog catalog, const Measure &m, QWidget *parent)
    : RecordDialog(db, m.id ? tr("Edit Measure") : tr("New Measure"), parent)
    , m_catalog(std::move(catalog))
    , m_id(m.id)
    , m_storedChangesId(m.changesId)
    , m_stateChosen(m.id != 0)
    , m_resolution(new QLineEdit(this))
    , m_state(makeStateBox(m_catalog, this))
    , m_type(new QComboBox(this))
    , m_action(new QComboBox(this))
    , m_description(makeTextArea(3, this))
    , m_paragraph(new QLineEdit(this))
    , m_capValue(new QLineEdit(this))
    , m_capUnit(new QLineEdit(this))
    , m_capPeriod(new QLineEdit(this))
    , m_from(new DateField(this))
    , m_to(new DateField(this))
    , m_changes(new QComboBox(this))
    , m_source(makeUrlEdit(this))
    , m_note(new QLineEdit(this))
{
    QStringList symbols;
    for (auto it = m_catalog.resolutions.crbegin(); it != m_catalog.resolutions.crend(); ++it)
        symbols << it->symbol; // newest first: new measures mostly belong to recent resolutions
    auto *completer = new QCompleter(symbols, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_resolution->setCompleter(completer);
    m_resolution->setPlaceholderText(tr("Type a number or symbol, e.g. 2397"));

    m_type->setPlaceholderText(tr("Choose a measure type"));
    QList<MeasureType> types = m_catalog.measureTypes;
    sortMeasureTypesForDisplay(types); // the order of the browser's filter
    for (const MeasureType &t : std::as_const(types)) {
        m_type->addItem(t.name, t.code);
        m_type->setItemData(m_type->count() - 1, t.description, Qt::ToolTipRole);
    }
    for (const QString &code : allCodes<MeasureAction>())
        m_action->addItem(actionLabel(*fromCode<MeasureAction>(code)), code);
    m_description->setPlaceholderText(tr("What states must do, in the resolution's words"));
    m_paragraph->setPlaceholderText(tr("OP 14"));
    for (const MeasureText &t : measureTexts()) {
        m_texts << makeTextArea(3, this);
        m_texts.last()->setPlaceholderText(placeholderOf(t));
    }
    m_changes->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_changes->setMinimumContentsLength(40);

    FieldForm *form = addForm(580);
    form->addRow(tr("&Resolution:"), m_resolution, QStringLiteral("resolution"));
    form->addRow(tr("Stat&e:"), m_state, QStringLiteral("state"));
    form->addRow(tr("Measure &type:"), m_type, QStringLiteral("type"));
    form->addRow(tr("&Action:"), m_action, QStringLiteral("action"));
    form->addRow(tr("&Description:"), m_description, QStringLiteral("description"));
    form->addRow(tr("Para&graph:"), m_paragraph, QStringLiteral("paragraph"));
    for (qsizetype i = 0; i < m_texts.size(); ++i) {
        const MeasureText &text = measureTexts()[std::size_t(i)];
        form->addRow(formLabelOf(text), m_texts[i], QString::fromLatin1(text.column));
    }
    form->addRow(tr("Ca&p:"), capRow(), {QStringLiteral("cap"), QStringLiteral("cap.value"), QStringLiteral("cap.unit"),
                                         QStringLiteral("cap.period")});
    form->addRow(tr("Effective &from:"), m_from, QStringLiteral("effective_from"));
    form->addRow(tr("Effective t&o:"), m_to, QStringLiteral("effective_to"));
    form->addRow(tr("C&hanges:"), m_changes, QStringLiteral("changes"));
    form->addRow(tr("So&urce:"), m_source, QStringLiteral("source"));
    form->addRow(tr("&Note:"), m_note, QStringLiteral("note"));

    m_resolution->setText(m.resolution);
    selectData(m_state, m.stateCode);
    selectData(m_type, m.typeCode);
    selectData(m_action, toCode(m.action));
    m_description->setPlainText(m.description);
    m_paragraph->setText(m.paragraph);
    for (qsizetype i = 0; i < m_texts.size(); ++i)
        m_texts[i]->setPlainText(m.*(measureTexts()[std::size_t(i)].member));
    if (m.cap) {
        m_capValue->setText(numberText(m.cap->value));
        m_capUnit->setText(m.cap->unit);
        m_capPeriod->setText(m.cap->period);
    }
    m_from->setDate(m.effectiveFrom);
    m_to->setDate(m.effectiveTo);
    m_source->setText(m.source);
    m_note->setText(m.note);
    typeChosen();

    connect(m_resolution, &QLineEdit::textChanged, this, &MeasureDialog::resolutionEdited);
    connect(m_state, &QComboBox::activated, this, [this] { m_stateChosen = true; });
    connect(m_state, &QComboBox::currentIndexChanged, this, &MeasureDialog::refreshLineage);
    connect(m_type, &QComboBox::currentIndexChanged, this, &MeasureDialog::typeChosen);
    finishSetup(m.id != 0);
}

QPlainTextEdit *MeasureDialog::textEdit(QStringView column) const
{
    const MeasureText *text = measureText(column);
    return text ? m_texts.value(text - measureTexts().data()) : nullptr;
}

QWidget *MeasureDialog::capRow()
{
    m_cap = new QWidget(this);
    m_capValue->setPlaceholderText(tr("500000"));
    m_capUnit->setPlaceholderText(tr("barrels"));
    m_capPeriod->setPlaceholderText(tr("year"));
    auto *layout = new QHBoxLayout(m_cap);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_capValue, 2);
    layout->addWidget(m_capUnit, 2);
    auto *per = new QLabel(tr("per"), m_cap);
    per->setBuddy(m_capPeriod);
    layout->addWidget(per);
    layout->addWidget(m_capPeriod, 1);
    return m_cap;
}

bool MeasureDialog::typeHasCap() const
{
    const MeasureType *type = m_catalog.measureType(m_type->currentData().toString());
    return type && type->hasCap;
}

void MeasureDialog::resolutionEdited()
{
    // The state follows the resolution until the user picks one: most resolutions name one state.
    const Resolution *r = m_catalog.resolution(m_resolution->text().trimmed());
    if (r && !m_stateChosen && !r->states.isEmpty() && !r->states.contains(m_state->currentData().toString()))
        selectData(m_state, r->states.first());
    refreshLineage();
}

void MeasureDialog::typeChosen()
{
    m_cap->setEnabled(typeHasCap());
    m_cap->setToolTip(typeHasCap() ? QString() : tr("Only measure types that carry a cap have one"));
    refreshLineage();
}

void MeasureDialog::refreshLineage()
{
    const qint64 current = m_changes->count() ? m_changes->currentData().toLongLong() : m_storedChangesId;
    const Resolution *own = m_catalog.resolution(m_resolution->text().trimmed());
    auto candidates = lineageCandidates(m_db, m_state->currentData().toString(), m_type->currentData().toString(),
                                        own ? own->date : QDate());
    const QSignalBlocker quiet(m_changes);
    m_changes->clear();
    m_changes->addItem(tr("Nothing: a new measure"), qint64(0));
    if (candidates) {
        for (const Measure &c : candidates.value()) {
            m_changes->addItem(measureLabel(c), c.id);
            m_changes->setItemData(m_changes->count() - 1, measureLabel(c), Qt::ToolTipRole);
        }
    }
    // A stored link that no longer fits stays visible, so the rule can say what is wrong with it.
    if (current != 0 && m_changes->findData(current) < 0) {
        auto stored = loadMeasure(m_db, current);
        if (stored)
            m_changes->addItem(measureLabel(stored.value()), current);
    }
    selectData(m_changes, current);
    if (m_changes->currentIndex() < 0)
        m_changes->setCurrentIndex(0);
    revalidate();
}

Measure MeasureDialog::measure() const
{
    Measure m;
    m.id = m_id;
    m.resolution = m_resolution->text().trimmed();
    m.stateCode = m_state->currentData().toString();
    m.typeCode = m_type->currentData().toString();
    m.action = fromCode<MeasureAction>(m_action->currentData().toString()).value_or(MeasureAction::Introduces);
    m.description = m_description->toPlainText().trimmed();
    m.paragraph = m_paragraph->text().trimmed();
    for (qsizetype i = 0; i < m_texts.size(); ++i)
        m.*(measureTexts()[std::size_t(i)].member) = m_texts[i]->toPlainText().trimmed();
    const bool capTyped = !m_capValue->text().trimmed().isEmpty() || !m_capUnit->text().trimmed().isEmpty();
    if (typeHasCap() && capTyped)
        m.cap = Cap{parseNumber(m_capValue->text()), m_capUnit->text().trimmed(), m_capPeriod->text().trimmed()};
    m.effectiveFrom = m_from->date();
    m.effectiveTo = m_to->date();
    m.changesId = m_changes->currentData().toLongLong();
    m.source = m_source->text().trimmed();
    m.note = m_note->text().trimmed();
    return m;
}

Result<FieldErrors> MeasureDialog::check() const
{
    auto errors = FormChecks(m_db).measure(measure());
    if (!errors)
        return errors;
    return withDateTexts(errors.value(), {{QStringLiteral("effective_from"), m_from->text()},
                                          {QStringLiteral("effective_to"), m_to->text()}});
}

Result<RecordChange> MeasureDialog::save(const RecordEdits &edits) const
{
    return m_id ? edits.updateMeasure(m_id, measure()) : edits.createMeasure(measure());
}

QString MeasureDialog::describeChange() const
{
    const Measure m = measure();
    return (m_id ? tr("Edit measure of %1") : tr("Add measure to %1")).arg(m.resolution);
}

} // namespace st
