#include "editing/RecordEditor.h"

#include "editing/DeletionImpact.h"
#include "editing/EditHistory.h"
#include "editing/FormData.h"
#include "editing/FormWidgets.h"
#include "editing/MeasureDialog.h"
#include "editing/MeasureTypeDialog.h"
#include "editing/RecordEdits.h"
#include "editing/RecordListDialog.h"
#include "editing/ResolutionDialog.h"
#include "editing/StateDialog.h"
#include "editing/TriggerEventDialog.h"
#include "domain/Wording.h"

#include <QMessageBox>
#include <QPushButton>

namespace st {

namespace {

// A new measure usually cites the resolution text itself.
QString likelySource(const Resolution &r)
{
    for (const QString &url : r.sources) {
        if (url.contains(QLatin1String("undocs.org")))
            return url;
    }
    return r.sources.value(0);
}

// "• line" for each, at most a dozen: the question must fit on the screen.
QStringList bulleted(const QStringList &items)
{
    constexpr int kMost = 12;
    QStringList out;
    for (const QString &item : items.mid(0, kMost))
        out << QStringLiteral("\u2022 ") + item;
    if (items.size() > kMost)
        out << RecordEditor::tr("• … and %1 more").arg(items.size() - kMost);
    return out;
}

} // namespace

RecordEditor::RecordEditor(const Database &db, EditHistory &history, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_db(db)
    , m_history(history)
    , m_parent(dialogParent)
{
    // Open lists follow every change, including undo and redo.
    connect(&m_history, &EditHistory::dataChanged, this, [this] {
        for (const auto &list : std::as_const(m_lists)) {
            if (list)
                list->reload();
        }
    });
}

void RecordEditor::open(RecordDialog *dialog, const QString &table, qint64 id, qint64 version)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setLoadedVersion(version);
    connect(dialog, &RecordDialog::saved, this, &RecordEditor::commit);
    if (version > 0) {
        // "Reload theirs": the same form on the stored record, where this one stood.
        connect(dialog, &RecordDialog::reloadRequested, this, [this, dialog, table, id] {
            const QRect where = dialog->geometry();
            QDialog *opened = nullptr;
            const auto conn = connect(this, &RecordEditor::dialogOpened, this, [&opened](QDialog *d) { opened = d; });
            editRecord(table, id);
            disconnect(conn);
            if (opened)
                opened->setGeometry(where);
        });
    }
    dialog->open();
    emit dialogOpened(dialog);
}

void RecordEditor::editRecord(const QString &table, qint64 id)
{
    if (table == records::resolutions)
        editResolution(id);
    else if (table == records::measures)
        editMeasure(id);
    else if (table == records::events)
        editTriggerEvent(id);
    else if (table == records::states)
        editState(id);
    else if (table == records::measureTypes)
        editMeasureType(id);
}

void RecordEditor::commit(const QString &text, const RecordChange &change)
{
    // Announced before the push, whose dataChanged re-reads the window: listeners can then move to
    // the new record as part of that one reload.
    const RecordSnapshot &written = change.after.exists() ? change.after : change.before;
    emit recordChanged(written.table, written.id);
    m_history.push(text, change);
    emit statusMessage(tr("%1. Undo with %2.").arg(text, QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
}

void RecordEditor::showProblem(const QString &what, const Error &error)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Sanctions Tracker"), what, QMessageBox::Ok, m_parent);
    box->setInformativeText(error.message);
    box->setDetailedText(error.detail);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    emit dialogOpened(box);
}

// ---- resolutions

void RecordEditor::newResolution()
{
    auto catalog = loadFormCatalog(m_db);
    if (!catalog)
        return showProblem(tr("The form cannot be opened."), catalog.error());
    Resolution r;
    r.votes = {15, 0, 0}; // most sanctions resolutions pass unanimously
    const Resolution *current = m_currentResolution ? catalog.value().resolution(m_currentResolution()) : nullptr;
    if (current && !current->states.isEmpty())
        r.states = {current->states.first()};
    else if (!catalog.value().states.isEmpty())
        r.states = {catalog.value().states.first().code};
    for (const Regime &g : catalog.value().regimes) {
        if (!r.states.isEmpty() && g.stateCode == r.states.first()) {
            r.regimeCode = g.code;
            break;
        }
    }
    open(new ResolutionDialog(m_db, catalog.value(), r, {}, m_parent));
}

void RecordEditor::editResolution(qint64 id)
{
    auto version = loadVersion(m_db, records::resolutions, id);
    auto catalog = loadFormCatalog(m_db);
    auto r = loadResolution(m_db, id);
    auto triggers = loadTriggerIds(m_db, id);
    if (!version || !catalog || !r || !triggers) {
        const Error &e = !version ? version.error() : !catalog ? catalog.error() : !r ? r.error() : triggers.error();
        return showProblem(tr("The resolution cannot be opened."), e);
    }
    open(new ResolutionDialog(m_db, catalog.value(), r.value(), triggers.value(), m_parent), records::resolutions, id,
         version.value());
}

void RecordEditor::deleteResolution(qint64 id)
{
    auto r = loadResolution(m_db, id);
    if (!r)
        return showProblem(tr("The resolution cannot be deleted."), r.error());
    remove(records::resolutions, id, r.value().symbol);
}

// ---- measures

void RecordEditor::newMeasure(qint64 resolutionId)
{
    auto catalog = loadFormCatalog(m_db);
    if (!catalog)
        return showProblem(tr("The form cannot be opened."), catalog.error());
    Measure m;
    if (const Resolution *r = catalog.value().resolution(resolutionId)) {
        m.resolution = r->symbol;
        m.stateCode = r->states.value(0);
        m.source = likelySource(*r);
    }
    open(new MeasureDialog(m_db, catalog.value(), m, m_parent));
}

void RecordEditor::editMeasure(qint64 id)
{
    auto version = loadVersion(m_db, records::measures, id);
    auto catalog = loadFormCatalog(m_db);
    auto m = loadMeasure(m_db, id);
    if (!version || !catalog || !m)
        return showProblem(tr("The measure cannot be opened."), !version ? version.error() : !catalog ? catalog.error() : m.error());
    open(new MeasureDialog(m_db, catalog.value(), m.value(), m_parent), records::measures, id, version.value());
}

void RecordEditor::deleteMeasure(qint64 id)
{
    auto m = loadMeasure(m_db, id);
    if (!m)
        return showProblem(tr("The measure cannot be deleted."), m.error());
    remove(records::measures, id, measureLabel(m.value()));
}

// ---- trigger events, states, measure types

void RecordEditor::newTriggerEvent()
{
    auto catalog = loadFormCatalog(m_db);
    if (!catalog)
        return showProblem(tr("The form cannot be opened."), catalog.error());
    open(new TriggerEventDialog(m_db, catalog.value(), TriggerEvent{}, m_parent));
}

void RecordEditor::editTriggerEvent(qint64 id)
{
    auto version = loadVersion(m_db, records::events, id);
    auto catalog = loadFormCatalog(m_db);
    auto e = loadEvent(m_db, id);
    if (!version || !catalog || !e)
        return showProblem(tr("The trigger event cannot be opened."), !version ? version.error() : !catalog ? catalog.error() : e.error());
    open(new TriggerEventDialog(m_db, catalog.value(), e.value(), m_parent), records::events, id, version.value());
}

void RecordEditor::deleteTriggerEvent(qint64 id)
{
    auto e = loadEvent(m_db, id);
    if (!e)
        return showProblem(tr("The trigger event cannot be deleted."), e.error());
    remove(records::events, id, dayText(e.value().date) + QStringLiteral(" · ") + e.value().description);
}

void RecordEditor::newState() { open(new StateDialog(m_db, SanctionedState{}, m_parent)); }

void RecordEditor::editState(qint64 id)
{
    auto version = loadVersion(m_db, records::states, id);
    auto s = loadState(m_db, id);
    if (!version || !s)
        return showProblem(tr("The state cannot be opened."), !version ? version.error() : s.error());
    open(new StateDialog(m_db, s.value(), m_parent), records::states, id, version.value());
}

void RecordEditor::deleteState(qint64 id)
{
    auto s = loadState(m_db, id);
    if (!s)
        return showProblem(tr("The state cannot be deleted."), s.error());
    remove(records::states, id, s.value().code);
}

void RecordEditor::newMeasureType() { open(new MeasureTypeDialog(m_db, MeasureType{}, m_parent)); }

void RecordEditor::editMeasureType(qint64 id)
{
    auto version = loadVersion(m_db, records::measureTypes, id);
    auto t = loadMeasureType(m_db, id);
    if (!version || !t)
        return showProblem(tr("The measure type cannot be opened."), !version ? version.error() : t.error());
    open(new MeasureTypeDialog(m_db, t.value(), m_parent), records::measureTypes, id, version.value());
}

void RecordEditor::deleteMeasureType(qint64 id)
{
    auto t = loadMeasureType(m_db, id);
    if (!t)
        return showProblem(tr("The measure type cannot be deleted."), t.error());
    remove(records::measureTypes, id, t.value().code);
}

// ---- deleting

// Asks first when the record takes other records with it or leaves links behind; undo restores all.
void RecordEditor::remove(const QString &table, qint64 id, const QString &what)
{
    auto impact = deletionImpact(m_db, table, id);
    if (!impact)
        return showProblem(tr("%1 cannot be deleted.").arg(what), impact.error());
    // What the analyst is asked about: a colleague's save while the question is open keeps the record.
    auto asked = loadVersion(m_db, table, id);
    if (!asked)
        return showProblem(tr("%1 cannot be deleted.").arg(what), asked.error());
    const qint64 version = asked.value();
    const auto doDelete = [this, table, id, what, version] {
        RecordEdits edits(m_db);
        edits.expectVersion(version);
        Result<RecordChange> change = table == records::resolutions ? edits.deleteResolution(id)
                                      : table == records::measures  ? edits.deleteMeasure(id)
                                      : table == records::events    ? edits.deleteEvent(id)
                                      : table == records::states    ? edits.deleteState(id)
                                                                    : edits.deleteMeasureType(id);
        if (!change)
            return showProblem(tr("%1 was not deleted.").arg(what), change.error());
        commit(tr("Delete %1").arg(what), change.value());
    };
    if (!impact.value().needsConfirmation()) {
        doDelete();
        return;
    }

    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete %1?").arg(what), tr("Delete %1?").arg(what),
                                QMessageBox::Cancel, m_parent);
    QPushButton *yes = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    QStringList lines;
    if (!impact.value().removed.isEmpty())
        lines << tr("These go with it:") << bulleted(impact.value().removed);
    if (!impact.value().parts.isEmpty())
        lines << tr("Also its %1.").arg(impact.value().parts.join(QStringLiteral(", ")));
    if (!impact.value().unlinked.isEmpty())
        lines << QString() << tr("Links that will be cleared:") << bulleted(impact.value().unlinked);
    lines << QString() << tr("Undo (%1) brings all of it back.").arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText));
    box->setInformativeText(lines.join(QLatin1Char('\n')));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [box, yes, doDelete] {
        if (box->clickedButton() == yes)
            doDelete();
    });
    box->open();
    emit dialogOpened(box);
}

// ---- lists

void RecordEditor::openList(RecordListDialog *list)
{
    list->keepForEditors(m_access);
    list->setAttribute(Qt::WA_DeleteOnClose);
    m_lists.removeAll(nullptr);
    m_lists.append(list);
    list->show(); // not modal: a list stays open beside the forms it opens
    emit dialogOpened(list);
}

void RecordEditor::showMeasuresOf(qint64 resolutionId)
{
    auto r = loadResolution(m_db, resolutionId);
    if (!r)
        return showProblem(tr("The measures cannot be listed."), r.error());
    auto *list = new RecordListDialog(tr("Measures of %1").arg(r.value().symbol), [this, resolutionId]() -> Result<QList<RecordListDialog::Entry>> {
        auto measures = loadMeasuresOf(m_db, resolutionId);
        if (!measures)
            return measures.error();
        QList<RecordListDialog::Entry> out;
        for (const Measure &m : measures.value())
            out.append({m.id, (m.paragraph.isEmpty() ? QString() : m.paragraph + QStringLiteral(" · ")) + m.typeCode + QStringLiteral(" · ") + m.description});
        return out;
    }, m_parent);
    connect(list, &RecordListDialog::newRequested, this, [this, resolutionId] { newMeasure(resolutionId); });
    connect(list, &RecordListDialog::editRequested, this, &RecordEditor::editMeasure);
    connect(list, &RecordListDialog::deleteRequested, this, &RecordEditor::deleteMeasure);
    openList(list);
}

void RecordEditor::showTriggerEvents()
{
    auto *list = new RecordListDialog(tr("Trigger Events"), [this]() -> Result<QList<RecordListDialog::Entry>> {
        auto catalog = loadFormCatalog(m_db);
        if (!catalog)
            return catalog.error();
        QList<RecordListDialog::Entry> out;
        for (auto it = catalog.value().events.crbegin(); it != catalog.value().events.crend(); ++it)
            out.append({it->id, QStringLiteral("%1 · %2 · %3 · %4").arg(dayText(it->date), it->stateCode, displayName(it->kind), it->description)});
        return out;
    }, m_parent);
    connect(list, &RecordListDialog::newRequested, this, &RecordEditor::newTriggerEvent);
    connect(list, &RecordListDialog::editRequested, this, &RecordEditor::editTriggerEvent);
    connect(list, &RecordListDialog::deleteRequested, this, &RecordEditor::deleteTriggerEvent);
    openList(list);
}

void RecordEditor::showStates()
{
    auto *list = new RecordListDialog(tr("Sanctioned States"), [this]() -> Result<QList<RecordListDialog::Entry>> {
        auto catalog = loadFormCatalog(m_db);
        if (!catalog)
            return catalog.error();
        QList<RecordListDialog::Entry> out;
        for (const SanctionedState &s : catalog.value().states)
            out.append({s.id, s.code + QStringLiteral(" — ") + s.name});
        return out;
    }, m_parent);
    connect(list, &RecordListDialog::newRequested, this, &RecordEditor::newState);
    connect(list, &RecordListDialog::editRequested, this, &RecordEditor::editState);
    connect(list, &RecordListDialog::deleteRequested, this, &RecordEditor::deleteState);
    openList(list);
}

void RecordEditor::showMeasureTypes()
{
    auto *list = new RecordListDialog(tr("Measure Types"), [this]() -> Result<QList<RecordListDialog::Entry>> {
        auto catalog = loadFormCatalog(m_db);
        if (!catalog)
            return catalog.error();
        QList<RecordListDialog::Entry> out;
        for (const MeasureType &t : catalog.value().measureTypes)
            out.append({t.id, t.name + QStringLiteral(" (") + t.code + (t.hasCap ? tr(", with cap)") : QStringLiteral(")"))});
        return out;
    }, m_parent);
    connect(list, &RecordListDialog::newRequested, this, &RecordEditor::newMeasureType);
    connect(list, &RecordListDialog::editRequested, this, &RecordEditor::editMeasureType);
    connect(list, &RecordListDialog::deleteRequested, this, &RecordEditor::deleteMeasureType);
    openList(list);
}

} // namespace st
