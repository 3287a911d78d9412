// Every row of domain/MeasureTexts reaches each place that reads the table instead of naming the field:
// a measure's quoted texts are stored and read, travel through JSON and CSV, are held to their length
// and get their form label. Written over the table, so a text added there is checked here without a
// test of its own (docs/architecture.md, "Adding a field").
#include "TestSupport.h"

#include "domain/MeasureTexts.h"
#include "interchange/CsvExport.h"
#include "interchange/DatasetExporter.h"
#include "interchange/DatasetImporter.h"
#include "interchange/JsonDatasetReader.h"
#include "storage/MeasureRepository.h"
#include "storage/ResolutionRepository.h"
#include "storage/Sql.h"
#include "validation/Validation.h"

#include <QRegularExpression>
#include <QSet>

using namespace st;

class TestMeasureTexts : public QObject {
    Q_OBJECT
private slots:
    void tableIsWellFormed();
    void storedReadAndCleared();
    void travelsThroughJson();
    void csvColumnsFollowTheParagraph();
    void heldToTheirLength();

private:
    // A distinct wording per text, so that two texts swapped anywhere would show.
    static QString wordingOf(const MeasureText &t) { return QStringLiteral("Wording of %1, as quoted.").arg(QLatin1String(t.column)); }
    struct Stored {
        qint64 resolutionId = 0;
        Measure measure;
    };
    // The bundled 1718 (2006) arms embargo, with every text set to its wording.
    static Stored withEveryText(const Database &db);
};

TestMeasureTexts::Stored TestMeasureTexts::withEveryText(const Database &db)
{
    Stored s;
    s.resolutionId = ResolutionRepository(db.connection()).idOf(QStringLiteral("S/RES/1718 (2006)")).value();
    s.measure = MeasureRepository(db.connection()).forResolution(s.resolutionId).value().first();
    for (const MeasureText &t : measureTexts())
        s.measure.*(t.member) = wordingOf(t);
    if (!MeasureRepository(db.connection()).update(s.measure.id, s.resolutionId, s.measure).ok())
        qFatal("the test measure could not be saved");
    return s;
}

void TestMeasureTexts::tableIsWellFormed()
{
    QVERIFY(!measureTexts().empty());
    QSet<QString> columns;
    const QRegularExpression snake(QStringLiteral("^[a-z]+(_[a-z]+)*$"));
    for (const MeasureText &t : measureTexts()) {
        const QString column = QLatin1String(t.column);
        QVERIFY2(snake.match(column).hasMatch(), qPrintable(column));
        QVERIFY2(!columns.contains(column), qPrintable(column));
        columns << column;
        QCOMPARE(measureText(column), &t);
        QVERIFY(t.maxLength > 0);
        QVERIFY(t.member != nullptr);
        QVERIFY(!nameOf(t).isEmpty());
        QVERIFY2(formLabelOf(t).contains(QLatin1Char('&')) && formLabelOf(t).endsWith(QLatin1Char(':')),
                 qPrintable(formLabelOf(t)));
        QVERIFY(!placeholderOf(t).isEmpty());
    }
    QCOMPARE(measureText(u"paragraph"), nullptr);
    QCOMPARE(measureText(u"legal_basis")->member, &Measure::legalBasis);
}

void TestMeasureTexts::storedReadAndCleared()
{
    auto db = test::openMemory();
    MeasureRepository measures(db->connection());
    Stored s = withEveryText(*db);
    const Measure found = *measures.findById(s.measure.id).value();
    const QList<MeasureRecord> rows = measures.records(QStringLiteral("WHERE m.id = ?"), {s.measure.id}).value();
    QCOMPARE(rows.size(), 1);
    for (const MeasureText &t : measureTexts()) {
        QCOMPARE(found.*(t.member), wordingOf(t));
        QCOMPARE(rows.first().*(t.member), wordingOf(t));
        const QString column = QLatin1String(t.column);
        QCOMPARE(sql::scalar(db->connection(), QStringLiteral("SELECT %1 FROM measures WHERE id = ?").arg(column),
                             {s.measure.id}).value().toString(), wordingOf(t));
    }
    // The rest of the measure is untouched by the texts around it.
    QCOMPARE(found.paragraph, s.measure.paragraph);
    QCOMPARE(found.description, s.measure.description);
    QCOMPARE(found.source, s.measure.source);

    // Cleared, each is stored as no value at all, which the export then leaves out.
    for (const MeasureText &t : measureTexts())
        (s.measure.*(t.member)).clear();
    QVERIFY(measures.update(s.measure.id, s.resolutionId, s.measure).ok());
    for (const MeasureText &t : measureTexts()) {
        QVERIFY(sql::scalar(db->connection(), QStringLiteral("SELECT %1 FROM measures WHERE id = ?").arg(QLatin1String(t.column)),
                            {s.measure.id}).value().isNull());
    }
}

void TestMeasureTexts::travelsThroughJson()
{
    auto source = test::openMemory();
    const Stored s = withEveryText(*source);
    const QByteArray json = exportDatasetJson(*source).value();
    for (const MeasureText &t : measureTexts()) {
        const QByteArray pair = QByteArray("\"") + t.column + "\": \"" + wordingOf(t).toUtf8() + '"';
        QCOMPARE(json.count(pair), 1);
    }
    const Dataset read = readDatasetJson(json).value();
    bool seen = false;
    for (const ResolutionRecord &r : read.resolutions) {
        for (const Measure &m : r.measures) {
            if (m.resolution != s.measure.resolution || m.position != s.measure.position)
                continue;
            seen = true;
            for (const MeasureText &t : measureTexts())
                QCOMPARE(m.*(t.member), wordingOf(t));
        }
    }
    QVERIFY(seen);
    // Imported into an empty database, they are stored and written back byte for byte.
    auto target = test::openMemory(true);
    QVERIFY(importDatasetJson(*target, json).ok());
    QCOMPARE(exportDatasetJson(*target).value(), json);
}

void TestMeasureTexts::csvColumnsFollowTheParagraph()
{
    auto db = test::openMemory();
    const Stored s = withEveryText(*db);
    const CsvTable table = csvTables(*db).value().measures;
    const QStringList header = table.first();
    const qsizetype paragraph = header.indexOf(QStringLiteral("paragraph"));
    QVERIFY(paragraph > 0);
    qsizetype row = -1;
    for (qsizetype i = 1; i < table.size(); ++i) {
        if (table[i].first() == s.measure.resolution && table[i][1] == QString::number(s.measure.position + 1))
            row = i;
    }
    QVERIFY(row > 0);
    for (std::size_t i = 0; i < measureTexts().size(); ++i) {
        const MeasureText &t = measureTexts()[i];
        QCOMPARE(header.value(paragraph + 1 + qsizetype(i)), QLatin1String(t.column));
        QCOMPARE(table[row].value(paragraph + 1 + qsizetype(i)), wordingOf(t));
    }
    QCOMPARE(header.value(paragraph + 1 + qsizetype(measureTexts().size())), QStringLiteral("cap_value"));
}

void TestMeasureTexts::heldToTheirLength()
{
    auto db = test::openMemory();
    Measure m = withEveryText(*db).measure;
    const MeasureContext context;
    QCOMPARE(validateMeasure(m, context), FieldErrors{});
    for (const MeasureText &t : measureTexts()) {
        const QString column = QLatin1String(t.column);
        Measure longest = m;
        longest.*(t.member) = QString(t.maxLength, QLatin1Char('x'));
        QCOMPARE(validateMeasure(longest, context), FieldErrors{});
        Measure tooLong = m;
        tooLong.*(t.member) = QString(t.maxLength + 1, QLatin1Char('x'));
        const FieldErrors errors = validateMeasure(tooLong, context);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, column);
        QVERIFY2(errors.first().message.contains(QString::number(t.maxLength)), qPrintable(errors.first().message));
    }
}

QTEST_GUILESS_MAIN(TestMeasureTexts)
#include "tst_measure_texts.moc"
