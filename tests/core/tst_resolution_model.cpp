#include "TestSupport.h"

#include "models/ResolutionTableModel.h"

#include <QAbstractItemModelTester>

using namespace st;

class TestResolutionModel : public QObject {
    Q_OBJECT
private slots:
    void showsTheBundledResolutions();
};

void TestResolutionModel::showsTheBundledResolutions()
{
    auto db = test::openMemory();
    ResolutionTableModel model(*db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload().ok());
    QCOMPARE(model.rowCount(), 26);
    QCOMPARE(model.columnCount(), int(ResolutionTableModel::ColumnCount));
    QCOMPARE(model.index(0, ResolutionTableModel::Symbol).data().toString(), QStringLiteral("S/RES/1695 (2006)"));
    QCOMPARE(model.index(0, ResolutionTableModel::Date).data().toString(), QStringLiteral("2006-07-15"));
    const int row2397 = [&] {
        for (int i = 0; i < model.rowCount(); ++i) {
            if (model.index(i, 0).data().toString() == QLatin1String("S/RES/2397 (2017)"))
                return i;
        }
        return -1;
    }();
    QVERIFY(row2397 >= 0);
    QCOMPARE(model.index(row2397, ResolutionTableModel::Vote).data().toString(), QStringLiteral("15–0–0"));
    QCOMPARE(model.index(row2397, ResolutionTableModel::ChapterVii).data().toString(), QStringLiteral("Yes"));
    QCOMPARE(model.index(row2397, ResolutionTableModel::Measures).data().toInt(), 7);
    QVERIFY(model.index(row2397, ResolutionTableModel::Triggers).data().toString().contains(QStringLiteral("missile_launch 2017-11-28")));
    const int vetoRow = model.rowCount() - 1;
    QCOMPARE(model.index(vetoRow, ResolutionTableModel::Symbol).data().toString(), QStringLiteral("S/2024/255"));
    QCOMPARE(model.index(vetoRow, ResolutionTableModel::Status).data().toString(), QStringLiteral("Vetoed"));
    QCOMPARE(model.rowOfId(model.index(vetoRow, 0).data(ResolutionTableModel::IdRole).toLongLong()), vetoRow);
}

QTEST_GUILESS_MAIN(TestResolutionModel)
#include "tst_resolution_model.moc"
