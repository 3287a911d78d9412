// Issue 14, item 3, as the analyst sees it: a resolution form whose record bob saved meanwhile. Save
// shows who saved and, field by field, theirs against the form's; Cancel keeps the input, Overwrite
// saves it over bob's and says so in the undo step, Reload puts bob's record in the form.
#include "EditingTestSupport.h"
#include "GrabSupport.h"

#include "editing/ConflictDialog.h"
#include "editing/EditHistory.h"
#include "editing/ErrorBanner.h"
#include "editing/FormData.h"
#include "editing/RecordEdits.h"
#include "editing/RecordEditor.h"
#include "editing/ResolutionDialog.h"
#include "storage/ResolutionRepository.h"
#include "storage/RowVersion.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
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
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("team.sqlite"));
    auto alice = Database::open(path, OpenOptions{false, QStringLiteral("alice")}).value();
    QVERIFY(loadBundledDataset(*alice).ok());
    auto bob = Database::open(path, OpenOptions{false, QStringLiteral("bob")}).value();
    const qint64 id = ResolutionRepository(*alice).idOf(kSymbol).value();
    const Resolution stored = loadResolution(*alice, id).value();

    QWidget window;
    window.resize(1000, 700);
    window.show();
    EditHistory history(*alice);
    RecordEditor editor(*alice, history, &window);
    ResolutionDialog *form = openForm(editor, id);
    QVERIFY(form);

    bobSaves(*bob, id, [](Resolution &r) {
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
    QCOMPARE(loadResolution(*alice, id).value().title, QStringLiteral("Non-proliferation/DPRK (corrected by Bob)"));
    test::grab(*form, QStringLiteral("form-after-cancel"));

    // Overwrite: saved over bob's, and the undo step says so.
    QTest::mouseClick(form->saveButton(), Qt::LeftButton);
    QTRY_VERIFY((asked = form->findChild<ConflictDialog *>()) && asked->isVisible());
    asked->overwriteButton()->click();
    QTRY_COMPARE(form->result(), int(QDialog::Accepted));
    const Resolution now = loadResolution(*bob, id).value();
    QCOMPARE(now.title, QStringLiteral("Non-proliferation/DPRK (Alice's wording)"));
    QCOMPARE(now.note, stored.note); // the form held the note as alice loaded it
    QCOMPARE(history.stack()->undoText(), QStringLiteral("Edit resolution %1, over bob’s change").arg(kSymbol));
    QCOMPARE(readRowStamp(*bob, records::resolutions, id).value().changedBy, QStringLiteral("alice"));
}

void TestConflictDialog::reloadPutsTheirsInTheForm()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("team.sqlite"));
    auto alice = Database::open(path, OpenOptions{false, QStringLiteral("alice")}).value();
    QVERIFY(loadBundledDataset(*alice).ok());
    auto bob = Database::open(path, OpenOptions{false, QStringLiteral("bob")}).value();
    const qint64 id = ResolutionRepository(*alice).idOf(kSymbol).value();

    QWidget window;
    window.resize(1000, 700);
    window.show();
    EditHistory history(*alice);
    RecordEditor editor(*alice, history, &window);
    QPointer<ResolutionDialog> form = openForm(editor, id);
    QVERIFY(form);
    const QRect where = form->geometry();

    bobSaves(*bob, id, [](Resolution &r) { r.title = QStringLiteral("Bob's title"); });
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
    QCOMPARE(reloaded->loadedVersion(), readRowStamp(*alice, records::resolutions, id).value().version);
    QCOMPARE(history.stack()->count(), 0);

    // From bob's record, alice's save goes through without a question.
    reloaded->titleEdit()->selectAll();
    QTest::keyClicks(reloaded->titleEdit(), QStringLiteral("Bob's title, then Alice's"));
    QTest::mouseClick(reloaded->saveButton(), Qt::LeftButton);
    QTRY_COMPARE(reloaded->result(), int(QDialog::Accepted));
    QVERIFY(!reloaded->findChild<ConflictDialog *>());
    QCOMPARE(loadResolution(*bob, id).value().title, QStringLiteral("Bob's title, then Alice's"));
}

QTEST_MAIN(TestConflictDialog)
#include "tst_conflict_dialog.moc"
