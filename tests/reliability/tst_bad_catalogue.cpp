// The bad-input catalogue (issue 12, item 13; docs/reliability.md): every case of
// tests/data/bad/manifest.tsv is run on the built binary, headless. Each must end with its exit code,
// a message holding the fragments that say what is wrong and where, and the database's SHA-256
// exactly as before. A few cases are made here because they cannot be committed as files: a symlink
// loop, a FIFO, a folder, a 50 MB input.
#include "AppRunner.h"
#include "ReliabilitySupport.h"
#include "TestSupport.h"

#include <QDir>

using namespace st;
using test::runApp;
using Run = test::AppRun;

namespace {

QString catalogue(const QString &rel = {}) { return QStringLiteral(ST_TEST_DATA_DIR "/bad/") + rel; }

struct Case {
    QString file;
    QString command;
    int exitCode = 0;
    QStringList fragments;
};

QList<Case> manifest()
{
    QList<Case> cases;
    const QStringList lines = QString::fromUtf8(test::readAll(catalogue(QStringLiteral("manifest.tsv")))).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList f = line.split(QLatin1Char('\t'));
        if (f.size() != 4)
            qFatal("manifest.tsv: bad line: %s", qPrintable(line));
        cases.append({f[0], f[1], f[2].toInt(), f[3].split(QStringLiteral(" && "))});
    }
    return cases;
}

} // namespace

class TestBadCatalogue : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void baseFilesAreAccepted();
    void catalogueIsLargeAndEveryFileIsListed();
    void refused_data();
    void refused();
    void madeHere_data();
    void madeHere();

private:
    // A copy of the reference database (bundled dataset plus the base UN list) for one case.
    QString freshDatabase(const QString &name);
    void check(const QStringList &arguments, const QString &database, int exitCode, const QStringList &fragments);
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString m_reference;
    QTemporaryDir m_dir;
};

void TestBadCatalogue::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_reference = path(QStringLiteral("reference.sqlite"));
    const Run r = runApp({QStringLiteral("--database"), m_reference, QStringLiteral("--import-un-list"),
                          catalogue(QStringLiteral("xml/base-valid.xml"))});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

QString TestBadCatalogue::freshDatabase(const QString &name)
{
    const QString db = path(name);
    QFile::remove(db);
    if (!QFile::copy(m_reference, db))
        qFatal("cannot copy the reference database");
    return db;
}

void TestBadCatalogue::check(const QStringList &arguments, const QString &database, int exitCode, const QStringList &fragments)
{
    // Reading a FIFO to fingerprint it would block the test: that it is still a FIFO is the check.
    const bool fifo = test::isFifo(database);
    const QByteArray before = fifo ? QByteArray() : test::fingerprint(database);
    const Run r = runApp(arguments, 180000);
    QVERIFY2(r.exitCode == exitCode, qPrintable(QStringLiteral("exit %1, expected %2: %3").arg(r.exitCode).arg(exitCode).arg(r.err)));
    for (const QString &fragment : fragments)
        QVERIFY2(r.err.contains(fragment), qPrintable(QStringLiteral("'%1' not in: %2").arg(fragment, r.err.left(2000))));
    if (fifo)
        QVERIFY(test::isFifo(database));
    else
        QCOMPARE(test::fingerprint(database), before);
}

void TestBadCatalogue::baseFilesAreAccepted()
{
    // Each case changes one thing in a valid file: the valid files themselves must import.
    const QString db = freshDatabase(QStringLiteral("base.sqlite"));
    const Run json = runApp({QStringLiteral("--database"), db, QStringLiteral("--import"), catalogue(QStringLiteral("json/base-valid.json"))});
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    const Run xml = runApp({QStringLiteral("--database"), db, QStringLiteral("--import-un-list"), catalogue(QStringLiteral("xml/base-valid.xml"))});
    QVERIFY2(xml.exitCode == 0, qPrintable(xml.err));
}

void TestBadCatalogue::catalogueIsLargeAndEveryFileIsListed()
{
    const QList<Case> cases = manifest();
    QVERIFY2(cases.size() >= 150, qPrintable(QString::number(cases.size())));
    QSet<QString> listed;
    for (const Case &c : cases) {
        QVERIFY2(QFile::exists(catalogue(c.file)), qPrintable(c.file));
        listed.insert(c.file);
    }
    for (const QString &area : {QStringLiteral("json"), QStringLiteral("xml"), QStringLiteral("database"), QStringLiteral("cli")}) {
        for (const QString &name : QDir(catalogue(area)).entryList(QDir::Files)) {
            const QString rel = area + QLatin1Char('/') + name;
            QVERIFY2(listed.contains(rel) || name.startsWith(QLatin1String("base-valid")), qPrintable(rel + QStringLiteral(" is not in manifest.tsv")));
        }
    }
    qInfo("%lld cases in the catalogue (plus those made by madeHere)", qlonglong(cases.size()));
}

void TestBadCatalogue::refused_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("command");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("fragments");
    for (const Case &c : manifest())
        QTest::newRow(qPrintable(c.file)) << c.file << c.command << c.exitCode << c.fragments;
}

void TestBadCatalogue::refused()
{
    QFETCH(QString, file);
    QFETCH(QString, command);
    QFETCH(int, exitCode);
    QFETCH(QStringList, fragments);
    const QString input = catalogue(file);
    if (command == QLatin1String("database")) {
        // The case is the database: a copy of it must keep every byte.
        const QString db = path(QFileInfo(file).fileName());
        QFile::remove(db);
        QVERIFY(QFile::copy(input, db));
        QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner);
        check({QStringLiteral("--database"), db, QStringLiteral("--export"), QStringLiteral("/dev/null")}, db, exitCode, fragments);
        QVERIFY(!QFile::exists(db + QStringLiteral("-wal")) || QFileInfo(db + QStringLiteral("-wal")).size() == 0);
        return;
    }
    const QString db = freshDatabase(QStringLiteral("case.sqlite"));
    if (command == QLatin1String("import")) {
        check({QStringLiteral("--database"), db, QStringLiteral("--import"), input}, db, exitCode,
              fragments << input << QStringLiteral("nothing was imported; the database is unchanged"));
    } else if (command == QLatin1String("un-list")) {
        check({QStringLiteral("--database"), db, QStringLiteral("--import-un-list"), input}, db, exitCode,
              fragments << input << QStringLiteral("nothing was imported; the database is unchanged"));
    } else if (command == QLatin1String("cli")) {
        QStringList arguments;
        for (QString a : QString::fromUtf8(test::readAll(input)).split(QLatin1Char('\n'))) {
            arguments << a.replace(QStringLiteral("{db}"), db).replace(QStringLiteral("{dir}"), m_dir.path());
        }
        arguments.removeLast(); // the file's last line end
        check(arguments, db, exitCode, fragments);
    } else {
        QFAIL(qPrintable(QStringLiteral("unknown command %1 in manifest.tsv").arg(command)));
    }
}

void TestBadCatalogue::madeHere_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("option");
    QTest::addColumn<QStringList>("fragments");
    QTest::newRow("database: symlink loop") << QStringLiteral("loop") << QStringLiteral("--database") << QStringList{QStringLiteral("loop.sqlite")};
    QTest::newRow("database: folder") << QStringLiteral("folder") << QStringLiteral("--database") << QStringList{QStringLiteral("is not a file")};
    QTest::newRow("database: FIFO") << QStringLiteral("fifo") << QStringLiteral("--database") << QStringList{QStringLiteral("is not a file")};
    QTest::newRow("database: missing folder") << QStringLiteral("missing") << QStringLiteral("--database")
                                              << QStringList{QStringLiteral("the folder"), QStringLiteral("does not exist")};
    QTest::newRow("JSON import: symlink loop") << QStringLiteral("loop") << QStringLiteral("--import") << QStringList{QStringLiteral("loop.sqlite")};
    QTest::newRow("JSON import: folder") << QStringLiteral("folder") << QStringLiteral("--import") << QStringList{QStringLiteral("it is a folder")};
    QTest::newRow("JSON import: FIFO") << QStringLiteral("fifo") << QStringLiteral("--import") << QStringList{QStringLiteral("not a regular file")};
    QTest::newRow("JSON import: missing") << QStringLiteral("missing") << QStringLiteral("--import") << QStringList{QStringLiteral("does not exist")};
    QTest::newRow("JSON import: 50 MB") << QStringLiteral("big-json") << QStringLiteral("--import")
                                        << QStringList{QStringLiteral("malformed JSON"), QStringLiteral("line 2")};
    QTest::newRow("UN list: folder") << QStringLiteral("folder") << QStringLiteral("--import-un-list") << QStringList{QStringLiteral("it is a folder")};
    QTest::newRow("UN list: FIFO") << QStringLiteral("fifo") << QStringLiteral("--import-un-list") << QStringList{QStringLiteral("not a regular file")};
    QTest::newRow("UN list: 50 MB") << QStringLiteral("big-xml") << QStringLiteral("--import-un-list")
                                    << QStringList{QStringLiteral("Line 3, column"), QStringLiteral("longer than 100000 characters")};
    QTest::newRow("export: folder") << QStringLiteral("folder") << QStringLiteral("--export") << QStringList{QStringLiteral("it is a folder")};
    QTest::newRow("export: missing folder") << QStringLiteral("missing") << QStringLiteral("--export")
                                            << QStringList{QStringLiteral("Cannot write"), QStringLiteral("does not exist")};
}

void TestBadCatalogue::madeHere()
{
    QFETCH(QString, kind);
    QFETCH(QString, option);
    QFETCH(QStringList, fragments);
    QTemporaryDir here;
    QString target;
    if (kind == QLatin1String("loop")) {
        target = here.filePath(QStringLiteral("loop.sqlite"));
        QVERIFY(QFile::link(here.filePath(QStringLiteral("other")), target));
        QVERIFY(QFile::link(target, here.filePath(QStringLiteral("other"))));
    } else if (kind == QLatin1String("folder")) {
        target = here.filePath(QStringLiteral("folder.sqlite"));
        QVERIFY(QDir().mkpath(target));
    } else if (kind == QLatin1String("fifo")) {
        target = here.filePath(QStringLiteral("pipe"));
        QVERIFY(test::makeFifo(target));
    } else if (kind == QLatin1String("missing")) {
        target = here.filePath(QStringLiteral("no/such/folder/x.json"));
    } else if (kind == QLatin1String("big-json")) {
        // 50 MB: a valid start, then a value nobody can read.
        target = here.filePath(QStringLiteral("big.json"));
        test::writeAll(target, "{\n  \"format\": " + QByteArray(50 * 1024 * 1024, '@') + "\n}\n");
    } else if (kind == QLatin1String("big-xml")) {
        target = here.filePath(QStringLiteral("big.xml"));
        test::writeAll(target, "<?xml version='1.0' encoding='UTF-8'?>\n<CONSOLIDATED_LIST>\n<INDIVIDUALS><INDIVIDUAL><COMMENTS1>"
                                   + QByteArray(50 * 1024 * 1024, 'a') + "</COMMENTS1></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>\n");
    }
    if (option == QLatin1String("--database")) {
        check({QStringLiteral("--database"), target, QStringLiteral("--export"), QStringLiteral("/dev/null")}, target, 1,
              fragments << target);
        return;
    }
    const QString db = freshDatabase(QStringLiteral("made.sqlite"));
    check({QStringLiteral("--database"), db, option, target}, db, 1, fragments << target);
}

QTEST_GUILESS_MAIN(TestBadCatalogue)
#include "tst_bad_catalogue.moc"
