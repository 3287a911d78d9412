// bench_designations: how long the UN Consolidated List import takes, next to what the sqlite3 shell needs to
// load the same rows from CSV into the same tables.
//
//   bench_designations [--list FILE.xml] [--records N] [--runs K] [--sqlite3 PATH] [--review]
//   bench_designations --write-list OUT.xml [--records N]   (only writes the synthetic list, e.g. to profile
//                                                          `sanctions-tracker --import-un-list` on it)
//
// Targets: the real 2.2 MB list in at most 1 s (issue 6); a synthetic list of 100,000 records within
// 2x the CPU of `sqlite3 .import` of the same rows (issue 17; issue 6 asked 3x wall). The synthetic list repeats the real records under new reference numbers, so
// it has the real list's shape (aliases, addresses, documents per record).
#include "SyntheticUnList.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "designations/UnListApplication.h"
#include "designations/UnListImport.h"
#include "designations/UnListReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace st;

namespace {

void say(const QString &line) { std::printf("%s\n", qPrintable(line)); std::fflush(stdout); }

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "bench_designations: %s\n", qPrintable(what));
    std::exit(1);
}

QString seconds(qint64 ms) { return QStringLiteral("%1 s").arg(double(ms) / 1000.0, 0, 'f', 3); }

// CPU time (user + system) of this process, or of its finished children, in ms. On a shared machine
// it is steadier than wall time, so both are printed.
// A file as a pipe hands it over: readUnList cannot read it twice, so it reads it with QXmlStreamReader
// alone, as every list was read before PlainXmlScanner.
class PipeFile : public QFile {
public:
    using QFile::QFile;
    bool isSequential() const override { return true; }
};

qint64 cpuMs(int who);

// The list read alone (no database), both ways: "plain: 1.0 s CPU; QXmlStreamReader alone: 2.7 s CPU".
QString readingAlone(const QString &path)
{
    QFile plain(path);
    PipeFile pipe(path);
    if (!plain.open(QIODevice::ReadOnly) || !pipe.open(QIODevice::ReadOnly))
        die(QStringLiteral("cannot read %1").arg(path));
    const auto sink = [](QList<UnListRecord> &&) { return true; };
    qint64 before = cpuMs(RUSAGE_SELF);
    if (auto read = readUnList(plain, {}, sink); !read)
        die(read.error().fullText());
    const qint64 plainCpu = cpuMs(RUSAGE_SELF) - before;
    before = cpuMs(RUSAGE_SELF);
    if (auto read = readUnList(pipe, {}, sink); !read)
        die(read.error().fullText());
    const qint64 qtCpu = cpuMs(RUSAGE_SELF) - before;
    return QStringLiteral("the file read into records alone (no database): %1 CPU (PlainXmlScanner), %2 CPU with "
                          "QXmlStreamReader alone")
        .arg(seconds(plainCpu), seconds(qtCpu));
}

qint64 cpuMs(int who)
{
    rusage u{};
    getrusage(who, &u);
    return (qint64(u.ru_utime.tv_sec) + u.ru_stime.tv_sec) * 1000 + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1000;
}

struct Phases {
    qint64 read = 0;
    qint64 reconcile = 0;
    qint64 write = 0;
    [[nodiscard]] qint64 total() const { return read + reconcile + write; }
    [[nodiscard]] QString text() const
    {
        return QStringLiteral("%1 (read %2, reconcile %3, write %4)")
            .arg(seconds(total()), seconds(read), seconds(reconcile), seconds(write));
    }
};

std::unique_ptr<Database> freshDatabase(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    auto db = Database::open(path, OpenOptions{false, QStringLiteral("bench")});
    if (!db)
        die(db.error().fullText());
    return std::move(db).value();
}

// One import, timed phase by phase, the way the UI runs it (read, review, apply).
Phases importTimed(const Database &db, const QString &listPath, UnListImportSummary *summary = nullptr)
{
    Phases p;
    QElapsedTimer t;
    t.start();
    auto list = readUnListFile(listPath);
    if (!list)
        die(list.error().fullText());
    p.read = t.restart();
    auto import = UnListImport::prepare(db, std::move(list).value(), QFileInfo(listPath).fileName());
    if (!import)
        die(import.error().fullText());
    p.reconcile = t.restart();
    auto applied = import.value().apply(db);
    if (!applied)
        die(applied.error().fullText());
    p.write = t.restart();
    if (summary)
        *summary = applied.value();
    return p;
}

// The review dialog's write: chunk by chunk, as UnListImportDialog does it, with the longest time the
// window waits between two turns of its event loop.
QString applyInChunks(const Database &db, const QString &listPath)
{
    auto list = readUnListFile(listPath);
    if (!list)
        die(list.error().fullText());
    auto import = UnListImport::prepare(db, std::move(list).value(), QFileInfo(listPath).fileName());
    if (!import)
        die(import.error().fullText());
    QElapsedTimer t;
    t.start();
    auto application = UnListApplication::start(db, import.value());
    if (!application)
        die(application.error().fullText());
    const qint64 start = t.restart();
    qint64 longest = 0, total = 0;
    int chunks = 0;
    while (!application.value()->allWritten()) {
        if (auto done = application.value()->writeSome(1000); !done)
            die(done.error().fullText());
        const qint64 chunk = t.restart();
        longest = std::max(longest, chunk);
        total += chunk;
        ++chunks;
    }
    if (auto done = application.value()->finish(); !done)
        die(done.error().fullText());
    const qint64 finish = t.elapsed();
    return QStringLiteral("start %1 ms, %2 chunks of 1,000 records (mean %3 ms, longest %4 ms), finish %5 ms")
        .arg(start)
        .arg(chunks)
        .arg(chunks ? total / chunks : 0)
        .arg(longest)
        .arg(finish);
}

Phases median(QList<Phases> runs)
{
    std::sort(runs.begin(), runs.end(), [](const Phases &a, const Phases &b) { return a.total() < b.total(); });
    return runs.at(runs.size() / 2);
}

// The command line's import (--import-un-list): the file is read on a second thread while the
// records already read are written.
qint64 importStreamed(const Database &db, const QString &listPath, UnListImportSummary *summary = nullptr)
{
    QElapsedTimer t;
    t.start();
    auto done = importUnListFile(db, listPath);
    if (!done)
        die(done.error().fullText());
    if (summary)
        *summary = done.value();
    return t.elapsed();
}

qint64 median(QList<qint64> runs)
{
    std::sort(runs.begin(), runs.end());
    return runs.at(runs.size() / 2);
}

// Rows of the import's own tables, dumped by sqlite3 itself as CSV with a header row.
void dumpCsv(const QString &sqlite3, const QString &dbPath, const QString &table, const QString &csvPath)
{
    QProcess p;
    p.setStandardOutputFile(csvPath);
    p.start(sqlite3, {QStringLiteral("-csv"), QStringLiteral("-header"), dbPath,
                      QStringLiteral("SELECT * FROM %1").arg(table)});
    if (!p.waitForFinished(600000) || p.exitCode() != 0)
        die(QStringLiteral("sqlite3 could not dump %1: %2").arg(table, QString::fromUtf8(p.readAllStandardError())));
}

// Tables of the same shape as ours (columns, types, keys, unique constraints, indexes) but without
// STRICT, CHECK and foreign keys: `.import` writes NULL as '' and STRICT tables refuse '' in an INTEGER
// column. Read from the database, so a later migration step cannot make the shapes drift apart.
QString sameShape(const Database &db, const QString &table)
{
    const QSqlDatabase c = db.connection();
    QStringList columns, primaryKey;
    auto q = sql::run(c, QStringLiteral("SELECT name, type, pk FROM pragma_table_info(?) ORDER BY cid"), {table});
    while (q && q.value().next()) {
        columns << q.value().value(0).toString() + QLatin1Char(' ') + q.value().value(1).toString();
        if (q.value().value(2).toInt() > 0)
            primaryKey << q.value().value(0).toString();
    }
    QStringList parts = columns;
    parts << QStringLiteral("PRIMARY KEY (%1)").arg(primaryKey.join(QStringLiteral(", ")));
    QStringList indexes;
    auto idx = sql::run(c, QStringLiteral("SELECT name, origin, \"unique\" FROM pragma_index_list(?)"), {table});
    while (idx && idx.value().next()) {
        const QString name = idx.value().value(0).toString();
        const QString origin = idx.value().value(1).toString();
        QStringList cols;
        auto info = sql::run(c, QStringLiteral("SELECT name FROM pragma_index_info(?) ORDER BY seqno"), {name});
        while (info && info.value().next())
            cols << info.value().value(0).toString();
        if (origin == QLatin1String("u"))
            parts << QStringLiteral("UNIQUE (%1)").arg(cols.join(QStringLiteral(", ")));
        else if (origin == QLatin1String("c"))
            indexes << QStringLiteral("CREATE INDEX %1 ON %2(%3);").arg(name, table, cols.join(QStringLiteral(", ")));
    }
    const bool withoutRowid =
        sql::scalar(c, QStringLiteral("SELECT wr FROM pragma_table_list WHERE name = ?"), {table}).value().toBool();
    return QStringLiteral("CREATE TABLE %1 (%2)%3;\n%4\n")
        .arg(table, parts.join(QStringLiteral(", ")), withoutRowid ? QStringLiteral(" WITHOUT ROWID") : QString(),
             indexes.join(QLatin1Char('\n')));
}

void runShell(const QString &sqlite3, const QString &dbPath, const QString &script)
{
    QProcess p;
    p.start(sqlite3, {dbPath});
    p.write(script.toUtf8());
    p.closeWriteChannel();
    const bool finished = p.waitForFinished(600000);
    const QString errors = QString::fromUtf8(p.readAllStandardError());
    if (!finished || p.exitCode() != 0 || !errors.isEmpty())
        die(QStringLiteral("sqlite3 failed (%1) on: %2").arg(errors.left(300), script.left(200)));
}

qint64 sqliteImport(const QString &sqlite3, const QString &dbPath, const QStringList &tables, const QString &csvDir)
{
    QString script;
    for (const QString &t : tables)
        script += QStringLiteral(".import --csv --skip 1 %1/%2.csv %2\n").arg(csvDir, t);
    QElapsedTimer timer;
    timer.start();
    runShell(sqlite3, dbPath, script);
    return timer.elapsed();
}

int count(const Database &db, const QString &table)
{
    return sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM %1").arg(table)).value().toInt();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const char *name, const QString &fallback) {
        const qsizetype i = args.indexOf(QLatin1String(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const QString listPath = option("--list", QStringLiteral(ST_SOURCE_DIR "/tests/data/designations/un-consolidated-list-2024-09-26.xml"));
    const int records = option("--records", QStringLiteral("100000")).toInt();
    const int runs = qMax(1, option("--runs", QStringLiteral("5")).toInt());
    const QString sqlite3 = option("--sqlite3", QStringLiteral("sqlite3"));
    if (!QFile::exists(listPath))
        die(QStringLiteral("no list at %1 (pass --list FILE.xml)").arg(listPath));
    if (const QString out = option("--write-list", {}); !out.isEmpty()) {
        if (const QString failed = st::test::writeSyntheticUnList(listPath, out, records); !failed.isEmpty())
            die(failed);
        return 0;
    }
    QTemporaryDir dir;
    if (!dir.isValid())
        die(QStringLiteral("no temporary folder"));

#ifdef QT_DEBUG
    say(QStringLiteral("warning: a debug build; measure with the bench preset (build/bench/bench/designations)"));
#endif
    say(QStringLiteral("UN Consolidated List import benchmark (Qt %1)").arg(QString::fromLatin1(qVersion())));

    // 1. The real list, into a new database file each run: as the command line imports it, and as the
    //    review dialog does (read, reconcile, then write after the analyst applies).
    QList<qint64> realStreamed;
    QList<Phases> real;
    UnListImportSummary summary;
    for (int i = 0; i < runs; ++i) {
        auto db = freshDatabase(dir.filePath(QStringLiteral("real.sqlite")));
        realStreamed << importStreamed(*db, listPath, &summary);
        auto reviewed = freshDatabase(dir.filePath(QStringLiteral("reviewed.sqlite")));
        real << importTimed(*reviewed, listPath);
    }
    const qint64 realMedian = median(realStreamed);
    say(QStringLiteral("Real list (%1 bytes, %2 records), median of %3 runs: %4 | target <= 1 s: %5")
            .arg(QFileInfo(listPath).size())
            .arg(summary.individuals + summary.entities)
            .arg(runs)
            .arg(seconds(realMedian), realMedian <= 1000 ? QStringLiteral("met") : QStringLiteral("MISSED")));
    say(QStringLiteral("  the same through the review dialog: %1").arg(median(real).text()));
    {
        auto db = freshDatabase(dir.filePath(QStringLiteral("again.sqlite")));
        importTimed(*db, listPath);
        const Phases again = importTimed(*db, listPath);
        say(QStringLiteral("Same list again (all unchanged): %1").arg(again.text()));
    }

    // 2. The synthetic list.
    const QString synthetic = dir.filePath(QStringLiteral("synthetic.xml"));
    if (const QString failed = st::test::writeSyntheticUnList(listPath, synthetic, records); !failed.isEmpty())
        die(failed);
    const QString syntheticDb = dir.filePath(QStringLiteral("synthetic.sqlite"));
    qint64 ours = 0;
    qint64 oursCpu = 0;
    QString shapes = QStringLiteral("PRAGMA journal_mode = WAL;\n");
    {
        auto db = freshDatabase(syntheticDb);
        const qint64 cpuBefore = cpuMs(RUSAGE_SELF);
        ours = importStreamed(*db, synthetic, &summary);
        oursCpu = cpuMs(RUSAGE_SELF) - cpuBefore;
        say(QStringLiteral("Synthetic list (%1 MB, %2 records): %3, CPU %4")
                .arg(double(QFileInfo(synthetic).size()) / 1e6, 0, 'f', 1)
                .arg(summary.individuals + summary.entities)
                .arg(seconds(ours), seconds(oursCpu)));
        say(QStringLiteral("  ") + readingAlone(synthetic));
        say(QStringLiteral("  rows written: %1 designations, %2 aliases, %3 details")
                .arg(count(*db, QStringLiteral("designations")))
                .arg(count(*db, QStringLiteral("designation_aliases")))
                .arg(count(*db, QStringLiteral("designation_details"))));
        for (const QString &t : {QStringLiteral("designations"), QStringLiteral("designation_aliases"),
                                 QStringLiteral("designation_details")})
            shapes += sameShape(*db, t);
    }

    if (args.contains(QLatin1String("--review"))) {
        auto db = freshDatabase(dir.filePath(QStringLiteral("synthetic-reviewed.sqlite")));
        say(QStringLiteral("  the same through the review dialog: %1").arg(importTimed(*db, synthetic).text()));
        auto chunked = freshDatabase(dir.filePath(QStringLiteral("synthetic-chunked.sqlite")));
        say(QStringLiteral("  the dialog's write, chunk by chunk: %1").arg(applyInChunks(*chunked, synthetic)));
    }

    // 3. The same rows, from CSV, by the sqlite3 shell, into the same (empty) tables.
    const QStringList tables{QStringLiteral("designations"), QStringLiteral("designation_aliases"),
                             QStringLiteral("designation_details")};
    for (const QString &t : tables)
        dumpCsv(sqlite3, syntheticDb, t, dir.filePath(t + QStringLiteral(".csv")));
    const QString shellDb = dir.filePath(QStringLiteral("shell.sqlite"));
    runShell(sqlite3, shellDb, shapes);
    const qint64 childCpuBefore = cpuMs(RUSAGE_CHILDREN);
    const qint64 shell = sqliteImport(sqlite3, shellDb, tables, dir.path());
    const qint64 shellCpu = cpuMs(RUSAGE_CHILDREN) - childCpuBefore;
    const double ratio = double(ours) / double(qMax<qint64>(1, shell));
    const double cpuRatio = double(oursCpu) / double(qMax<qint64>(1, shellCpu));
    say(QStringLiteral("sqlite3 .import of the same rows as CSV into tables of the same shape: %1, CPU %2")
            .arg(seconds(shell), seconds(shellCpu)));
    say(QStringLiteral("Ratio (XML import / sqlite3 .import of CSV): %1x wall, %2x CPU | target <= 2x CPU: %3")
            .arg(ratio, 0, 'f', 2)
            .arg(cpuRatio, 0, 'f', 2)
            .arg(cpuRatio <= 2.0 ? QStringLiteral("met") : QStringLiteral("MISSED")));
    return 0;
}
