// Reading the UN Consolidated List: the real list whole, one fixture field by field, unknown elements,
// dates, progress and cancelling.
#include "TestSupport.h"
#include "UnListTestData.h"

#include "designations/UnListReader.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QSet>

using namespace st;

namespace {

const UnListRecord *find(const UnList &list, const QString &reference)
{
    for (const UnListRecord &r : list.records) {
        if (r.referenceNumber == reference)
            return &r;
    }
    return nullptr;
}

QStringList values(const UnListRecord &r, DetailSection section)
{
    QStringList out;
    for (const UnListDetail &d : r.detailsOf(section))
        out << d.value;
    return out;
}

Result<UnList> readBytes(QByteArray bytes, const ReadProgress &progress = {})
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return readUnList(buffer, progress);
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A file whose reading fails part way, as a disk or a network share can: its first `good` bytes, then
// an error.
class FailingDevice : public QIODevice {
public:
    FailingDevice(QByteArray bytes, qint64 good)
        : m_bytes(std::move(bytes))
        , m_good(good)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool atEnd() const override { return false; } // more was promised
    qint64 bytesAvailable() const override { return 0; }

protected:
    qint64 readData(char *data, qint64 max) override
    {
        if (m_at >= m_good) {
            setErrorString(QStringLiteral("Input/output error"));
            return -1;
        }
        const qint64 n = qMin(max, m_good - m_at);
        std::memcpy(data, m_bytes.constData() + m_at, size_t(n));
        m_at += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }
    [[nodiscard]] bool allRead() const { return m_at >= m_good; }

private:
    QByteArray m_bytes;
    qint64 m_good;
    qint64 m_at = 0;
};

// The bytes of a file, read as from a pipe: the reader cannot go back, so it reads with QXmlStreamReader
// from the start (readUnList), never with PlainXmlScanner. A FailingDevice that never fails: its end is the end.
class SequentialBytes : public FailingDevice {
public:
    explicit SequentialBytes(const QByteArray &bytes) : FailingDevice(bytes, bytes.size()) {}
    bool atEnd() const override { return allRead(); }
};

// Everything a reading gives, records and all.
void compareReadings(const UnList &a, const UnList &b)
{
    QCOMPARE(a.records.size(), b.records.size());
    for (qsizetype i = 0; i < a.records.size(); ++i)
        QVERIFY2(a.records[i] == b.records[i], qPrintable(a.records[i].referenceNumber));
    QCOMPARE(a.individualCount, b.individualCount);
    QCOMPARE(a.entityCount, b.entityCount);
    QCOMPARE(a.unknownElements, b.unknownElements);
    QCOMPARE(a.listNotes, b.listNotes);
    QCOMPARE(a.dateGenerated, b.dateGenerated);
    QCOMPARE(a.generatedAt, b.generatedAt);
    QCOMPARE(a.sha256, b.sha256);
    QCOMPARE(a.sizeBytes, b.sizeBytes);
}

} // namespace

class TestUnListReader : public QObject {
    Q_OBJECT
private slots:
    void realListIsReadWhole();
    void recordFieldsOfTheFixture();
    void originalScriptAndAliases();
    void unknownElementsAreKeptAsNotes();
    void parseDates_data();
    void parseDates();
    void progressIsReportedAndCanCancel();
    void recordsCanBeHandedOutWhileReading();
    void emptyInputIsNotAList();
    void readFailureIsNotTakenForTheEnd_data();
    void readFailureIsNotTakenForTheEnd();
    void whatFollowsTheListIsReadAndHashed();
    void plainReadingEqualsQtReading();
    void readingAgainHandsOutEachRecordOnce();
};

void TestUnListReader::realListIsReadWhole()
{
    const QString path = test::realUnListPath();
    QVERIFY2(QFile::exists(path), qPrintable(QStringLiteral("the real list should be at %1").arg(path)));
    auto read = readUnListFile(path);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().fullText()));
    const UnList &list = read.value();

    QCOMPARE(list.individuals(), 682);
    QCOMPARE(list.entities(), 193);
    QCOMPARE(list.records.size(), 875);
    int dprkIndividuals = 0, dprkEntities = 0;
    QSet<QString> listTypes;
    for (const UnListRecord &r : list.records) {
        listTypes.insert(r.listType);
        if (r.listType == QLatin1String("DPRK"))
            ++(r.kind == DesignationKind::Individual ? dprkIndividuals : dprkEntities);
    }
    QCOMPARE(dprkIndividuals, 80);
    QCOMPARE(dprkEntities, 75);
    QCOMPARE(listTypes.size(), 13);
    QCOMPARE(list.dateGenerated, QStringLiteral("2024-09-26T00:00:07.514Z"));
    QCOMPARE(list.generatedAt, QDateTime(QDate(2024, 9, 26), QTime(0, 0, 7, 514), Qt::UTC));
    QCOMPARE(list.sizeBytes, 2205234);
    QCOMPARE(list.sha256, test::fingerprint(path));
    // The list uses only elements the reader knows: nothing ends up as a note.
    QCOMPARE(list.unknownElementCount(), 0);
    QVERIFY(list.listNotes.isEmpty());

    // Quirks of the real file: a reference number with a trailing space, a date with a time zone.
    QVERIFY(find(list, QStringLiteral("KPe.023")));
    QCOMPARE(find(list, QStringLiteral("TAi.173"))->listedOn, QDate(2015, 3, 27));
    QCOMPARE(find(list, QStringLiteral("KPi.001"))->listedOn, QDate(2009, 7, 16));
}

void TestUnListReader::recordFieldsOfTheFixture()
{
    auto read = readUnListFile(test::smallList());
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().fullText()));
    const UnList &list = read.value();
    QCOMPARE(list.individuals(), 7);
    QCOMPARE(list.entities(), 4);

    const UnListRecord *taher = find(list, QStringLiteral("TAi.005"));
    QVERIFY(taher);
    QCOMPARE(taher->kind, DesignationKind::Individual);
    QCOMPARE(taher->dataId, 110447);
    QCOMPARE(taher->versionNum, 1);
    QCOMPARE(taher->firstName, QStringLiteral("MUHAMMAD"));
    QCOMPARE(taher->secondName, QStringLiteral("TAHER"));
    QCOMPARE(taher->thirdName, QStringLiteral("ANWARI"));
    QVERIFY(taher->fourthName.isEmpty());
    QCOMPARE(taher->primaryName(), QStringLiteral("MUHAMMAD TAHER ANWARI"));
    QCOMPARE(taher->listType, QStringLiteral("Taliban"));
    QCOMPARE(taher->listedOn, QDate(2001, 2, 23));
    QVERIFY(taher->comments.startsWith(QStringLiteral("Belongs to Andar tribe. Review pursuant")));
    QVERIFY2(taher->comments.contains(QStringLiteral("resolution\n1822 (2008)")), "text spanning lines is kept");
    QCOMPARE(values(*taher, DetailSection::Title), QStringList{QStringLiteral("Mullah")});
    QCOMPARE(values(*taher, DetailSection::Function),
             (QStringList{QStringLiteral("a) Director of Administrative Affairs under the Taliban\nregime"),
                          QStringLiteral("Minister of Finance under the Taliban regime")}));
    QCOMPARE(values(*taher, DetailSection::Nationality), QStringList{QStringLiteral("Afghanistan")});
    QCOMPARE(values(*taher, DetailSection::ListType), QStringList{QStringLiteral("UN List")});
    QCOMPARE(values(*taher, DetailSection::LastUpdated),
             (QStringList{QStringLiteral("2003-09-03"), QStringLiteral("2007-07-09"), QStringLiteral("2007-09-21"),
                          QStringLiteral("2011-11-29")}));
    // An address with only an empty <COUNTRY/> says nothing and is not kept.
    QVERIFY(taher->detailsOf(DetailSection::Address).isEmpty());
    const QList<UnListDetail> birth = taher->detailsOf(DetailSection::DateOfBirth);
    QCOMPARE(birth.size(), 2);
    QCOMPARE(birth[0], (UnListDetail{DetailSection::DateOfBirth, 0, QStringLiteral("TYPE_OF_DATE"),
                                     QStringLiteral("APPROXIMATELY")}));
    QCOMPARE(birth[1], (UnListDetail{DetailSection::DateOfBirth, 0, QStringLiteral("YEAR"), QStringLiteral("1961")}));
    QCOMPARE(taher->detailsOf(DetailSection::PlaceOfBirth).size(), 3);

    const UnListRecord *komid = find(list, QStringLiteral("KPe.001"));
    QVERIFY(komid);
    QCOMPARE(komid->kind, DesignationKind::Entity);
    QCOMPARE(komid->primaryName(), QStringLiteral("KOREA MINING DEVELOPMENT TRADING CORPORATION"));
    QCOMPARE(komid->listedOn, QDate(2009, 4, 24));
    QVERIFY(!komid->detailsOf(DetailSection::Address).isEmpty());

    const UnListRecord *choe = find(list, QStringLiteral("KPi.042"));
    QVERIFY(choe);
    QCOMPARE(choe->gender, QStringLiteral("Male"));
}

void TestUnListReader::originalScriptAndAliases()
{
    auto read = readUnListFile(test::smallList());
    QVERIFY(read.ok());
    const UnListRecord *taher = find(read.value(), QStringLiteral("TAi.005"));
    QCOMPARE(taher->originalScript, QStringLiteral("محمد طاهر أنوري"));
    QCOMPARE(taher->aliases.size(), 4);
    QCOMPARE(taher->aliases[0].quality, QStringLiteral("Good"));
    QCOMPARE(taher->aliases[0].name, QStringLiteral("Mohammad Taher Anwari"));
    QCOMPARE(taher->aliases[3].quality, QStringLiteral("Low"));
    QCOMPARE(taher->aliases[3].name, QStringLiteral("Haji Mudir"));

    // Empty alias placeholders are dropped; one with only a date of birth is kept.
    const UnListRecord *noorzai = find(read.value(), QStringLiteral("TAi.173"));
    QVERIFY(noorzai);
    for (const UnListAlias &a : noorzai->aliases)
        QVERIFY(!(a == UnListAlias{}));
    const UnListRecord *exchange = find(read.value(), QStringLiteral("QDe.157"));
    bool aliasWithNote = false;
    for (const UnListAlias &a : exchange->aliases)
        aliasWithNote = aliasWithNote || !a.note.isEmpty();
    QVERIFY2(aliasWithNote, "an entity alias's NOTE is kept");
}

void TestUnListReader::unknownElementsAreKeptAsNotes()
{
    QByteArray xml = test::readAll(test::smallList());
    // A new scalar, a new field inside an address, an attribute, and an element outside any record.
    xml.replace("<REFERENCE_NUMBER>KPi.001</REFERENCE_NUMBER>",
                "<REFERENCE_NUMBER>KPi.001</REFERENCE_NUMBER><SUBMITTED_BY>Member State</SUBMITTED_BY>");
    const qsizetype address = xml.indexOf("<ENTITY_ADDRESS>");
    QVERIFY(address > 0);
    xml.insert(address + qsizetype(qstrlen("<ENTITY_ADDRESS>")), "<GPS precision=\"low\">39.0,125.7</GPS>");
    xml.replace("</ENTITIES>", "</ENTITIES><FOOTER>generated by the UN</FOOTER>");

    auto read = readBytes(xml);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().fullText()));
    const UnList &list = read.value();
    QCOMPARE(list.records.size(), 11); // nothing else changes
    QCOMPARE(list.unknownElements.value(QStringLiteral("INDIVIDUAL/SUBMITTED_BY")), 1);
    QCOMPARE(list.unknownElements.value(QStringLiteral("ENTITY/ENTITY_ADDRESS/GPS")), 1);
    QCOMPARE(list.unknownElements.value(QStringLiteral("ENTITY/ENTITY_ADDRESS/GPS/@precision")), 1);
    QCOMPARE(list.unknownElements.value(QStringLiteral("CONSOLIDATED_LIST/FOOTER")), 1);
    QCOMPARE(list.unknownElementCount(), 4);
    QCOMPARE(list.listNotes, QStringList{QStringLiteral("CONSOLIDATED_LIST/FOOTER: generated by the UN")});
    QVERIFY(list.unknownElementsText().contains(QStringLiteral("1 × INDIVIDUAL/SUBMITTED_BY")));

    const UnListRecord *yun = find(list, QStringLiteral("KPi.001"));
    QCOMPARE(yun->detailsOf(DetailSection::Note),
             QList<UnListDetail>{(UnListDetail{DetailSection::Note, 0, QStringLiteral("SUBMITTED_BY"),
                                               QStringLiteral("Member State")})});
    const UnListRecord *komid = find(list, QStringLiteral("KPe.001"));
    const QList<UnListDetail> notes = komid->detailsOf(DetailSection::Note);
    QCOMPARE(notes.size(), 2);
    QCOMPARE(notes[0].field, QStringLiteral("ENTITY_ADDRESS/GPS/@precision"));
    QCOMPARE(notes[0].value, QStringLiteral("low"));
    QCOMPARE(notes[1].field, QStringLiteral("ENTITY_ADDRESS/GPS"));
    QCOMPARE(notes[1].value, QStringLiteral("39.0,125.7"));
}

void TestUnListReader::parseDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("plain") << QStringLiteral("2016-03-02") << QDate(2016, 3, 2);
    QTest::newRow("western zone") << QStringLiteral("2015-03-27-04:00") << QDate(2015, 3, 27);
    QTest::newRow("eastern zone") << QStringLiteral("2015-03-27+09:00") << QDate(2015, 3, 27);
    QTest::newRow("utc") << QStringLiteral("2015-03-27Z") << QDate(2015, 3, 27);
    QTest::newRow("month 13") << QStringLiteral("2016-13-01") << QDate();
    QTest::newRow("30 February") << QStringLiteral("2017-02-30") << QDate();
    QTest::newRow("day first") << QStringLiteral("02-03-2016") << QDate();
    QTest::newRow("year only") << QStringLiteral("1961") << QDate();
    QTest::newRow("bad zone") << QStringLiteral("2016-03-02-4:00") << QDate();
    QTest::newRow("arabic digits") << QStringLiteral("٢٠١٦-03-02") << QDate();
    QTest::newRow("empty") << QString() << QDate();
}

void TestUnListReader::parseDates()
{
    QFETCH(QString, text);
    QFETCH(QDate, expected);
    QCOMPARE(parseUnDate(text), expected);
}

void TestUnListReader::progressIsReportedAndCanCancel()
{
    QList<qint64> seen;
    auto read = readUnListFile(test::realUnListPath(), [&](qint64 done, qint64 total) {
        if (total != 2205234)
            return false;
        seen << done;
        return true;
    });
    QVERIFY(read.ok());
    QVERIFY2(seen.size() >= 5, "a 2.2 MB list reports progress several times");
    QCOMPARE(seen.first(), 0);
    QCOMPARE(seen.last(), 2205234);
    QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));

    int calls = 0;
    auto cancelled = readUnListFile(test::realUnListPath(), [&](qint64, qint64) { return ++calls < 3; });
    QVERIFY(!cancelled.ok());
    QVERIFY(isCancellation(cancelled.error()));
    QCOMPARE(calls, 3);
}

void TestUnListReader::recordsCanBeHandedOutWhileReading()
{
    QStringList references;
    int chunks = 0;
    auto read = readUnListFile(test::realUnListPath(), {}, [&](QList<UnListRecord> &&records) {
        ++chunks;
        for (const UnListRecord &r : records)
            references << r.referenceNumber;
        return true;
    });
    QVERIFY(read.ok());
    QVERIFY(read.value().records.isEmpty()); // all handed out
    QCOMPARE(read.value().individuals(), 682);
    QCOMPARE(read.value().entities(), 193);
    QCOMPARE(references.size(), 875);
    QCOMPARE(references.first(), QStringLiteral("TAi.005"));
    QVERIFY(chunks >= 2);

    // A sink that refuses stops the read.
    auto stopped = readUnListFile(test::realUnListPath(), {}, [](QList<UnListRecord> &&) { return false; });
    QVERIFY(!stopped.ok());
    QVERIFY(isCancellation(stopped.error()));
}

void TestUnListReader::emptyInputIsNotAList()
{
    auto read = readBytes({});
    QVERIFY(!read.ok());
    QCOMPARE(read.error().message, QStringLiteral("The file is empty: it is not a UN Consolidated List."));
}

void TestUnListReader::readFailureIsNotTakenForTheEnd_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("good");
    const QByteArray real = fileBytes(test::realUnListPath());
    const QByteArray small = fileBytes(test::smallList());
    QVERIFY(real.size() > 1000000 && !small.isEmpty());
    QTest::newRow("inside the list") << real << qint64(real.size() / 2);
    // The list ends in the first piece read; the failure comes while reading what follows it.
    QTest::newRow("after the list") << small + QByteArray(600 * 1024, ' ') << qint64(small.size() + 400 * 1024);
}

// A read that fails part way is an input/output error with the system's reason, not a truncated list
// and not a list read whole.
void TestUnListReader::readFailureIsNotTakenForTheEnd()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, good);
    FailingDevice device(bytes, good);
    auto read = readUnList(device);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, Error::Code::Io);
    QCOMPARE(read.error().message, QStringLiteral("The file could not be read to the end."));
    QCOMPARE(read.error().detail, QStringLiteral("Input/output error"));
}

// Space and comments after the list's root are fine, however long; they count in the size and the
// SHA-256, which name the file the import log records.
void TestUnListReader::whatFollowsTheListIsReadAndHashed()
{
    const QByteArray bytes = fileBytes(test::smallList()) + QByteArray(700 * 1024, '\n') + "<!-- end of list -->\n";
    auto read = readBytes(bytes);
    QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().fullText()));
    QCOMPARE(read.value().sizeBytes, qint64(bytes.size()));
    QCOMPARE(read.value().sha256, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    QVERIFY(read.value().individuals() + read.value().entities() > 0);

    auto refused = readBytes(fileBytes(test::smallList()) + QByteArray(300 * 1024, ' ') + "<INDIVIDUAL/>");
    QVERIFY(!refused.ok());
}


// The real list read the fast way (PlainXmlScanner) and with QXmlStreamReader alone: the same list.
void TestUnListReader::plainReadingEqualsQtReading()
{
    for (const QString &path : {test::realUnListPath(), test::smallList()}) {
        const QByteArray bytes = fileBytes(path);
        auto plain = readBytes(bytes);
        CHECK_OK(plain);
        SequentialBytes pipe(bytes);
        auto full = readUnList(pipe);
        CHECK_OK(full);
        compareReadings(plain.value(), full.value());
        if (QTest::currentTestFailed())
            return;
    }
}

// A list whose last lines end in CR LF: the fast reading hands out 500 records, then gives up at the first
// carriage return; QXmlStreamReader reads the file again and hands out the other 375, not the first 500 again.
// What arrives is what QXmlStreamReader alone reads, and the progress never goes back.
void TestUnListReader::readingAgainHandsOutEachRecordOnce()
{
    QByteArray bytes = fileBytes(test::realUnListPath());
    const qsizetype tail = bytes.size() - 3000;
    bytes = bytes.left(tail) + bytes.mid(tail).replace("\n", "\r\n");
    QBuffer file(&bytes);
    file.open(QIODevice::ReadOnly);
    QList<UnListRecord> handedOut;
    qint64 lastProgress = 0;
    bool wentBack = false;
    auto read = readUnList(
        file,
        [&](qint64 done, qint64) {
            wentBack = wentBack || done < lastProgress;
            lastProgress = done;
            return true;
        },
        [&](QList<UnListRecord> &&records) {
            handedOut += records;
            return true;
        });
    CHECK_OK(read);
    QVERIFY(!wentBack);
    QCOMPARE(lastProgress, bytes.size());
    SequentialBytes pipe(bytes);
    auto full = readUnList(pipe);
    CHECK_OK(full);
    UnList plain = read.value();
    plain.records = handedOut;
    compareReadings(plain, full.value());
    QCOMPARE(handedOut.size(), 875);
}

QTEST_GUILESS_MAIN(TestUnListReader)
#include "tst_designations_reader.moc"
