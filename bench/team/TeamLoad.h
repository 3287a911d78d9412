#pragma once

// Issue 14, item 8: many analysts saving the same few records of one team database at once, each in a
// process of its own, through the forms' save path (RecordEdits with the version the form loaded).
// Shared by bench_team_load (20 clients for 60 s, figures) and tst_team_load (a few clients for a few
// seconds, checked). Each client prints one line per save; the run then checks every committed save
// against what the database holds: a save whose effect vanished without a later committed save over it
// is a lost update.
//
// Client lines: "saved T ID LOADED SAVED TOKEN MICROS", "conflict T ID MICROS", "error T ID TEXT"
// (T: r for a resolution, m for a measure; LOADED and SAVED: the version the form loaded and the one
// the save left; TOKEN: the unique note the save wrote).
#include "editing/FormData.h"
#include "editing/RecordEdits.h"
#include "storage/Database.h"
#include "storage/RowVersion.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <memory>
#include <vector>

namespace st::load {

// A record of the hot set: "r12" (resolution 12) or "m40" (measure 40).
struct HotRecord {
    bool resolution = true;
    qint64 id = 0;

    [[nodiscard]] QString table() const { return resolution ? records::resolutions : records::measures; }
    [[nodiscard]] QString key() const { return (resolution ? QStringLiteral("r") : QStringLiteral("m")) + QString::number(id); }
};

inline QList<HotRecord> parseHotSet(const QString &text)
{
    QList<HotRecord> hot;
    for (const QString &key : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        hot.append(HotRecord{key.startsWith(QLatin1Char('r')), key.mid(1).toLongLong()});
    return hot;
}

inline QString hotSetText(const QList<HotRecord> &hot)
{
    QStringList keys;
    for (const HotRecord &r : hot)
        keys << r.key();
    return keys.join(QLatin1Char(','));
}

// The first `perKind` resolutions and measures by id: a small set, so that saves really collide.
inline QList<HotRecord> chooseHotSet(const Database &db, int perKind)
{
    QList<HotRecord> hot;
    for (const bool resolution : {true, false}) {
        const auto ids = sql::collect(db.connection(),
                                      QStringLiteral("SELECT id FROM %1 ORDER BY id LIMIT ?")
                                          .arg(resolution ? records::resolutions : records::measures),
                                      {perKind}, [](const QSqlQuery &q) { return q.value(0).toLongLong(); });
        for (const qint64 id : ids.value())
            hot.append(HotRecord{resolution, id});
    }
    return hot;
}

// The outcome of one save as the client saw it.
struct SaveOutcome {
    enum Kind { Saved, Conflict, Failed } kind = Failed;
    qint64 loadedVersion = 0;
    qint64 savedVersion = 0;
    QString text; // the token written, or the error
};

// Loads the record as a form does, waits `thinkMs` (the analyst typing), puts `token` in its note and
// saves it over the version loaded. `checked` false saves without the version check: what the
// verification below must catch.
inline SaveOutcome saveOnce(const Database &db, const HotRecord &r, const QString &token, qint64 *micros, int thinkMs = 0,
                            bool checked = true)
{
    SaveOutcome out;
    auto version = loadVersion(db, r.table(), r.id);
    if (!version) {
        out.text = version.error().fullText();
        return out;
    }
    out.loadedVersion = version.value();
    RecordEdits edits(db);
    edits.expectVersion(checked ? out.loadedVersion : 0);
    QElapsedTimer timer;
    const auto typing = [&] {
        if (thinkMs > 0)
            QThread::msleep(thinkMs);
        timer.start();
    };
    Result<RecordChange> change = Error{Error::Code::NotFound, QStringLiteral("not loaded")};
    if (r.resolution) {
        auto resolution = loadResolution(db, r.id);
        auto triggers = loadTriggerIds(db, r.id);
        if (resolution && triggers) {
            resolution.value().note = token;
            typing();
            change = edits.updateResolution(r.id, resolution.value(), triggers.value());
        }
    } else if (auto measure = loadMeasure(db, r.id)) {
        measure.value().note = token;
        typing();
        change = edits.updateMeasure(r.id, measure.value());
    }
    *micros = timer.isValid() ? timer.nsecsElapsed() / 1000 : 0;
    if (change) {
        out.kind = SaveOutcome::Saved;
        out.savedVersion = change.value().after.rowsOf(r.table()).value(0).values.value(QStringLiteral("row_version")).toLongLong();
        out.text = token;
    } else if (edits.conflict()) {
        out.kind = SaveOutcome::Conflict;
    } else {
        out.text = change.error().fullText();
    }
    return out;
}

// One client process: saves records of the hot set, chosen at random, until `seconds` are up, with up
// to `thinkMs` between loading a record and saving it (the analyst typing), and prints a line per save.
inline int runClient(const QString &where, int client, int seconds, const QList<HotRecord> &hot, int thinkMs)
{
    QTextStream out(stdout);
    auto db = Database::open(where, OpenOptions{false, QStringLiteral("client%1").arg(client)});
    if (!db) {
        out << "error - 0 " << db.error().fullText() << Qt::endl;
        return 1;
    }
    QRandomGenerator random(quint32(client) * 7919U + 17U);
    const QDeadlineTimer deadline(qint64(seconds) * 1000);
    for (int n = 1; !deadline.hasExpired(); ++n) {
        const HotRecord &r = hot[int(random.bounded(quint32(hot.size())))];
        const QString token = QStringLiteral("c%1-%2").arg(client).arg(n);
        qint64 micros = 0;
        const SaveOutcome o = saveOnce(*db.value(), r, token, &micros, int(random.bounded(quint32(thinkMs) + 1)));
        const QString kind = r.resolution ? QStringLiteral("r") : QStringLiteral("m");
        if (o.kind == SaveOutcome::Saved)
            out << "saved " << kind << ' ' << r.id << ' ' << o.loadedVersion << ' ' << o.savedVersion << ' ' << token << ' ' << micros << '\n';
        else if (o.kind == SaveOutcome::Conflict)
            out << "conflict " << kind << ' ' << r.id << ' ' << micros << '\n';
        else
            out << "error " << kind << ' ' << r.id << ' ' << QString(o.text).replace(QLatin1Char('\n'), QLatin1Char(' ')) << '\n';
    }
    out.flush();
    return 0;
}

// A committed save as a client reported it.
struct CommittedSave {
    qint64 loadedVersion = 0;
    qint64 savedVersion = 0;
    QString token;
};

struct Tally {
    int attempts = 0;
    int saved = 0;
    int conflicts = 0;
    int errors = 0;
    int waitedTooLong = 0; // of the errors: refused after waiting for the write lock (WriteWait, 3 s in a window)
    int lostUpdates = 0;   // committed saves overwritten unseen, or whose effect is not what is stored
    int notInAuditLog = 0; // committed saves the audit log has no change for
    QStringList problems;  // what each lost update or error was
    std::vector<double> saveMs;     // latency of every attempt that reached a decision (saved or conflict)
    std::vector<double> committedMs; // of the committed ones
    QHash<QString, QList<CommittedSave>> committed; // by HotRecord::key()
    QHash<QString, qint64> startVersion;

    void take(const QString &line);
};

inline void Tally::take(const QString &line)
{
    const QStringList f = line.split(QLatin1Char(' '));
    if (f.size() < 3)
        return;
    ++attempts;
    const QString key = f[1] + f[2];
    if (f[0] == QLatin1String("saved") && f.size() == 7) {
        ++saved;
        committed[key].append(CommittedSave{f[3].toLongLong(), f[4].toLongLong(), f[5]});
        saveMs.push_back(f[6].toDouble() / 1000);
        committedMs.push_back(f[6].toDouble() / 1000);
    } else if (f[0] == QLatin1String("conflict") && f.size() == 4) {
        ++conflicts;
        saveMs.push_back(f[3].toDouble() / 1000);
    } else {
        ++errors;
        if (line.contains(QLatin1String("kept writing to the database")))
            ++waitedTooLong;
        else if (problems.size() < 10)
            problems << line;
    }
}

// Every committed save of `r`, in the order of the versions they left, must have loaded the version
// the one before it left (else it wrote over a change it had not seen); the last one's note and version
// must be what is stored; and the audit log must hold each one's change.
inline void verifyRecord(const Database &db, const HotRecord &r, Tally &tally)
{
    QList<CommittedSave> saves = tally.committed.value(r.key());
    std::sort(saves.begin(), saves.end(),
              [](const CommittedSave &a, const CommittedSave &b) { return a.savedVersion < b.savedVersion; });
    qint64 previous = tally.startVersion.value(r.key());
    for (const CommittedSave &s : std::as_const(saves)) {
        if (s.loadedVersion != previous) {
            ++tally.lostUpdates;
            tally.problems << QStringLiteral("%1: %2 saved over version %3, but the version before it was %4")
                                  .arg(r.key(), s.token)
                                  .arg(s.loadedVersion)
                                  .arg(previous);
        }
        previous = s.savedVersion;
    }
    const auto stamp = readRowStamp(db, r.table(), r.id);
    const auto note = sql::scalar(db.connection(), QStringLiteral("SELECT note FROM %1 WHERE id = ?").arg(r.table()), {r.id});
    const QString lastToken = saves.isEmpty() ? QString() : saves.last().token;
    if (!stamp || !note || stamp.value().version != previous || (!saves.isEmpty() && note.value().toString() != lastToken)) {
        ++tally.lostUpdates;
        tally.problems << QStringLiteral("%1: stored version %2, note “%3”; the last committed save left version %4, “%5”")
                              .arg(r.key())
                              .arg(stamp ? stamp.value().version : -1)
                              .arg(note ? note.value().toString() : QString(), QString::number(previous), lastToken);
    }
    QSet<QString> logged;
    static const QRegularExpression tokenPattern(QStringLiteral("\"(c\\d+-\\d+)\""));
    const auto afters = sql::collect(db.connection(),
                                     QStringLiteral("SELECT after FROM audit_log WHERE table_name = ? AND row_id = ? "
                                                    "AND operation = 'update'"),
                                     {r.table(), r.id}, [](const QSqlQuery &q) { return q.value(0).toString(); });
    for (const QString &after : afters.value()) {
        for (auto m = tokenPattern.globalMatch(after); m.hasNext();)
            logged.insert(m.next().captured(1));
    }
    for (const CommittedSave &s : std::as_const(saves))
        tally.notInAuditLog += logged.contains(s.token) ? 0 : 1;
}

// Starts `clients` processes of `program` (each given `clientArgs` then: address, index, seconds, hot
// set, think time), gathers their lines, and checks the database afterwards.
inline Tally runLoad(const QString &program, const QStringList &clientArgs, const Database &checker, int clients,
                     int seconds, const QList<HotRecord> &hot, int thinkMs)
{
    Tally tally;
    for (const HotRecord &r : hot)
        tally.startVersion.insert(r.key(), readRowStamp(checker, r.table(), r.id).value().version);
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < clients; ++i) {
        auto p = std::make_unique<QProcess>();
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p->start(program, clientArgs + QStringList{checker.path(), QString::number(i + 1), QString::number(seconds),
                                                   hotSetText(hot), QString::number(thinkMs)});
        processes.push_back(std::move(p));
    }
    for (auto &p : processes) {
        if (!p->waitForFinished((seconds + 120) * 1000) || p->exitCode() != 0) {
            ++tally.errors;
            tally.problems << QStringLiteral("a client did not finish cleanly: %1").arg(p->errorString());
        }
        for (const QByteArray &line : p->readAllStandardOutput().split('\n')) {
            if (!line.isEmpty())
                tally.take(QString::fromUtf8(line));
        }
    }
    for (const HotRecord &r : hot)
        verifyRecord(checker, r, tally);
    return tally;
}

inline double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t at = std::min(values.size() - 1, size_t(p / 100.0 * double(values.size() - 1) + 0.5));
    return values[at];
}

} // namespace st::load
