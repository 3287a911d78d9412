#include "editing/ResolutionDialog.h"

#include "editing/DateField.h"
#include "editing/FieldForm.h"
#include "editing/FormChecks.h"
#include "editing/FormWidgets.h"
#include "editing/RecordEdits.h"
#include "domain/Wording.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace st {

namespace {

const QStringList kPermanentMembers{QStringLiteral("CHN"), QStringLiteral("FRA"), QStringLiteral("GBR"),
                                    QStringLiteral("RUS"), QStringLiteral("USA")};

QSpinBox *voteBox(QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(0, 15);
    return box;
}

QListWidget *checkList(int rows, QWidget *parent)
{
    auto *list = new QListWidget(parent);
    list->setFixedHeight(list->fontMetrics().height() * rows + 2 * list->frameWidth() + 8);
    list->setUniformItemSizes(true);
    list->setTextElideMode(Qt::ElideRight); // the full text is in each item's tooltip
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return list;
}

} // namespace

ResolutionDialog::ResolutionDialog(const Database &db, FormCatalog catalog, const Resolution &r,
                                   const QList<qint64> &triggerIds, QWidget *parent)
    : RecordDialog(db, r.id ? tr("Edit Resolution") : tr("New Resolution"), parent)
    , m_catalog(std::move(catalog))
    , m_id(r.id)
    , m_storedTriggers(triggerIds)
    , m_symbolFollows(r.id == 0)
    , m_status(new QComboBox(this))
    , m_number(new QLineEdit(this))
    , m_date(new DateField(this))
    , m_symbol(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_regime(new QComboBox(this))
    , m_states(checkList(3, this))
    , m_for(voteBox(this))
    , m_against(voteBox(this))
    , m_abstain(voteBox(this))
    , m_chapterVii(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_summary(makeTextArea(4, this))
    , m_sources(makeTextArea(3, this))
    , m_triggers(checkList(5, this))
    , m_note(new QLineEdit(this))
{
    m_status->addItem(tr("Adopted resolution"), toCode(ResolutionStatus::Adopted));
    m_status->addItem(tr("Vetoed draft"), toCode(ResolutionStatus::Vetoed));
    m_status->addItem(tr("Draft not adopted (fewer than nine votes)"), toCode(ResolutionStatus::NotAdopted));
    m_number->setValidator(new QIntValidator(1, 999999, m_number));
    m_symbol->setPlaceholderText(tr("S/RES/2397 (2017), or S/2022/431 for a draft"));
    for (const QString &code : allCodes<ResolutionKind>())
        m_kind->addItem(displayName(*fromCode<ResolutionKind>(code)), code);
    m_regime->addItem(tr("None"), QString());
    for (const Regime &g : m_catalog.regimes)
        m_regime->addItem(g.name, g.code);
    m_chapterVii->addItem(tr("Not recorded"), QVariant());
    m_chapterVii->addItem(tr("Yes: binding, under Chapter VII"), true);
    m_chapterVii->addItem(tr("No"), false);
    m_title->setPlaceholderText(tr("Non-proliferation/Democratic People's Republic of Korea"));
    m_summary->setPlaceholderText(tr("What the resolution does, in two or three sentences"));
    m_sources->setPlaceholderText(tr("One web address per line: the press release, the resolution text"));

    FieldForm *left = addForm(400);
    left->addRow(tr("S&tatus:"), m_status, QStringLiteral("status"));
    left->addRow(tr("&Number:"), m_number, QStringLiteral("number"));
    left->addRow(tr("&Date of vote:"), m_date, QStringLiteral("date"));
    left->addRow(tr("S&ymbol:"), m_symbol, QStringLiteral("symbol"));
    left->addRow(tr("&Kind:"), m_kind, QStringLiteral("kind"));
    left->addRow(tr("Re&gime:"), m_regime, QStringLiteral("regime"));
    left->addRow(tr("St&ates:"), m_states, QStringLiteral("states"));
    left->addRow(tr("&Vote:"), voteRow(), {QStringLiteral("votes"), QStringLiteral("votes.for"),
                                           QStringLiteral("votes.against"), QStringLiteral("votes.abstain")});
    left->addRow(tr("V&etoed by:"), vetoRow(), QStringLiteral("vetoed_by"));
    left->addRow(tr("C&hapter VII:"), m_chapterVii, QStringLiteral("chapter_vii"));

    // The text column needs room for a title and URLs.
    FieldForm *right = addForm(460);
    right->addRow(tr("T&itle:"), m_title, QStringLiteral("title"));
    right->addRow(tr("Su&mmary:"), m_summary, QStringLiteral("summary"));
    right->addRow(tr("So&urces:"), m_sources, QStringLiteral("sources"));
    right->addRow(tr("T&riggered by:"), m_triggers, QStringLiteral("triggers"));
    right->addRow(tr("N&ote:"), m_note, QStringLiteral("note"));

    selectData(m_status, toCode(r.status));
    m_number->setText(r.number ? QString::number(*r.number) : QString());
    m_date->setDate(r.date);
    m_symbol->setText(r.symbol);
    selectData(m_kind, toCode(r.kind));
    selectData(m_regime, r.regimeCode);
    fillStates(r.states);
    m_for->setValue(r.votes.inFavour);
    m_against->setValue(r.votes.against);
    m_abstain->setValue(r.votes.abstaining);
    for (QCheckBox *box : std::as_const(m_vetoes))
        box->setChecked(r.vetoedBy.contains(box->text()));
    m_chapterVii->setCurrentIndex(r.chapterVii ? (*r.chapterVii ? 1 : 2) : 0);
    m_title->setText(r.title);
    m_summary->setPlainText(r.summary);
    m_sources->setPlainText(r.sources.join(QLatin1Char('\n')));
    fillTriggers(triggerIds);
    m_note->setText(r.note);
    statusChosen();

    connect(m_status, &QComboBox::currentIndexChanged, this, &ResolutionDialog::statusChosen);
    connect(m_number, &QLineEdit::textChanged, this, &ResolutionDialog::followSymbol);
    connect(m_date, &DateField::textChanged, this, &ResolutionDialog::followSymbol);
    connect(m_symbol, &QLineEdit::textEdited, this, [this](const QString &text) { m_symbolFollows = text.isEmpty(); });
    connect(m_states, &QListWidget::itemChanged, this, &ResolutionDialog::showTriggersOfStates);
    finishSetup(r.id != 0);
}

QWidget *ResolutionDialog::voteRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    const std::pair<QString, QSpinBox *> parts[] = {{tr("for"), m_for}, {tr("against"), m_against}, {tr("abstaining"), m_abstain}};
    for (const auto &[text, box] : parts) {
        layout->addWidget(box);
        auto *label = new QLabel(text, row);
        label->setBuddy(box);
        layout->addWidget(label);
        layout->addSpacing(6);
    }
    layout->addStretch(1);
    return row;
}

QWidget *ResolutionDialog::vetoRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const QString &member : kPermanentMembers) {
        auto *box = new QCheckBox(member, row);
        m_vetoes << box;
        layout->addWidget(box);
    }
    layout->addStretch(1);
    row->setToolTip(tr("The permanent members whose vote against was a veto"));
    return row;
}

QCheckBox *ResolutionDialog::vetoBox(const QString &member) const
{
    for (QCheckBox *box : m_vetoes) {
        if (box->text() == member)
            return box;
    }
    return nullptr;
}

void ResolutionDialog::fillStates(const QStringList &checked)
{
    for (const SanctionedState &s : m_catalog.states) {
        auto *item = new QListWidgetItem(s.code + QStringLiteral(" — ") + s.name, m_states);
        item->setData(Qt::UserRole, s.code);
        item->setCheckState(checked.contains(s.code) ? Qt::Checked : Qt::Unchecked);
    }
}

void ResolutionDialog::fillTriggers(const QList<qint64> &checked)
{
    // Newest first: a new resolution answers a recent event.
    for (auto it = m_catalog.events.crbegin(); it != m_catalog.events.crend(); ++it) {
        const QString text = QStringLiteral("%1 · %2 · %3").arg(dayText(it->date), displayName(it->kind), it->description);
        auto *item = new QListWidgetItem(text, m_triggers);
        item->setToolTip(text);
        item->setData(Qt::UserRole, it->id);
        item->setData(Qt::UserRole + 1, it->stateCode);
        item->setCheckState(checked.contains(it->id) ? Qt::Checked : Qt::Unchecked);
    }
    showTriggersOfStates();
}

void ResolutionDialog::showTriggersOfStates()
{
    const QStringList states = resolution().states;
    for (int i = 0; i < m_triggers->count(); ++i) {
        QListWidgetItem *item = m_triggers->item(i);
        const bool ofState = states.isEmpty() || states.contains(item->data(Qt::UserRole + 1).toString());
        item->setHidden(!ofState && item->checkState() != Qt::Checked);
    }
}

bool ResolutionDialog::adopted() const { return m_status->currentData().toString() == toCode(ResolutionStatus::Adopted); }

void ResolutionDialog::statusChosen()
{
    m_number->setEnabled(adopted());
    m_number->setPlaceholderText(adopted() ? tr("2397") : tr("None: a draft has no number"));
    const bool vetoed = m_status->currentData().toString() == toCode(ResolutionStatus::Vetoed);
    for (QCheckBox *box : std::as_const(m_vetoes))
        box->setEnabled(vetoed);
    followSymbol();
}

void ResolutionDialog::followSymbol()
{
    if (!m_symbolFollows || !adopted())
        return;
    const QDate date = m_date->date();
    if (m_number->text().isEmpty() || !date.isValid())
        return;
    m_symbol->setText(QStringLiteral("S/RES/%1 (%2)").arg(m_number->text()).arg(date.year()));
}

Resolution ResolutionDialog::resolution() const
{
    Resolution r;
    r.id = m_id;
    r.symbol = m_symbol->text().trimmed();
    r.status = fromCode<ResolutionStatus>(m_status->currentData().toString()).value_or(ResolutionStatus::Adopted);
    if (adopted() && !m_number->text().isEmpty())
        r.number = m_number->text().toInt();
    r.date = m_date->date();
    r.kind = fromCode<ResolutionKind>(m_kind->currentData().toString()).value_or(ResolutionKind::Other);
    r.regimeCode = m_regime->currentData().toString();
    for (int i = 0; i < m_states->count(); ++i) {
        if (m_states->item(i)->checkState() == Qt::Checked)
            r.states << m_states->item(i)->data(Qt::UserRole).toString();
    }
    r.title = m_title->text().trimmed();
    r.votes = {m_for->value(), m_against->value(), m_abstain->value()};
    if (r.status == ResolutionStatus::Vetoed) {
        for (const QCheckBox *box : m_vetoes) {
            if (box->isChecked())
                r.vetoedBy << box->text();
        }
    }
    const QVariant chapter = m_chapterVii->currentData();
    if (chapter.isValid())
        r.chapterVii = chapter.toBool();
    r.summary = m_summary->toPlainText().trimmed();
    for (const QString &line : m_sources->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            r.sources << line.trimmed();
    }
    r.note = m_note->text().trimmed();
    return r;
}

QList<qint64> ResolutionDialog::triggerIds() const
{
    QList<qint64> checked;
    for (int i = m_triggers->count() - 1; i >= 0; --i) { // oldest first
        if (m_triggers->item(i)->checkState() == Qt::Checked)
            checked << m_triggers->item(i)->data(Qt::UserRole).toLongLong();
    }
    // The same events as stored keep their stored order, so an edit elsewhere does not rewrite the links.
    QList<qint64> stored = m_storedTriggers;
    std::sort(stored.begin(), stored.end());
    QList<qint64> now = checked;
    std::sort(now.begin(), now.end());
    return stored == now ? m_storedTriggers : checked;
}

Result<FieldErrors> ResolutionDialog::check() const
{
    auto errors = FormChecks(m_db).resolution(resolution(), m_id);
    if (!errors)
        return errors;
    return withDateTexts(errors.value(), {{QStringLiteral("date"), m_date->text()}});
}

Result<RecordChange> ResolutionDialog::save(const RecordEdits &edits) const
{
    return m_id ? edits.updateResolution(m_id, resolution(), triggerIds())
                : edits.createResolution(resolution(), triggerIds());
}

QString ResolutionDialog::describeChange() const
{
    return (m_id ? tr("Edit resolution %1") : tr("Add resolution %1")).arg(resolution().symbol);
}

} // namespace st
