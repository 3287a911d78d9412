// Prints how long a PDF report takes and how much memory it needs, on the bundled DPRK data and on
// a synthetic database (default 20,000 resolutions, for its busiest state). Targets (issue 17): ≤ 3 s
// wall on an idle 2-core machine, ≤ 500 MB. The machine's load average is printed with each figure:
// wall time on a busy machine says little, CPU time says more.
//   bench_reports [--resolutions N] [--runs R] [--keep DIR] [--database FILE]
// --database measures an existing database (e.g. one made with sanctions-tracker --generate-synthetic)
// instead of generating one.
#include "common/Allocator.h"
#include "interchange/BundledDataset.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportOutput.h"
#include "reports/ReportPages.h"
#include "storage/Database.h"
#include "storage/ResolutionRepository.h"
#include "synthetic/SyntheticDataset.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace st;

namespace {

constexpr double kTargetSeconds = 3.0;
constexpr double kTargetMegabytes = 500.0;

// Peak resident memory of this process (VmHWM), in MB.
double peakMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

// Starts a new peak: writing 5 to clear_refs resets VmHWM to the current RSS (Linux 4.0+).
void resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

void print(const QString &line) { std::fputs(qPrintable(line + QLatin1Char('\n')), stdout); std::fflush(stdout); }

// The 1-minute load average and the number of cores: whether the wall times are an idle machine's.
QString machineLoad()
{
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    const QString load = loadavg.open(QIODevice::ReadOnly) ? QString::fromLatin1(loadavg.readAll().split(' ').value(0))
                                                          : QStringLiteral("unknown");
    return QStringLiteral("load average %1 on %2 cores").arg(load).arg(QThread::idealThreadCount());
}

// Builds the report and writes it as an A4 PDF `runs` times; prints the median times and the peak.
bool measure(const QString &label, const Database &db, const QString &state, const QString &pdf, int runs)
{
    QList<double> build, write, total, cpu;
    int pages = 0;
    int rounds = 0;
    const QString load = machineLoad(); // before the runs, which add their own load
    resetPeak();
    const double before = peakMegabytes();
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpuStart = std::clock();
        ReportOptions options;
        options.stateCode = state;
        options.to = QDate(2025, 12, 31);
        auto content = buildReport(db, options);
        if (!content) {
            print(QStringLiteral("%1: %2").arg(label, content.error().fullText()));
            return false;
        }
        const double built = timer.nsecsElapsed() / 1e9;
        auto written = writeReportPdf(content.value(), pdf, ReportPages::defaultPageLayout(QPageSize(QPageSize::A4)));
        if (!written) {
            print(QStringLiteral("%1: %2").arg(label, written.error().fullText()));
            return false;
        }
        const double all = timer.nsecsElapsed() / 1e9;
        build << built;
        write << all - built;
        total << all;
        cpu << double(std::clock() - cpuStart) / CLOCKS_PER_SEC; // this process only: fair on a busy machine
        pages = written.value();
        rounds = int(content.value().rounds.size());
    }
    const double peak = peakMegabytes();
    const double seconds = median(total);
    print(QStringLiteral("%1, state %2: %3 resolutions and drafts, %4 pages, %5 KB (before the runs: %6)")
              .arg(label, state).arg(rounds).arg(pages).arg(QFileInfo(pdf).size() / 1024).arg(load));
    print(QStringLiteral("  time (median of %1): %2 s wall, %3 s CPU  [content %4 s, layout + PDF %5 s wall]  "
                         "target <= %6 s: %7")
              .arg(runs).arg(seconds, 0, 'f', 2).arg(median(cpu), 0, 'f', 2).arg(median(build), 0, 'f', 2)
              .arg(median(write), 0, 'f', 2).arg(kTargetSeconds)
              .arg(seconds <= kTargetSeconds ? QStringLiteral("OK") : QStringLiteral("OVER")));
    print(QStringLiteral("  peak memory (VmHWM): %1 MB (%2 MB before)  target <= %3 MB: %4")
              .arg(peak, 0, 'f', 0).arg(before, 0, 'f', 0).arg(kTargetMegabytes)
              .arg(peak <= kTargetMegabytes ? QStringLiteral("OK") : QStringLiteral("OVER")));
    return true;
}

// The same report's PDF written by one writer on one thread (the print path, paintReport) and by
// writeReportPdf (two threads and a join), run alternately so that both see the same machine: the
// ratio holds even where the machine's speed changes from one hour to the next.
bool compareWithOneWriter(const Database &db, const QString &state, const QString &pdf, int runs)
{
    ReportOptions options;
    options.stateCode = state;
    options.to = QDate(2025, 12, 31);
    auto content = buildReport(db, options);
    if (!content)
        return false;
    const QPageLayout a4 = ReportPages::defaultPageLayout(QPageSize(QPageSize::A4));
    QList<double> one, two, oneCpu, twoCpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        std::clock_t cpu = std::clock();
        {
            QPdfWriter writer(pdf);
            writer.setPageLayout(a4);
            if (!paintReport(content.value(), writer))
                return false;
        }
        one << timer.nsecsElapsed() / 1e9;
        oneCpu << double(std::clock() - cpu) / CLOCKS_PER_SEC;
        timer.restart();
        cpu = std::clock();
        if (!writeReportPdf(content.value(), pdf, a4))
            return false;
        two << timer.nsecsElapsed() / 1e9;
        twoCpu << double(std::clock() - cpu) / CLOCKS_PER_SEC;
    }
    print(QStringLiteral("  layout + PDF, the same content, alternately (median of %1): one writer %2 s (CPU %3 s), "
                         "two threads %4 s (CPU %5 s): %6 of the time; %7")
              .arg(runs).arg(median(one), 0, 'f', 2).arg(median(oneCpu), 0, 'f', 2).arg(median(two), 0, 'f', 2)
              .arg(median(twoCpu), 0, 'f', 2).arg(median(two) / median(one), 0, 'f', 2).arg(machineLoad()));
    return true;
}

// States by how many resolutions concern them, most first.
QStringList statesByResolutions(const Database &db)
{
    QHash<QString, int> counts;
    const auto all = ResolutionRepository(db.connection()).all();
    if (!all)
        return {};
    for (const Resolution &r : all.value())
        for (const QString &s : r.states)
            ++counts[s];
    QStringList states = counts.keys();
    std::sort(states.begin(), states.end(), [&](const QString &a, const QString &b) {
        return counts.value(a) != counts.value(b) ? counts.value(a) > counts.value(b) : a < b;
    });
    return states;
}

} // namespace

int main(int argc, char *argv[])
{
    st::keepFreedMemoryForReuse(); // as the app does
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv); // the chart needs a GUI application, even offscreen
    QCommandLineParser parser;
    const QCommandLineOption resolutions(QStringLiteral("resolutions"), QStringLiteral("Synthetic resolutions (20000)."),
                                         QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Runs per measurement (3)."), QStringLiteral("R"),
                                  QStringLiteral("3"));
    const QCommandLineOption keep(QStringLiteral("keep"), QStringLiteral("Write the PDFs into DIR to look at them."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption existing(QStringLiteral("database"),
                                      QStringLiteral("Use this database instead of generating one."), QStringLiteral("FILE"));
    parser.addOptions({resolutions, runs, keep, existing});
    parser.addHelpOption();
    parser.process(app);
    const int n = parser.value(resolutions).toInt();
    const int r = std::max(1, parser.value(runs).toInt());

    QTemporaryDir tmp;
    const QDir out(parser.isSet(keep) ? parser.value(keep) : tmp.path());
    QDir().mkpath(out.path());

    {
        auto db = Database::open(QStringLiteral(":memory:")).value();
        if (!loadBundledDataset(*db)) {
            print(QStringLiteral("cannot load the bundled dataset"));
            return 1;
        }
        if (!measure(QStringLiteral("Bundled data"), *db, QStringLiteral("PRK"), out.filePath(QStringLiteral("bundled.pdf")), r))
            return 1;
    }

    const QString path = parser.isSet(existing) ? parser.value(existing) : tmp.filePath(QStringLiteral("synthetic.sqlite"));
    auto opened = Database::open(path);
    if (!opened) {
        print(opened.error().fullText());
        return 1;
    }
    auto db = std::move(opened).value();
    if (!parser.isSet(existing)) {
        QElapsedTimer timer;
        timer.start();
        SyntheticOptions options;
        options.resolutions = n;
        auto generated = generateSyntheticDataset(*db, options);
        if (!generated) {
            print(generated.error().fullText());
            return 1;
        }
        print(QStringLiteral("Synthetic database: %1 (generated in %2 s, not timed below)")
                  .arg(generated.value().text()).arg(timer.nsecsElapsed() / 1e9, 0, 'f', 1));
    }
    const QString label = parser.isSet(existing) ? QStringLiteral("Database %1").arg(path)
                                                 : QStringLiteral("Synthetic, %1 resolutions").arg(n);
    // The worst case (the state most resolutions concern) and a typical one (the median state).
    const QStringList states = statesByResolutions(*db);
    if (states.isEmpty())
        return 1;
    if (!measure(label + QStringLiteral(", busiest state"), *db, states.first(), out.filePath(QStringLiteral("synthetic.pdf")), r))
        return 1;
    if (!compareWithOneWriter(*db, states.first(), out.filePath(QStringLiteral("synthetic-compared.pdf")), r))
        return 1;
    if (!measure(label + QStringLiteral(", median state"), *db, states[states.size() / 2],
                 out.filePath(QStringLiteral("synthetic-median.pdf")), r))
        return 1;
    return 0;
}
