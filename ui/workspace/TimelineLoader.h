#pragma once

#include "analysis/InForce.h"
#include "analysis/Timeline.h"
#include "common/Result.h"
#include "storage/BackgroundRead.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace st {

// What the timeline of a state needs from the database, read on a worker when the state is large.
// - Its markers (every resolution, trigger link and act: buildTimelineMarkers). For "All states" at
//   100,000 synthetic resolutions that is 0.6-1 s of reading; a state switch no longer waits for it.
//   The caller keeps them (the workspace keeps the last few states').
// - Its escalation line (distinct measure types in force), counted from the in-force intervals of every
//   measure of the state: about a second for "All states" at 20,000 resolutions. Kept here per state
//   until the data changes. The intervals come out too (`intervalsLoaded`), so "in force on" of the
//   measures tab never reads the same measures again.
// A state with at most `backgroundAbove` resolutions, or an in-memory database (a second connection
// cannot see it), is read at once. Otherwise the markers (`markersLoaded`) and the line
// (`escalationLoaded`) are read by two workers, each with its own read-only connection to the file, one
// state at a time each.
class TimelineLoader : public QObject {
    Q_OBJECT
public:
    explicit TimelineLoader(const Database &db, QObject *parent = nullptr);
    // `backgroundAbove`: resolutions beyond which a state is read on the worker (tests pass 0).
    TimelineLoader(const Database &db, int backgroundAbove, QObject *parent = nullptr);
    ~TimelineLoader() override;

    static constexpr int kBackgroundAbove = 2000;

    enum class Markers {
        Kept,           // the caller has them
        AtOnce,         // read now whatever the size (a reload: the chart never shows a state half read)
        OnWorkerIfLarge // a state switch: a large state's arrive by `markersLoaded`
    };
    // What is known now; a part left empty is on its way (by `markersLoaded`, `escalationLoaded`), or,
    // for the markers, kept by the caller.
    struct Parts {
        std::optional<TimelineData> markers;
        std::optional<QList<EscalationStep>> escalation;
    };
    // `intervals`, when not null, are the state's in-force intervals already computed (by "in force on"
    // of the measures tab): the line is counted from them at once instead of reading every measure of
    // the state again on the worker, which at 100,000 resolutions took 8 s and doubled what was held.
    Result<Parts> request(const QString &stateCode, Markers markers, const QList<InForceInterval> *intervals = nullptr);
    // The data changed: what was kept or is being read is stale.
    void clear();
    // Whether the worker is counting the line of `stateCode`, or will next: `escalationLoaded` and
    // `intervalsLoaded` (or `failed`) will come for it.
    [[nodiscard]] bool isCounting(const QString &stateCode) const;
    // Whether the markers of `stateCode` are on the worker's way (`markersLoaded` or `failed` will come).
    [[nodiscard]] bool isReadingMarkers(const QString &stateCode) const;
    // Blocks until the workers, if any, are done (tests, shutdown); what they read is delivered by the
    // event loop, as always.
    void wait();
    // Blocks until nothing is being read and everything read has been delivered, including what was
    // asked for meanwhile (tests, benchmarks).
    void settle();

signals:
    // The markers read on the worker; also of a state the analyst has left meanwhile.
    void markersLoaded(const QString &stateCode, const TimelineData &markers);
    void escalationLoaded(const QString &stateCode, const QList<EscalationStep> &steps);
    // The intervals a count started from, whether counted at once (before request() returns) or on the
    // worker (just before `escalationLoaded`); also for a state the analyst has left meanwhile.
    void intervalsLoaded(const QString &stateCode, const QList<InForceInterval> &intervals);
    // The worker could not read what was asked for last: the markers and the line it was reading are not
    // coming. If it could not open the file (moved away, say), everything asked for until clear() is
    // read at once through the caller's connection.
    void failed(const Error &error);

private:
    [[nodiscard]] bool isLarge(const QString &stateCode, const Parts &known, Status &status) const;
    void startMarkers();
    void startLine();
    void workerFailed(const Error &error, bool unopened, bool wanted);

    const Database &m_db;
    int m_backgroundAbove = kBackgroundAbove;
    QHash<QString, QList<EscalationStep>> m_kept;
    // Two workers, so that a state's markers (under a second at 100,000 resolutions) never wait behind
    // another state's line (several seconds).
    std::unique_ptr<BackgroundRead<TimelineData>> m_markersRead;
    std::unique_ptr<BackgroundRead<QList<InForceInterval>>> m_lineRead;
    QString m_counting;                     // the state whose line the line worker counts
    QString m_wanted;                       // the state asked for last (the analyst may have moved on)
    std::optional<QString> m_markersWanted; // the state whose markers the caller waits for
    int m_generation = 0;                   // bumped by clear(): a read started before it is dropped
    bool m_workerCannotOpen = false;        // until clear(): everything is read at once
};

} // namespace st
