// Issue 14, item 3, as the analyst sees it: a resolution form whose record bob saved meanwhile. Save
// shows who saved and, field by field, theirs against the form's; Cancel keeps the input, Overwrite
// saves it over bob's and says so in the undo step, Reload puts bob's record in the form.
#include "EditingTestSupport.h"
#include "GrabSupport.h"

#include "common/Translations.h"
#include "editing/ConflictDialog.h"
#include "editing/EditHistory.h"
#include "editing/ErrorBanner.h"
#include "editing/FormData.h"
#include "editing/RecordEdits.h"
#include "editing/RecordEditor.h"
#include "editing/MeasureDialog.h"
#include "editing/MeasureTypeDialog.h"
#include "editing/ResolutionDialog.h"
#include "editing/StateDialog.h"
#include "editing/TriggerEventDialog.h"
#include "storage/ResolutionRepository.h"
#include "storage/RowVersion.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>

using namespace st;

namespace {

const QString kSymbol = QStringLiteral("S/RES/2397 (2017)");

// Bob's save through a form of his own: the record as stored, with `change` applied.
void bobSaves(const Database &bob, qint64 id, const std::function<void(Resolution &)> &change)
{
    const qint64 version = loadVersion(bob, records::resolutions, id).value();
    Resolution r = loadResolution(bob, id).value();
    change(r);
    RecordEdits edits(bob);
    edits.expectVersion(version);
    auto saved = edits.updateResolution(id, r, loadTriggerIds(bob, id).value());
    QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().fullText()));
}

// Alice and bob, two connections to one team file holding the bundled data, and the resolution both edit.
struct TwoAnalysts {
    TwoAnalysts()
        : alice(Database::open(dir.filePath(QStringLiteral("team.sqlite")), OpenOptions{false, QStringLiteral("alice")}).value())
        , loaded(loadBundledDataset(*alice).ok())
        , bob(Database::open(dir.filePath(QStringLiteral("team.sqlite")), OpenOptions{false, QStringLiteral("bob")}).value())
        , id(ResolutionRepository(*alice).idOf(kSymbol).value())
    {
    }
    QTemporaryDir dir;
    std::unique_ptr<Database> alice;
    bool loaded;
    std::unique_ptr<Database> bob;
    qint64 id;
};

// Alice's window with its edit history and record editor, as the main window has them.
struct AlicesWindow {
    explicit AlicesWindow(const Database &alice) : history(alice), editor(alice, history, &window)
    {
        window.resize(1000, 700);
        window.show();
    }
    QWidget window;
    EditHistory history;
    RecordEditor editor;
};

QString cell(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

} // namespace

class TestConflictDialog : public QObject {
    Q_OBJECT
private slots:
    void saveOverBobsChangeAsks();
    void reloadPutsTheirsInTheForm();
    void reloadOpensEveryKindOfRecord();
    void deleteAfterAColleaguesSaveIsRefused();
    void speaksFrench();

private:
    ResolutionDialog *openForm(RecordEditor &editor, qint64 id);
};

ResolutionDialog *TestConflictDialog::openForm(RecordEditor &editor, qint64 id)
{
    ResolutionDialog *form = nullptr;
    const auto conn = connect(&editor, &RecordEditor::dialogOpened, this,
                              [&form](QDialog *d) { form = qobject_cast<ResolutionDialog *>(d); });
    editor.editResolution(id);
    disconnect(conn);
    if (form && !QTest::qWaitForWindowExposed(form))
        return nullptr;
    return form;
}

void TestConflictDialog::saveOverBobsChangeAsks()
{
    TwoAnalysts team;
    QVERIFY(team.loaded);
    const Database &alice = *team.alice, &bob = *team.bob;
    const qint64 id = team.id;
    const Resolution stored = loadResolution(alice, id).value();

    AlicesWindow mine(alice);
    EditHistory &history = mine.history;
    RecordEditor &editor = mine.editor;
    ResolutionDialog *form = openForm(editor, id);
    QVERIFY(form);

    bobSaves(bob, id, [](Resolution &r) {
        r.title = QStringLiteral("Non-proliferation/DPRK (corrected by Bob)");
        r.note = QStringLiteral("Checked against the press release");
    });
    form->titleEdit()->selectAll();
    QTest::keyClicks(form->titleEdit(), QStringLiteral("Non-proliferation/DPRK (Alice's wording)"));
    QTest::mouseClick(form->saveButton(), Qt::LeftButton);

    ConflictDialog *asked = nullptr;
    QTRY_VERIFY((asked = form->findChild<ConflictDialog *>()) && asked->isVisible());
    QVERIFY2(asked->summaryLabel()->text().startsWith(QStringLiteral("bob saved this resolution at ")),
             qPrintable(asked->summaryLabel()->text()));
    QVERIFY(asked->summaryLabel()->text().endsWith(QStringLiteral(" UTC, after you opened it.")));
    const QTableWidget *fields = asked->fieldsTable();
    QCOMPARE(fields->horizontalHeaderItem(1)->text(), QStringLiteral("Theirs (bob)"));
    QCOMPARE(fields->horizontalHeaderItem(2)->text(), QStringLiteral("Yours"));
    QCOMPARE(fields->rowCount(), 2);
    QCOMPARE(cell(fields, 0, 0), QStringLiteral("Title"));
    QCOMPARE(cell(fields, 0, 1), QStringLiteral("Non-proliferation/DPRK (corrected by Bob)"));
    QCOMPARE(cell(fields, 0, 2), QStringLiteral("Non-proliferation/DPRK (Alice's wording)"));
    QCOMPARE(cell(fields, 1, 0), QStringLiteral("Note"));
    QCOMPARE(cell(fields, 1, 1), QStringLiteral("Checked against the press release"));
    // Alice's form holds the long note as loaded: its beginning shows, all of it in the tooltip.
    QVERIFY(stored.note.size() > 240);
    QCOMPARE(cell(fields, 1, 2), stored.note.left(240).trimmed() + QStringLiteral("…"));
    QCOMPARE(fields->item(1, 2)->toolTip(), stored.note);
    QVERIFY(asked->cancelButton()->isDefault()); // Enter never overwrites
    test::grab(*asked, QStringLiteral("conflict-dialog"), false);

    // Cancel: back to the form, input kept, the banner saying why it is not saved; bob's record stays.
    asked->cancelButton()->click();
    QTRY_VERIFY(!form->findChild<ConflictDialog *>());
    QVERIFY(form->isVisible());
    QCOMPARE(form->titleEdit()->text(), QStringLiteral("Non-proliferation/DPRK (Alice's wording)"));
    QVERIFY2(form->banner()->text().contains(QStringLiteral("bob saved this resolution")), qPrintable(form->banner()->text()));
    QCOMPARE(loadResolution(alice, id).value().title, QStringLiteral("Non-proliferation/DPRK (corrected by Bob)"));
    test::grab(*form, QStringLiteral("form-after-cancel"));

    // Overwrite: saved over bob's, and the undo step says so.
    QTest::mouseClick(form->saveButton(), Qt::LeftButton);
    QTRY_VERIFY((asked = form->findChild<ConflictDialog *>()) && asked->isVisible());
    asked->overwriteButton()->click();
    QTRY_COMPARE(form->result(), int(QDialog::Accepted));
    const Resolution now = loadResolution(bob, id).value();
    QCOMPARE(now.title, QStringLiteral("Non-proliferation/DPRK (Alice's wording)"));
    QCOMPARE(now.note, stored.note); // the form held the note as alice loaded it
    QCOMPARE(history.stack()->undoText(), QStringLiteral("Edit resolution %1, over bob’s change").arg(kSymbol));
    QCOMPARE(readRowStamp(bob, records::resolutions, id).value().changedBy, QStringLiteral("alice"));
}

void TestConflictDialog::reloadPutsTheirsInTheForm()
{
    TwoAnalysts team;
    QVERIFY(team.loaded);
    const Database &alice = *team.alice, &bob = *team.bob;
    const qint64 id = team.id;

    AlicesWindow mine(alice);
    EditHistory &history = mine.history;
    RecordEditor &editor = mine.editor;
    QPointer<ResolutionDialog> form = openForm(editor, id);
    QVERIFY(form);
    const QRect where = form->geometry();

    bobSaves(bob, id, [](Resolution &r) { r.title = QStringLiteral("Bob's title"); });
    form->titleEdit()->selectAll();
    QTest::keyClicks(form->titleEdit(), QStringLiteral("Alice's title"));
    QTest::mouseClick(form->saveButton(), Qt::LeftButton);
    ConflictDialog *asked = nullptr;
    QTRY_VERIFY((asked = form->findChild<ConflictDialog *>()) && asked->isVisible());

    ResolutionDialog *reloaded = nullptr;
    connect(&editor, &RecordEditor::dialogOpened, this, [&reloaded](QDialog *d) { reloaded = qobject_cast<ResolutionDialog *>(d); });
    asked->reloadButton()->click();
    QTRY_VERIFY(reloaded);
    QTRY_VERIFY(!form); // the old form closed without asking to discard: reloading was the choice
    QVERIFY(QTest::qWaitForWindowExposed(reloaded));
    QCOMPARE(reloaded->titleEdit()->text(), QStringLiteral("Bob's title"));
    QCOMPARE(reloaded->geometry().topLeft(), where.topLeft());
    QCOMPARE(reloaded->loadedVersion(), readRowStamp(alice, records::resolutions, id).value().version);
    QCOMPARE(history.stack()->count(), 0);

    // From bob's record, alice's save goes through without a question.
    reloaded->titleEdit()->selectAll();
    QTest::keyClicks(reloaded->titleEdit(), QStringLiteral("Bob's title, then Alice's"));
    QTest::mouseClick(reloaded->saveButton(), Qt::LeftButton);
    QTRY_COMPARE(reloaded->result(), int(QDialog::Accepted));
    QVERIFY(!reloaded->findChild<ConflictDialog *>());
    QCOMPARE(loadResolution(bob, id).value().title, QStringLiteral("Bob's title, then Alice's"));
}

// "Reload theirs" on each kind of record the forms edit: the same kind of form opens on the stored
// record, holding bob's change and his version.
void TestConflictDialog::reloadOpensEveryKindOfRecord()
{
    TwoAnalysts team;
    QVERIFY(team.loaded);
    const Database &alice = *team.alice, &bob = *team.bob;
    const FormCatalog catalog = loadFormCatalog(alice).value();
    const qint64 measureId = loadMeasuresOf(alice, team.id).value().first().id;
    const qint64 eventId = catalog.events.first().id;
    const qint64 stateId = catalog.states.first().id;
    const qint64 typeId = catalog.measureTypes.first().id;
    AlicesWindow mine(alice);
    RecordEditor &editor = mine.editor;

    struct Case {
        QString table;
        qint64 id;
        std::function<void(RecordEditor &, qint64)> edit;
        std::function<Result<RecordChange>(const RecordEdits &)> bobSaves;
        std::function<void(QDialog *)> aliceTypes;
        std::function<QString(QDialog *)> shown; // the field bob changed, as the form shows it
    };
    const QString theirs = QStringLiteral("Bob's wording");
    const QList<Case> cases = {
        {records::measures, measureId, &RecordEditor::editMeasure,
         [&](const RecordEdits &e) { Measure m = loadMeasure(bob, measureId).value(); m.description = theirs; return e.updateMeasure(measureId, m); },
         [](QDialog *d) { QTest::keyClicks(qobject_cast<MeasureDialog *>(d)->descriptionEdit(), QStringLiteral(" (Alice)")); },
         [](QDialog *d) { return qobject_cast<MeasureDialog *>(d)->descriptionEdit()->toPlainText(); }},
        {records::events, eventId, &RecordEditor::editTriggerEvent,
         [&](const RecordEdits &e) { TriggerEvent t = loadEvent(bob, eventId).value(); t.description = theirs; return e.updateEvent(eventId, t); },
         [](QDialog *d) { QTest::keyClicks(qobject_cast<TriggerEventDialog *>(d)->descriptionEdit(), QStringLiteral(" (Alice)")); },
         [](QDialog *d) { return qobject_cast<TriggerEventDialog *>(d)->descriptionEdit()->toPlainText(); }},
        {records::states, stateId, &RecordEditor::editState,
         [&](const RecordEdits &e) { SanctionedState st = loadState(bob, stateId).value(); st.name = theirs; return e.updateState(stateId, st); },
         [](QDialog *d) { QTest::keyClicks(qobject_cast<StateDialog *>(d)->nameEdit(), QStringLiteral(" (Alice)")); },
         [](QDialog *d) { return qobject_cast<StateDialog *>(d)->nameEdit()->text(); }},
        {records::measureTypes, typeId, &RecordEditor::editMeasureType,
         [&](const RecordEdits &e) { MeasureType t = loadMeasureType(bob, typeId).value(); t.name = theirs; return e.updateMeasureType(typeId, t); },
         [](QDialog *d) { QTest::keyClicks(qobject_cast<MeasureTypeDialog *>(d)->nameEdit(), QStringLiteral(" (Alice)")); },
         [](QDialog *d) { return qobject_cast<MeasureTypeDialog *>(d)->nameEdit()->text(); }},
    };
    for (const Case &c : cases) {
        QPointer<QDialog> form;
        auto conn = connect(&editor, &RecordEditor::dialogOpened, this, [&form](QDialog *d) { form = d; });
        c.edit(editor, c.id);
        disconnect(conn);
        QVERIFY2(form && QTest::qWaitForWindowExposed(form), qPrintable(c.table));
        const QMetaObject *kind = form->metaObject();
        {
            RecordEdits edits(bob);
            edits.expectVersion(loadVersion(bob, c.table, c.id).value());
            auto saved = c.bobSaves(edits);
            QVERIFY2(saved.ok(), qPrintable(c.table + QLatin1Char(' ') + (saved.ok() ? QString() : saved.error().fullText())));
        }
        c.aliceTypes(form);
        QTest::mouseClick(qobject_cast<RecordDialog *>(form.data())->saveButton(), Qt::LeftButton);
        ConflictDialog *asked = nullptr;
        QTRY_VERIFY2((asked = form->findChild<ConflictDialog *>()) && asked->isVisible(), qPrintable(c.table));

        QDialog *reloaded = nullptr;
        conn = connect(&editor, &RecordEditor::dialogOpened, this, [&reloaded](QDialog *d) { reloaded = d; });
        asked->reloadButton()->click();
        disconnect(conn);
        QVERIFY2(reloaded, qPrintable(c.table));
        QTRY_VERIFY(!form);
        QCOMPARE(reloaded->metaObject(), kind); // the same kind of form
        QCOMPARE(c.shown(reloaded), theirs);
        QCOMPARE(qobject_cast<RecordDialog *>(reloaded)->loadedVersion(), readRowStamp(alice, c.table, c.id).value().version);
        QCOMPARE(mine.history.stack()->count(), 0);
        reloaded->reject();
    }
}

// A delete the analyst confirmed after bob saved the record while the question was open: refused, named,
// and bob's record stays as he saved it. A state still in use is refused at once, saying so.
void TestConflictDialog::deleteAfterAColleaguesSaveIsRefused()
{
    TwoAnalysts team;
    QVERIFY(team.loaded);
    const Database &alice = *team.alice, &bob = *team.bob;
    AlicesWindow mine(alice);
    RecordEditor &editor = mine.editor;
    QMessageBox *question = nullptr;
    auto conn = connect(&editor, &RecordEditor::dialogOpened, this, [&question](QDialog *d) { question = qobject_cast<QMessageBox *>(d); });
    editor.deleteResolution(team.id); // its measures go with it: the question comes first
    disconnect(conn);
    QVERIFY(question);
    QCOMPARE(question->text(), QStringLiteral("Delete %1?").arg(kSymbol));

    bobSaves(bob, team.id, [](Resolution &r) { r.title = QStringLiteral("Bob's title"); });
    const QStringList before = test::dumpTables(alice);
    QMessageBox *refusal = nullptr;
    conn = connect(&editor, &RecordEditor::dialogOpened, this, [&refusal](QDialog *d) { refusal = qobject_cast<QMessageBox *>(d); });
    for (QAbstractButton *b : question->buttons()) {
        if (question->buttonRole(b) == QMessageBox::DestructiveRole)
            b->click();
    }
    disconnect(conn);
    QVERIFY(refusal);
    QCOMPARE(refusal->text(), QStringLiteral("%1 was not deleted.").arg(kSymbol));
    QVERIFY2(refusal->informativeText().contains(QLatin1String("bob")), qPrintable(refusal->informativeText()));
    QCOMPARE(loadResolution(alice, team.id).value().title, QStringLiteral("Bob's title"));
    QCOMPARE(test::dumpTables(alice), before);
    QCOMPARE(mine.history.stack()->count(), 0);
    refusal->close();

    // A state its resolutions still name: no question, the refusal says why.
    const SanctionedState state = loadFormCatalog(alice).value().states.first();
    conn = connect(&editor, &RecordEditor::dialogOpened, this, [&refusal](QDialog *d) { refusal = qobject_cast<QMessageBox *>(d); });
    refusal = nullptr;
    editor.deleteState(state.id);
    disconnect(conn);
    QVERIFY(refusal);
    QCOMPARE(refusal->text(), QStringLiteral("%1 was not deleted.").arg(state.code));
    QVERIFY2(refusal->informativeText().contains(QLatin1String("still used by other records")), qPrintable(refusal->informativeText()));
    QCOMPARE(test::dumpTables(alice), before);
    QCOMPARE(mine.history.stack()->count(), 0);
    refusal->close();
}

// The dialog in French: the explanation, the field names and the buttons, from the catalogue.
void TestConflictDialog::speaksFrench()
{
    TwoAnalysts team;
    QVERIFY(team.loaded);
    const Database &alice = *team.alice, &bob = *team.bob;
    const qint64 id = team.id;
    const qint64 version = loadVersion(alice, records::resolutions, id).value();
    bobSaves(bob, id, [](Resolution &r) { r.title = QStringLiteral("Non-prolifération/RPDC (corrigé par Bob)"); });

    QCOMPARE(installTranslations(QStringLiteral("fr")), QStringLiteral("fr"));
    Resolution mine = loadResolution(alice, id).value();
    mine.title = QStringLiteral("Non-prolifération/RPDC (libellé d’Alice)");
    mine.votes.abstaining = 1;
    mine.votes.inFavour = 14;
    RecordEdits edits(alice);
    edits.expectVersion(version);
    QVERIFY(!edits.updateResolution(id, mine, loadTriggerIds(alice, id).value()));
    QVERIFY(edits.conflict());
    ConflictDialog asked(*edits.conflict());
    asked.show();
    QVERIFY(QTest::qWaitForWindowExposed(&asked));
    const QString summary = asked.summaryLabel()->text();
    QVERIFY2(summary.startsWith(QStringLiteral("bob a modifié cet élément (résolution) à ")), qPrintable(summary));
    QVERIFY(summary.endsWith(QStringLiteral(" UTC, après que vous l’avez ouvert.")));
    QCOMPARE(asked.fieldsTable()->horizontalHeaderItem(1)->text(), QStringLiteral("Leur version (bob)"));
    // In the form's order: the vote (left column) before the title (right column).
    QCOMPARE(cell(asked.fieldsTable(), 0, 0), QStringLiteral("Voix pour"));
    QCOMPARE(cell(asked.fieldsTable(), 1, 0), QStringLiteral("Abstentions"));
    QCOMPARE(cell(asked.fieldsTable(), 2, 0), QStringLiteral("Titre"));
    QCOMPARE(asked.overwriteButton()->text(), QStringLiteral("Écraser avec la mienne"));
    test::grab(asked, QStringLiteral("conflict-dialog-fr"), false);
    QVERIFY(installEnglishCatalogue());
}

QTEST_MAIN(TestConflictDialog)
#include "tst_conflict_dialog.moc"
