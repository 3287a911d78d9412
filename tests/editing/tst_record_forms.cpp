// Each record form driven as a user would (typing, clicking): errors appear beside the field as one
// types, Save stays disabled while anything is wrong, a save stores the record, and a save the
// database refuses (read-only, locked) keeps the form open with the input and writes nothing.
// With ST_GRAB_DIR set, each form is also saved as a PNG there, to look at.
#include "EditingTestSupport.h"
#include "GrabSupport.h"

#include "domain/MeasureTexts.h"
#include "editing/DateField.h"
#include "editing/ErrorBanner.h"
#include "editing/FormChecks.h"
#include "editing/FormData.h"
#include "editing/MeasureDialog.h"
#include "editing/MeasureTypeDialog.h"
#include "editing/ResolutionDialog.h"
#include "editing/StateDialog.h"
#include "editing/TriggerEventDialog.h"
#include "storage/MeasureRepository.h"
#include "storage/ReferenceData.h"
#include "storage/ResolutionRepository.h"
#include "storage/TriggerEventRepository.h"
#include "validation/Validation.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTimer>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>

using namespace st;

class TestRecordForms : public QObject {
    Q_OBJECT
private slots:
    void stateForm();
    void measureTypeForm();
    void triggerEventForm();
    void resolutionForm();
    void vetoedDraftRules();
    void measureForm();
    void measureFormEditsKeepLineage();
    void measureFormEditsTheLegalBasis();
    void measureFormRefusesContradictions();
    void changedFormAsksBeforeDiscarding_data();
    void changedFormAsksBeforeDiscarding();
    void untouchedFormClosesAtOnce();
    void errorLinesKeepTheirPlace();
    void readOnlySaveKeepsTheInput();
    void lockedSaveKeepsTheInput();
};

namespace {

FormCatalog catalogOf(const Database &db) { return loadFormCatalog(db).value(); }

using test::grab;

void show(QDialog &dialog)
{
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
}

void choose(QComboBox *box, const QVariant &data)
{
    const int index = box->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    box->setCurrentIndex(index);
}

void retype(QWidget *edit, const QString &text)
{
    if (auto *line = qobject_cast<QLineEdit *>(edit))
        line->clear();
    else if (auto *area = qobject_cast<QPlainTextEdit *>(edit))
        area->clear();
    QTest::keyClicks(edit, text);
}

// Answers the discard question that `trigger` raises, once it is up; returns whether it came.
bool answerDiscardQuestion(const std::function<void()> &trigger, QMessageBox::StandardButton answer)
{
    bool asked = false;
    QTimer::singleShot(0, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != QLatin1String("discardChanges"))
            return;
        asked = true;
        box->button(answer)->click();
    });
    trigger();
    return asked;
}

Measure newMeasureOf2397()
{
    Measure prefill;
    prefill.resolution = QStringLiteral("S/RES/2397 (2017)");
    prefill.stateCode = QStringLiteral("PRK");
    return prefill;
}

} // namespace

void TestRecordForms::stateForm()
{
    auto db = test::openMemory();
    StateDialog dialog(*db, SanctionedState{});
    show(dialog);
    QSignalSpy saved(&dialog, &RecordDialog::saved);
    QVERIFY(!dialog.saveButton()->isEnabled());
    QVERIFY(dialog.errorText(QStringLiteral("code")).isEmpty()); // untouched fields wait quietly…
    QVERIFY(dialog.hintText().contains(QStringLiteral("Code")));  // …and are named below
    grab(dialog, QStringLiteral("state-new"));

    QTest::keyClicks(dialog.codeEdit(), QStringLiteral("PRK"));
    QVERIFY(dialog.errorText(QStringLiteral("code")).contains(QStringLiteral("already used")));
    retype(dialog.codeEdit(), QStringLiteral("LB"));
    QVERIFY(dialog.errorText(QStringLiteral("code")).contains(QStringLiteral("ISO 3166-1")));
    QTest::keyClicks(dialog.codeEdit(), QStringLiteral("y")); // upper-cased on save (IRN is bundled since issue 16)
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("Libya"));
    QVERIFY(dialog.errorText(QStringLiteral("code")).isEmpty());
    QVERIFY(dialog.saveButton()->isEnabled());

    const qint64 audit = test::lastAuditId(*db);
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QCOMPARE(saved.count(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const qint64 id = StateRepository(db->connection()).idOf(QStringLiteral("LBY")).value();
    QCOMPARE(loadState(*db, id).value().name, QStringLiteral("Libya"));
    QCOMPARE(test::auditRowsFor(*db, audit, QStringLiteral("states"), id, QStringLiteral("insert")), 1);
}

void TestRecordForms::measureTypeForm()
{
    auto db = test::openMemory();
    MeasureTypeDialog dialog(*db, MeasureType{});
    show(dialog);
    QTest::keyClicks(dialog.codeEdit(), QStringLiteral("Crypto ban"));
    QVERIFY(dialog.errorText(QStringLiteral("code")).contains(QStringLiteral("lower-case")));
    retype(dialog.codeEdit(), QStringLiteral("crypto_ban"));
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("Cryptocurrency ban"));
    dialog.categoryBox()->setCurrentText(QStringLiteral("financial"));
    QTest::mouseClick(dialog.hasCapBox(), Qt::LeftButton);
    QVERIFY(dialog.hasCapBox()->isChecked());
    grab(dialog, QStringLiteral("measure-type-filled"));
    QVERIFY(dialog.saveButton()->isEnabled());
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);

    const auto types = MeasureTypeRepository(db->connection()).all().value();
    const auto stored = std::find_if(types.cbegin(), types.cend(), [](const MeasureType &t) { return t.code == QLatin1String("crypto_ban"); });
    QVERIFY(stored != types.cend());
    QCOMPARE(stored->category, QStringLiteral("financial"));
    QVERIFY(stored->hasCap);

    // A type whose stored measures carry caps cannot lose its cap.
    const qint64 petroleum = MeasureTypeRepository(db->connection()).idOf(QStringLiteral("refined_petroleum_cap")).value();
    MeasureTypeDialog edit(*db, loadMeasureType(*db, petroleum).value());
    show(edit);
    QTest::mouseClick(edit.hasCapBox(), Qt::LeftButton);
    QVERIFY(edit.errorText(QStringLiteral("has_cap")).contains(QStringLiteral("carry a cap")));
    QVERIFY(!edit.saveButton()->isEnabled());
    grab(edit, QStringLiteral("measure-type-cap-in-use"));
}

void TestRecordForms::triggerEventForm()
{
    auto db = test::openMemory();
    TriggerEventDialog dialog(*db, catalogOf(*db), TriggerEvent{});
    show(dialog);
    QCOMPARE(dialog.stateBox()->currentData().toString(), QStringLiteral("IRN")); // the first of the two bundled states
    choose(dialog.stateBox(), QStringLiteral("PRK"));
    QCOMPARE(dialog.stateBox()->currentData().toString(), QStringLiteral("PRK"));
    QTest::keyClicks(dialog.dateField()->lineEdit(), QStringLiteral("2025-02-30"));
    QVERIFY(dialog.errorText(QStringLiteral("date")).contains(QStringLiteral("not a real date")));
    retype(dialog.dateField()->lineEdit(), QStringLiteral("1944-06-06"));
    QVERIFY(dialog.errorText(QStringLiteral("date")).contains(QStringLiteral("1945")));
    retype(dialog.dateField()->lineEdit(), QStringLiteral("2025-01-06"));
    QTest::keyClicks(dialog.localDateField()->lineEdit(), QStringLiteral("2025-01-09"));
    QVERIFY(dialog.errorText(QStringLiteral("local_date")).contains(QStringLiteral("within a day")));
    retype(dialog.localDateField()->lineEdit(), QStringLiteral("2025-01-07"));
    choose(dialog.kindBox(), QStringLiteral("missile_launch"));
    QTest::keyClicks(dialog.descriptionEdit(), QStringLiteral("Launch of a hypersonic intermediate-range missile"));
    QTest::keyClicks(dialog.sourceEdit(), QStringLiteral("www.example.org"));
    QVERIFY(dialog.errorText(QStringLiteral("source")).contains(QStringLiteral("web address")));
    grab(dialog, QStringLiteral("trigger-event-errors"));
    retype(dialog.sourceEdit(), QStringLiteral("https://www.example.org/launch"));
    QVERIFY2(dialog.saveButton()->isEnabled(), qPrintable(dialog.hintText()));
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);

    auto events = TriggerEventRepository(db->connection()).all().value();
    events.removeIf([](const TriggerEvent &e) { return e.stateCode != QLatin1String("PRK"); }); // Iran's are bundled too
    QCOMPARE(events.last().date, QDate(2025, 1, 6));
    QCOMPARE(events.last().localDate, QDate(2025, 1, 7));
    QCOMPARE(events.last().kind, EventKind::MissileLaunch);
}

void TestRecordForms::resolutionForm()
{
    auto db = test::openMemory();
    Resolution blank;
    blank.votes = {15, 0, 0};
    blank.states = {QStringLiteral("PRK")};
    ResolutionDialog dialog(*db, catalogOf(*db), blank, {});
    show(dialog);
    grab(dialog, QStringLiteral("resolution-new"));
    QVERIFY(!dialog.saveButton()->isEnabled());

    // The symbol follows the number and year until the user types one.
    QTest::keyClicks(dialog.numberEdit(), QStringLiteral("2397"));
    QTest::keyClicks(dialog.dateField()->lineEdit(), QStringLiteral("2017-12-22"));
    QCOMPARE(dialog.symbolEdit()->text(), QStringLiteral("S/RES/2397 (2017)"));
    QVERIFY(dialog.errorText(QStringLiteral("symbol")).contains(QStringLiteral("already used")));
    QVERIFY(dialog.errorText(QStringLiteral("number")).contains(QStringLiteral("already used")));
    retype(dialog.numberEdit(), QStringLiteral("2999"));
    retype(dialog.dateField()->lineEdit(), QStringLiteral("2025-03-01"));
    QCOMPARE(dialog.symbolEdit()->text(), QStringLiteral("S/RES/2999 (2025)"));
    retype(dialog.symbolEdit(), QStringLiteral("S/RES/2998 (2025)"));
    QVERIFY(dialog.errorText(QStringLiteral("symbol")).contains(QStringLiteral("2998")));
    retype(dialog.symbolEdit(), QStringLiteral("S/RES/2999 (2025)"));

    // Votes: at most 15 in all.
    dialog.votesFor()->setValue(10);
    dialog.votesAgainst()->setValue(4);
    dialog.votesAbstaining()->setValue(2);
    QVERIFY(dialog.errorText(QStringLiteral("votes")).contains(QStringLiteral("15 members")));
    QVERIFY(!dialog.saveButton()->isEnabled());
    dialog.votesAgainst()->setValue(0);
    QVERIFY(dialog.errorText(QStringLiteral("votes")).isEmpty());

    QTest::keyClicks(dialog.titleEdit(), QStringLiteral("Non-proliferation/DPRK"));
    QTest::keyClicks(dialog.sourcesEdit(), QStringLiteral("press.un.org/x"));
    QVERIFY(dialog.errorText(QStringLiteral("sources")).contains(QStringLiteral("web address")));
    grab(dialog, QStringLiteral("resolution-errors"));
    retype(dialog.sourcesEdit(), QStringLiteral("https://press.un.org/en/2025/sc1.doc.htm"));
    QTest::keyClick(dialog.sourcesEdit(), Qt::Key_Return);
    QTest::keyClicks(dialog.sourcesEdit(), QStringLiteral("https://undocs.org/S/RES/2999(2025)"));
    dialog.triggersList()->item(0)->setCheckState(Qt::Checked); // the newest event
    const qint64 event = dialog.triggersList()->item(0)->data(Qt::UserRole).toLongLong();
    QVERIFY2(dialog.saveButton()->isEnabled(), qPrintable(dialog.hintText()));
    grab(dialog, QStringLiteral("resolution-filled"));
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);

    const Resolution stored = ResolutionRepository(db->connection()).findBySymbol(QStringLiteral("S/RES/2999 (2025)")).value().value();
    QCOMPARE(stored.number, 2999);
    QCOMPARE(stored.votes, (Votes{10, 0, 2}));
    QCOMPARE(stored.sources.size(), 2);
    QCOMPARE(stored.states, QStringList{QStringLiteral("PRK")});
    QCOMPARE(loadTriggerIds(*db, stored.id).value(), QList<qint64>{event});
}

void TestRecordForms::vetoedDraftRules()
{
    auto db = test::openMemory();
    const Resolution draft = ResolutionRepository(db->connection()).findBySymbol(QStringLiteral("S/2022/431")).value().value();
    ResolutionDialog dialog(*db, catalogOf(*db), draft, loadTriggerIds(*db, draft.id).value());
    show(dialog);
    QVERIFY(dialog.saveButton()->isEnabled()); // a stored record opens valid
    QVERIFY(!dialog.numberEdit()->isEnabled());
    dialog.votesAgainst()->setValue(0);
    QVERIFY(dialog.errorText(QStringLiteral("votes.against")).contains(QStringLiteral("at least 1")));
    QVERIFY(!dialog.saveButton()->isEnabled());
    grab(dialog, QStringLiteral("resolution-vetoed-errors"));
    dialog.votesAgainst()->setValue(2);
    QTest::mouseClick(dialog.vetoBox(QStringLiteral("CHN")), Qt::LeftButton); // CHN and RUS vetoed; now RUS only
    QVERIFY(dialog.saveButton()->isEnabled());
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QCOMPARE(ResolutionRepository(db->connection()).findById(draft.id).value()->vetoedBy, QStringList{QStringLiteral("RUS")});
}

void TestRecordForms::measureForm()
{
    auto db = test::openMemory();
    Measure prefill;
    prefill.resolution = QStringLiteral("S/RES/2397 (2017)");
    prefill.stateCode = QStringLiteral("PRK");
    MeasureDialog dialog(*db, catalogOf(*db), prefill);
    show(dialog);
    grab(dialog, QStringLiteral("measure-new"));
    QCOMPARE(dialog.stateBox()->currentData().toString(), QStringLiteral("PRK"));
    QVERIFY(!dialog.capValueEdit()->isEnabled());

    // The resolution field completes what is typed.
    retype(dialog.resolutionEdit(), QStringLiteral("2375"));
    QCompleter *completer = dialog.resolutionEdit()->completer();
    QCOMPARE(completer->completionCount(), 1);
    QCOMPARE(completer->currentCompletion(), QStringLiteral("S/RES/2375 (2017)"));
    QVERIFY(dialog.errorText(QStringLiteral("resolution")).contains(QStringLiteral("not a stored")));
    retype(dialog.resolutionEdit(), QStringLiteral("S/RES/2397 (2017)"));

    choose(dialog.typeBox(), QStringLiteral("arms_embargo"));
    QVERIFY(!dialog.capValueEdit()->isEnabled());
    choose(dialog.typeBox(), QStringLiteral("refined_petroleum_cap"));
    QVERIFY(dialog.capValueEdit()->isEnabled());
    choose(dialog.actionBox(), QStringLiteral("tightens"));
    QTest::keyClicks(dialog.descriptionEdit(), QStringLiteral("Cap of 500,000 barrels a year"));
    QTest::keyClicks(dialog.paragraphEdit(), QStringLiteral("OP 5"));
    QTest::keyClicks(dialog.capValueEdit(), QStringLiteral("-5"));
    QVERIFY(dialog.errorText(QStringLiteral("cap.value")).contains(QStringLiteral("positive")));
    QVERIFY(dialog.errorText(QStringLiteral("cap.unit")).contains(QStringLiteral("required")));
    retype(dialog.capValueEdit(), QStringLiteral("500000"));
    QTest::keyClicks(dialog.capUnitEdit(), QStringLiteral("barrels"));
    QTest::keyClicks(dialog.capPeriodEdit(), QStringLiteral("year"));
    QTest::keyClicks(dialog.effectiveFromField()->lineEdit(), QStringLiteral("2018-01-01"));
    QTest::keyClicks(dialog.effectiveToField()->lineEdit(), QStringLiteral("2017-12-31"));
    QVERIFY(dialog.errorText(QStringLiteral("effective_to")).contains(QStringLiteral("before the effective-from")));
    dialog.effectiveToField()->lineEdit()->clear(); // open-ended: no "effective to"
    QVERIFY(dialog.errorText(QStringLiteral("effective_to")).isEmpty());

    QTest::keyClicks(dialog.sourceEdit(), QStringLiteral("https://undocs.org/S/RES/2397(2017)"));

    // "Changes" lists PRK's refined-petroleum measures of earlier resolutions only.
    QComboBox *changes = dialog.changesBox();
    QVERIFY(changes->count() >= 2);
    for (int i = 1; i < changes->count(); ++i)
        QVERIFY2(!changes->itemText(i).startsWith(QStringLiteral("S/RES/2397")), qPrintable(changes->itemText(i)));
    const qint64 earlier = changes->itemData(changes->count() - 1).toLongLong();
    changes->setCurrentIndex(changes->count() - 1);
    QVERIFY2(dialog.saveButton()->isEnabled(), qPrintable(dialog.hintText()));
    grab(dialog, QStringLiteral("measure-filled"));
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);

    const qint64 id = dialog.change().after.id;
    const Measure stored = MeasureRepository(db->connection()).findById(id).value().value();
    QCOMPARE(stored.resolution, QStringLiteral("S/RES/2397 (2017)"));
    QCOMPARE(stored.typeCode, QStringLiteral("refined_petroleum_cap"));
    QCOMPARE(stored.action, MeasureAction::Tightens);
    QCOMPARE(stored.cap, (Cap{500000, QStringLiteral("barrels"), QStringLiteral("year")}));
    QCOMPARE(stored.effectiveFrom, QDate(2018, 1, 1));
    QVERIFY(!stored.effectiveTo.isValid());
    QCOMPARE(stored.changesId, earlier);
    QCOMPARE(stored.paragraph, QStringLiteral("OP 5"));
}

void TestRecordForms::measureFormEditsKeepLineage()
{
    auto db = test::openMemory();
    const qint64 id = test::scalarInt(*db, QStringLiteral("SELECT id FROM measures WHERE changes_measure_id IS NOT NULL ORDER BY id LIMIT 1"));
    const Measure stored = loadMeasure(*db, id).value();
    MeasureDialog dialog(*db, catalogOf(*db), stored);
    show(dialog);
    QCOMPARE(dialog.changesBox()->currentData().toLongLong(), stored.changesId);
    QVERIFY(dialog.saveButton()->isEnabled());
    grab(dialog, QStringLiteral("measure-edit"));
    QTest::keyClick(dialog.descriptionEdit(), Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(dialog.descriptionEdit(), QStringLiteral(" (amended)"));
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    const Measure after = loadMeasure(*db, id).value();
    QCOMPARE(after.changesId, stored.changesId);
    QCOMPARE(after.description, stored.description + QStringLiteral(" (amended)"));
    QCOMPARE(after.position, stored.position);
}

// Issue 13: the legal basis is shown, checked and saved like the measure's other fields.
void TestRecordForms::measureFormEditsTheLegalBasis()
{
    auto db = test::openMemory();
    const qint64 id = test::scalarInt(*db, QStringLiteral("SELECT id FROM measures WHERE legal_basis IS NOT NULL"));
    const Measure stored = loadMeasure(*db, id).value();
    MeasureDialog dialog(*db, catalogOf(*db), stored);
    show(dialog);
    QVERIFY(dialog.textEdit(u"legal_basis")->toPlainText().startsWith(QStringLiteral("5. Decides that Iran shall not supply")));
    grab(dialog, QStringLiteral("measure-legal-basis"));

    dialog.textEdit(u"legal_basis")->setPlainText(QString(measureText(u"legal_basis")->maxLength + 1, QLatin1Char('x')));
    QVERIFY(dialog.errorText(QStringLiteral("legal_basis")).contains(QStringLiteral("too long")));
    QVERIFY(!dialog.saveButton()->isEnabled());
    dialog.textEdit(u"legal_basis")->setPlainText(QStringLiteral("  5. Decides that Iran shall not supply arms;  "));
    QVERIFY(dialog.errorText(QStringLiteral("legal_basis")).isEmpty());
    QVERIFY2(dialog.saveButton()->isEnabled(), qPrintable(dialog.hintText()));
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    const Measure after = loadMeasure(*db, id).value();
    QCOMPARE(after.legalBasis, QStringLiteral("5. Decides that Iran shall not supply arms;"));
    QCOMPARE(after.description, stored.description);
}

// Issue 11, item 8: the rules of core's validateMeasure, shown beside their fields.
void TestRecordForms::measureFormRefusesContradictions()
{
    auto db = test::openMemory();
    MeasureDialog dialog(*db, catalogOf(*db), newMeasureOf2397());
    show(dialog);
    choose(dialog.typeBox(), QStringLiteral("refined_petroleum_cap"));
    choose(dialog.actionBox(), QStringLiteral("tightens"));
    QTest::keyClicks(dialog.descriptionEdit(), QStringLiteral("A lower cap"));
    QTest::keyClicks(dialog.sourceEdit(), QStringLiteral("https://undocs.org/S/RES/2397(2017)"));
    // Years before the resolution was adopted.
    QTest::keyClicks(dialog.effectiveFromField()->lineEdit(), QStringLiteral("2009-01-01"));
    QCOMPARE(dialog.errorText(QStringLiteral("effective_from")),
             QStringLiteral("Is before the resolution was adopted (2017-12-22)"));
    QVERIFY(!dialog.saveButton()->isEnabled());
    retype(dialog.effectiveFromField()->lineEdit(), QStringLiteral("2018-01-01"));
    QVERIFY(dialog.errorText(QStringLiteral("effective_from")).isEmpty());
    // "Tightens" with "Changes: nothing".
    QComboBox *changes = dialog.changesBox();
    changes->setCurrentIndex(changes->count() - 1);
    changes->setCurrentIndex(0);
    QCOMPARE(dialog.errorText(QStringLiteral("changes")), QStringLiteral("Must name the measure this one tightens"));
    QVERIFY(!dialog.saveButton()->isEnabled());
    QTest::keyClicks(dialog.effectiveToField()->lineEdit(), QStringLiteral("2009-12-31"));
    grab(dialog, QStringLiteral("measure-refused"));
    dialog.effectiveToField()->lineEdit()->clear();
    // A description pasted from a whole page.
    dialog.descriptionEdit()->setPlainText(QString(103000, QLatin1Char('x')));
    QVERIFY(dialog.errorText(QStringLiteral("description")).startsWith(QStringLiteral("Is too long: 103000 characters")));
    dialog.descriptionEdit()->setPlainText(QStringLiteral("A lower cap"));
    changes->setCurrentIndex(changes->count() - 1);
    QVERIFY2(dialog.saveButton()->isEnabled(), qPrintable(dialog.hintText()));

    // Made, through the database, to change a measure of its own resolution.
    const qint64 own = test::scalarInt(*db, QStringLiteral(
        "SELECT m.id FROM measures m JOIN resolutions r ON r.id = m.resolution_id "
        "WHERE r.symbol = 'S/RES/2397 (2017)' ORDER BY m.id LIMIT 1"));
    Measure m = dialog.measure();
    m.changesId = own;
    const FieldErrors errors = FormChecks(*db).measure(m).value();
    QVERIFY2(describe(errors).contains(QStringLiteral("changes must be a measure of another resolution, not of its own")),
             qPrintable(describe(errors)));
    dialog.setResult(QDialog::Accepted); // nothing to ask at tear-down
}

void TestRecordForms::changedFormAsksBeforeDiscarding_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("Escape") << QStringLiteral("escape");
    QTest::newRow("Cancel") << QStringLiteral("cancel");
    QTest::newRow("window close") << QStringLiteral("close");
}

// Issue 11, item 9: whatever closes a form with changes asks first; "Keep Editing" keeps it all.
void TestRecordForms::changedFormAsksBeforeDiscarding()
{
    QFETCH(QString, how);
    auto db = test::openMemory();
    MeasureDialog dialog(*db, catalogOf(*db), newMeasureOf2397());
    show(dialog);
    QVERIFY(!dialog.hasChanges());
    QTest::keyClicks(dialog.descriptionEdit(), QStringLiteral("Typed with care"));
    QVERIFY(dialog.hasChanges());
    const auto closeIt = [&] {
        if (how == QLatin1String("escape"))
            QTest::keyClick(&dialog, Qt::Key_Escape);
        else if (how == QLatin1String("cancel"))
            dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
        else
            dialog.close();
    };
    QVERIFY(answerDiscardQuestion(closeIt, QMessageBox::Cancel));
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.descriptionEdit()->toPlainText(), QStringLiteral("Typed with care"));
    QVERIFY(answerDiscardQuestion(closeIt, QMessageBox::Discard));
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestRecordForms::untouchedFormClosesAtOnce()
{
    auto db = test::openMemory();
    MeasureDialog dialog(*db, catalogOf(*db), newMeasureOf2397());
    show(dialog);
    QVERIFY(!answerDiscardQuestion([&] { QTest::keyClick(&dialog, Qt::Key_Escape); }, QMessageBox::Cancel));
    QVERIFY(!dialog.isVisible());
}

// Issue 11, item 10: an error line appearing or going away moves no field.
void TestRecordForms::errorLinesKeepTheirPlace()
{
    auto db = test::openMemory();
    MeasureDialog dialog(*db, catalogOf(*db), newMeasureOf2397());
    show(dialog);
    choose(dialog.typeBox(), QStringLiteral("refined_petroleum_cap"));
    QTest::keyClicks(dialog.descriptionEdit(), QStringLiteral("A cap"));
    QTest::keyClicks(dialog.paragraphEdit(), QStringLiteral("OP 5"));
    const QList<QWidget *> fields{dialog.resolutionEdit(), dialog.typeBox(), dialog.descriptionEdit(),
                                  dialog.paragraphEdit(), dialog.capValueEdit(), dialog.effectiveFromField(),
                                  dialog.effectiveToField(), dialog.changesBox(), dialog.sourceEdit()};
    const auto geometries = [&] {
        QApplication::processEvents();
        QList<QRect> out;
        for (QWidget *w : fields)
            out << QRect(w->mapTo(&dialog, QPoint(0, 0)), w->size());
        return out;
    };
    const QList<QRect> before = geometries();
    QVERIFY(dialog.errorText(QStringLiteral("effective_to")).isEmpty());
    QTest::keyClicks(dialog.effectiveToField()->lineEdit(), QStringLiteral("2017-01-01")); // before adoption
    QVERIFY(!dialog.errorText(QStringLiteral("effective_to")).isEmpty());
    QCOMPARE(geometries(), before);
    dialog.effectiveToField()->lineEdit()->clear();
    QVERIFY(dialog.errorText(QStringLiteral("effective_to")).isEmpty());
    QCOMPARE(geometries(), before);
    dialog.setResult(QDialog::Accepted); // nothing to ask at tear-down
}

void TestRecordForms::readOnlySaveKeepsTheInput()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ro.sqlite"));
    test::openFile(path).reset();
    auto db = Database::open(path, OpenOptions{true, QStringLiteral("tester")});
    QVERIFY(db.ok());
    const QStringList before = test::dumpTables(*db.value());

    StateDialog dialog(*db.value(), SanctionedState{});
    show(dialog);
    QSignalSpy saved(&dialog, &RecordDialog::saved);
    QTest::keyClicks(dialog.codeEdit(), QStringLiteral("LBY"));
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("Libya"));
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QCOMPARE(saved.count(), 0);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.banner()->isVisible());
    QVERIFY2(dialog.banner()->text().contains(QStringLiteral("read-only")), qPrintable(dialog.banner()->text()));
    QCOMPARE(dialog.codeEdit()->text(), QStringLiteral("LBY"));
    QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("Libya"));
    grab(dialog, QStringLiteral("state-read-only"));
    QCOMPARE(test::dumpTables(*db.value()), before);
}

void TestRecordForms::lockedSaveKeepsTheInput()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("locked.sqlite"));
    auto db = test::openFile(path);
    auto other = test::openFile(path);
    const QStringList before = test::dumpTables(*db);

    Measure prefill;
    prefill.resolution = QStringLiteral("S/RES/2397 (2017)");
    prefill.stateCode = QStringLiteral("PRK");
    prefill.typeCode = QStringLiteral("arms_embargo");
    prefill.source = QStringLiteral("https://undocs.org/S/RES/2397(2017)");
    MeasureDialog dialog(*db, catalogOf(*db), prefill);
    show(dialog);
    QTest::keyClicks(dialog.descriptionEdit(), QStringLiteral("Arms embargo extended to small arms"));
    QVERIFY(dialog.saveButton()->isEnabled());

    QVERIFY(sql::exec(other->connection(), QStringLiteral("BEGIN EXCLUSIVE")).ok());
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.banner()->text().contains(QStringLiteral("kept writing")), qPrintable(dialog.banner()->text()));
    QCOMPARE(dialog.descriptionEdit()->toPlainText(), QStringLiteral("Arms embargo extended to small arms"));
    grab(dialog, QStringLiteral("measure-locked"));
    QVERIFY(sql::exec(other->connection(), QStringLiteral("ROLLBACK")).ok());
    QCOMPARE(test::dumpTables(*db), before);

    // Once the other program lets go, the same input saves.
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.banner()->isVisible());
}

QTEST_MAIN(TestRecordForms)
#include "tst_record_forms.moc"
