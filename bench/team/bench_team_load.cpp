// Load test of a team database (issue 14, item 8): `--clients` writer processes (20) save records of a
// small hot set (`--hot` resolutions and as many measures) through the forms' save path for `--seconds`
// (60), and the run prints saves committed, conflicts detected, lost updates (must be 0) and the save
// latency (p50, p95, p99). It asserts nothing; tst_team_load checks the same run, small.
//   bench_team_load --database postgresql://st@127.0.0.1:5433/bench_load [--clients 20] [--seconds 60]
// A new, empty database gets the bundled dataset first. scripts/bench-team.sh runs it on a throwaway
// cluster on 127.0.0.1.
#include "TeamLoad.h"

#include "interchange/BundledDataset.h"

#include <QCommandLineParser>
#include <QFile>

#include <cstdio>

using namespace st;

namespace {

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2) : QStringLiteral("?");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1) == QLatin1String("--client"))
        return load::runClient(args.value(2), args.value(3).toInt(), args.value(4).toInt(), load::parseHotSet(args.value(5)),
                               args.value(6).toInt());
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("database"), QStringLiteral("The team database (postgresql://…)."),
                                      QStringLiteral("URL"));
    const QCommandLineOption clientsOption(QStringLiteral("clients"), QStringLiteral("Writer processes."),
                                           QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("How long they write."),
                                           QStringLiteral("S"), QStringLiteral("60"));
    const QCommandLineOption hotOption(QStringLiteral("hot"), QStringLiteral("Resolutions, and as many measures, written to."),
                                       QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption thinkOption(QStringLiteral("think-ms"),
                                         QStringLiteral("Up to this long between loading a record and saving it."),
                                         QStringLiteral("MS"), QStringLiteral("20"));
    parser.addOptions({dbOption, clientsOption, secondsOption, hotOption, thinkOption});
    parser.process(app);
    if (!parser.isSet(dbOption)) {
        std::fprintf(stderr, "--database postgresql://… is needed\n");
        return 2;
    }
    auto opened = Database::open(parser.value(dbOption), OpenOptions{false, QStringLiteral("checker")});
    if (!opened) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(parser.value(dbOption)), qPrintable(opened.error().fullText()));
        return 1;
    }
    const Database &db = *opened.value();
    if (db.isNew()) {
        if (auto loaded = loadBundledDataset(db); !loaded) {
            std::fprintf(stderr, "cannot load the bundled dataset: %s\n", qPrintable(loaded.error().fullText()));
            return 1;
        }
    }
    const int clients = std::max(1, parser.value(clientsOption).toInt());
    const int seconds = std::max(1, parser.value(secondsOption).toInt());
    const int thinkMs = std::max(0, parser.value(thinkOption).toInt());
    const QList<load::HotRecord> hot = load::chooseHotSet(db, std::max(1, parser.value(hotOption).toInt()));
    std::printf("Team database %s\n%d writer processes for %d s on %lld records (%s), up to %d ms between load and save\n",
                qPrintable(db.path()), clients, seconds, static_cast<long long>(hot.size()), qPrintable(load::hotSetText(hot)),
                thinkMs);
    std::printf("load average before: %s\n", qPrintable(loadAverage()));
    std::fflush(stdout);

    const load::Tally t = load::runLoad(QCoreApplication::applicationFilePath(), {QStringLiteral("--client")}, db, clients,
                                        seconds, hot, thinkMs);
    std::printf("load average after:  %s\n\n", qPrintable(loadAverage()));
    std::printf("%-34s %8d\n", "save attempts", t.attempts);
    std::printf("%-34s %8d  (%.1f a second)\n", "saves committed", t.saved, t.saved / double(seconds));
    std::printf("%-34s %8d\n", "conflicts detected", t.conflicts);
    std::printf("%-34s %8d  (%d of them refused after waiting 3 s for the write lock)\n", "other outcomes: errors",
                t.errors, t.waitedTooLong);
    std::printf("%-34s %8d  %s\n", "lost updates", t.lostUpdates, t.lostUpdates == 0 ? "OK" : "FAILED");
    std::printf("%-34s %8d\n", "committed saves not in audit log", t.notInAuditLog);
    std::printf("%-34s p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  max %7.1f ms\n", "save latency (every attempt)",
                load::percentile(t.saveMs, 50), load::percentile(t.saveMs, 95), load::percentile(t.saveMs, 99),
                load::percentile(t.saveMs, 100));
    std::printf("%-34s p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms\n", "save latency (committed)",
                load::percentile(t.committedMs, 50), load::percentile(t.committedMs, 95), load::percentile(t.committedMs, 99));
    for (const QString &p : t.problems)
        std::printf("  %s\n", qPrintable(p));
    return 0;
}
