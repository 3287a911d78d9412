// Issue 11, items 16 and 17: what the analyst reads. A state without resolutions says why its chart
// is empty; saving an edit keeps the timeline's zoom; the Report window shows the state's whole name;
// "not known" for an unstated Chapter VII; the same order of measure types in the form and the filter;
// whole names in the UN list review.
#include "TestSupport.h"
#include "UnListTestData.h"

#include "analysis/Timeline.h"
#include "charts/TimelineChart.h"
#include "charts/TimelinePanel.h"
#include "charts/TimelineView.h"
#include "editing/AuditLogModel.h"
#include "editing/HistoryView.h"
#include "editing/RecordEdits.h"
#include "storage/ResolutionRepository.h"
#include "main/MainWindow.h"
#include "reports/ReportWindow.h"
#include "designations/ReconciliationView.h"
#include "designations/UnListImport.h"
#include "designations/UnListImportDialog.h"
#include "domain/Wording.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLabel>
#include <QMenu>
#include <QPrinter>
#include <QSqlQuery>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QTreeWidgetItem>

#include <functional>

using namespace st;

class TestReadability : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("SanctionsTrackerTests")); }
    void stateWithoutResolutionsSaysWhyTheChartIsEmpty();
    void reloadAfterAnEditKeepsTheZoom();
    void reportStateBoxShowsTheWholeName();
    void unstatedChapterViiReadsNotKnown();
    void measureTypesComeInTheFiltersOrderInTheForm();
    void reviewShowsWholeNames();
    // Item 14: the report's timeline on paper.
    void printedTimelineKeepsLabelsByTheirMarkers();
    // Item 15: the History names the records an entry refers to.
    void historyShowsNamesInsteadOfIds();
    // Item 15: one entry per user action, whatever number of rows it wrote.
    void historyShowsOneEntryPerSave();
};

void TestReadability::stateWithoutResolutionsSaysWhyTheChartIsEmpty()
{
    auto db = test::openMemory();
    QVERIFY(importUnListFile(*db, test::smallList()).ok());
    MainWindow window(*db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    TimelinePanel &panel = window.workspace().timelinePanel();
    QVERIFY(panel.emptyMessage().isEmpty()); // the DPRK has its 26 resolutions
    // A state the UN list brought in, without any resolution here.
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT s.code, s.name FROM states s WHERE NOT EXISTS "
                                  "(SELECT 1 FROM resolution_states rs WHERE rs.state_id = s.id) ORDER BY s.code")));
    QVERIFY(q.next());
    const QString code = q.value(0).toString();
    const QString name = q.value(1).toString();
    window.workspace().setStateCode(code);
    QCOMPARE(panel.view()->timeline()->data().resolutions.size(), 0);
    QVERIFY2(panel.emptyMessage().contains(name), qPrintable(panel.emptyMessage()));
    QVERIFY(panel.emptyMessage().contains(QStringLiteral("UN Consolidated List")));
    auto *note = panel.findChild<QLabel *>(QStringLiteral("timelineEmpty"));
    QVERIFY(note && note->isVisible());
    QVERIFY(panel.view()->rect().contains(note->geometry())); // on the chart, whole
    window.workspace().setStateCode(QStringLiteral("PRK"));
    QVERIFY(panel.emptyMessage().isEmpty());
}

void TestReadability::reloadAfterAnEditKeepsTheZoom()
{
    auto db = test::openMemory();
    MainWindow window(*db);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    TimelineChart *chart = window.workspace().timelinePanel().view()->timeline();
    chart->setDateRange(QDate(2016, 1, 1), QDate(2018, 6, 30));
    const QDate from = chart->rangeFrom();
    const QDate to = chart->rangeTo();
    window.reloadAll(); // what a saved edit, an undo or an import does
    QCOMPARE(chart->rangeFrom(), from);
    QCOMPARE(chart->rangeTo(), to);
    // Another state is another timeline: it is shown whole.
    window.workspace().setStateCode(QString());
    QVERIFY(chart->isFitted());
}

void TestReadability::reportStateBoxShowsTheWholeName()
{
    auto db = test::openMemory();
    QPrinter printer(QPrinter::HighResolution);
    ReportWindow window(*db, printer);
    ReportOptions options = window.options();
    options.stateCode = QStringLiteral("PRK"); // the longer of the two bundled names
    window.setOptions(options);
    window.resize(1100, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *state = window.findChild<QComboBox *>(QStringLiteral("reportState"));
    QVERIFY(state);
    QVERIFY(state->currentText().contains(QStringLiteral("Democratic People's Republic of Korea")));
    const int needed = state->fontMetrics().horizontalAdvance(state->currentText());
    QVERIFY2(state->width() >= needed + 20, qPrintable(QStringLiteral("%1 px for %2 px of text").arg(state->width()).arg(needed)));
}

void TestReadability::unstatedChapterViiReadsNotKnown()
{
    QCOMPARE(chapterViiText(std::nullopt), QStringLiteral("not known"));
    QCOMPARE(chapterViiText(true), QStringLiteral("Yes"));
}

void TestReadability::measureTypesComeInTheFiltersOrderInTheForm()
{
    auto db = test::openMemory();
    MainWindow window(*db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The filter: the Measures tab's first combo box, after "Any measure type".
    QComboBox *filter = window.workspace().browserTabs()->widget(1)->findChild<QComboBox *>();
    QVERIFY(filter);
    QStringList filterOrder;
    for (int i = 0; i < filter->count(); ++i) {
        if (!filter->itemData(i).toString().isEmpty())
            filterOrder << filter->itemText(i);
    }
    QVERIFY(filterOrder.size() >= 10);
    QAction *newMeasure = nullptr;
    const std::function<void(QMenu *)> find = [&](QMenu *menu) {
        for (QAction *a : menu->actions()) {
            if (a->menu())
                find(a->menu());
            else if (a->shortcut() == QKeySequence(QKeySequence::New))
                newMeasure = a;
        }
    };
    find(window.fileMenu());
    QVERIFY(newMeasure);
    QStringList formOrder;
    QTimer poll;
    poll.setInterval(30);
    connect(&poll, &QTimer::timeout, this, [&] {
        QDialog *dialog = nullptr;
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *d = qobject_cast<QDialog *>(w); d && d->isVisible())
                dialog = d;
        }
        if (!dialog)
            return;
        poll.stop();
        for (QComboBox *box : dialog->findChildren<QComboBox *>()) {
            if (box->placeholderText().contains(QStringLiteral("measure type"))) {
                for (int i = 0; i < box->count(); ++i)
                    formOrder << box->itemText(i);
            }
        }
        dialog->reject();
    });
    poll.start();
    newMeasure->trigger();
    QTRY_VERIFY(!formOrder.isEmpty());
    QCOMPARE(formOrder, filterOrder);
}

void TestReadability::reviewShowsWholeNames()
{
    auto db = test::openMemory();
    UnListImportDialog dialog(*db, test::smallList());
    dialog.show();
    dialog.start();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.stage(), UnListImportDialog::Stage::Review, 20000);
    ReconciliationView *view = dialog.reconciliationView();
    int names = 0;
    for (int g = 0; g < view->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = view->topLevelItem(g);
        for (int c = 0; c < group->childCount(); ++c) {
            const QString name = group->child(c)->text(ReconciliationView::Name);
            if (name.isEmpty())
                continue;
            ++names;
            const int needed = view->fontMetrics().horizontalAdvance(name);
            QVERIFY2(view->columnWidth(ReconciliationView::Name) >= needed,
                     qPrintable(QStringLiteral("%1 needs %2 px, has %3").arg(name).arg(needed).arg(view->columnWidth(ReconciliationView::Name))));
        }
    }
    QVERIFY(names >= 10);
}

void TestReadability::printedTimelineKeepsLabelsByTheirMarkers()
{
    auto db = test::openMemory();
    auto timeline = buildTimeline(*db, QStringLiteral("PRK"));
    QVERIFY(timeline);
    // As the report lays it out: 640×330 CSS pixels, no legend, from the first resolution.
    TimelineChartOptions options;
    options.legend = false;
    options.from = QDate(2006, 7, 15);
    QGraphicsScene scene;
    auto *chart = new TimelineChart(timeline.value(), options);
    scene.addItem(chart);
    chart->resize(QSizeF(640, 330));
    chart->layout()->activate();
    const QList<QRectF> rects = chart->labelRects();
    const QStringList texts = chart->labelTexts();
    QCOMPARE(rects.size(), texts.size());
    int renewals = 0;
    for (const TimelineEntry &e : chart->data().resolutions) {
        const QPointF marker = chart->positionOf(e.id);
        const qsizetype k = texts.indexOf(e.shortLabel());
        if (e.category() == TimelineCategory::PanelRenewal) {
            QVERIFY2(k >= 0, qPrintable(e.shortLabel() + QStringLiteral(" has no label")));
            ++renewals;
            const qreal off = std::abs(rects[k].center().x() - marker.x());
            QVERIFY2(off <= rects[k].width(), qPrintable(QStringLiteral("%1: label %2 px from its marker").arg(e.shortLabel()).arg(off)));
        }
        // No marker lies under another resolution's label (1695 used to hide under 1928's).
        const QRectF dot(marker - QPointF(3, 3), QSizeF(6, 6));
        for (qsizetype j = 0; j < rects.size(); ++j) {
            if (texts[j] != e.shortLabel() && rects[j].intersects(dot) && !texts[j].endsWith(QStringLiteral(" d")))
                QFAIL(qPrintable(QStringLiteral("the marker of %1 is under the label %2").arg(e.shortLabel(), texts[j])));
        }
    }
    QCOMPARE(renewals, 13);
}

void TestReadability::historyShowsNamesInsteadOfIds()
{
    auto db = test::openMemory();
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT m.id, r.symbol, t.name FROM measures m JOIN resolutions r ON r.id = m.resolution_id "
                                  "JOIN measure_types t ON t.id = m.type_id ORDER BY m.id LIMIT 1")) && q.next());
    const qint64 measure = q.value(0).toLongLong();
    const QString symbol = q.value(1).toString();
    const QString type = q.value(2).toString();
    HistoryView view(*db);
    view.reload();
    view.showRecord(QStringLiteral("measures"), measure);
    QVERIFY(view.model()->rowCount() >= 1);
    // The measure was added by the dataset load, one action of many rows: the measure's own row comes
    // first, its fields beneath it.
    QTreeWidgetItem *measureRow = view.details()->topLevelItem(0);
    QVERIFY(measureRow);
    QVERIFY(measureRow->text(0).startsWith(QStringLiteral("Measure ")));
    QHash<QString, QString> after;
    for (int i = 0; i < measureRow->childCount(); ++i)
        after.insert(measureRow->child(i)->text(0), measureRow->child(i)->text(2));
    QVERIFY2(!after.contains(QStringLiteral("resolution_id")), qPrintable(QStringList(after.keys()).join(u',')));
    QCOMPARE(after.value(QStringLiteral("Resolution")), symbol);
    QCOMPARE(after.value(QStringLiteral("Measure type")), type);
}

void TestReadability::historyShowsOneEntryPerSave()
{
    auto db = test::openMemory();
    const qint64 id = ResolutionRepository(db->connection()).idOf(QStringLiteral("S/RES/2397 (2017)")).value();
    Resolution r = ResolutionRepository(db->connection()).findById(id).value().value();
    r.title = QStringLiteral("Corrected title");
    r.sources.append(QStringLiteral("https://press.un.org/en/2017/sc13141.doc.htm"));
    QVERIFY(RecordEdits(*db).updateResolution(id, r, test::triggersOf(*db, id)).ok());

    HistoryView view(*db);
    view.resize(900, 400);
    view.reload();
    // The newest entry is the save, once, with the rows it wrote; the one before is the dataset load.
    QCOMPARE(view.model()->rowCount(), 2);
    QCOMPARE(view.model()->index(0, AuditLogModel::Label).data().toString(), QStringLiteral("S/RES/2397 (2017)"));
    QCOMPARE(view.model()->index(0, AuditLogModel::Operation).data().toString(), QStringLiteral("Changed"));
    const int rows = view.model()->index(0, AuditLogModel::Rows).data().toInt();
    QCOMPARE(rows, 1 + 2 * int(r.sources.size()) - 1);
    QCOMPARE(view.list()->currentIndex().row(), 0);
    // Its details: the resolution first, open, with the changed title in bold; then each source row.
    QTreeWidget *details = view.details();
    QCOMPARE(details->topLevelItemCount(), rows);
    QTreeWidgetItem *resolution = details->topLevelItem(0);
    QCOMPARE(resolution->text(0), QStringLiteral("Resolution S/RES/2397 (2017): Changed"));
    QVERIFY(resolution->isExpanded());
    QTreeWidgetItem *title = nullptr;
    for (int i = 0; i < resolution->childCount(); ++i) {
        if (resolution->child(i)->text(0) == QLatin1String("title"))
            title = resolution->child(i);
    }
    QVERIFY(title);
    QCOMPARE(title->text(2), QStringLiteral("Corrected title"));
    QVERIFY(title->font(0).bold());
    for (int i = 1; i < rows; ++i) {
        QVERIFY(details->topLevelItem(i)->text(0).startsWith(QStringLiteral("Resolution source https://")));
        QVERIFY(!details->topLevelItem(i)->isExpanded());
    }
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QString dir = qEnvironmentVariable("ST_DUMP_DIR");
    if (!dir.isEmpty())
        view.grab().save(dir + QStringLiteral("/history-one-entry-per-save.png"));
}

QTEST_MAIN(TestReadability)
#include "tst_readability.moc"
