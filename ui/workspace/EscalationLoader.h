#pragma once

#include "analysis/InForce.h"
#include "common/Result.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <optional>

class QThread;

namespace st {

class Database;

// The timeline's escalation line (distinct measure types in force) of each state the analyst has
// looked at, kept until the data changes. Counting it reads every measure of the state: about a second
// for "All states" at 20,000 synthetic resolutions, too long to freeze a state switch. A large state's
// count runs on a worker with its own read-only connection to the file and arrives by `loaded`; a small
// one (or an in-memory database, which a second connection cannot see) is counted at once.
// The in-force intervals the steps are counted from come out too (`intervalsLoaded`), so "in force on"
// of the measures tab never reads the same measures again.
class EscalationLoader : public QObject {
    Q_OBJECT
public:
    explicit EscalationLoader(const Database &db, QObject *parent = nullptr);
    // `backgroundAbove`: resolutions beyond which a count runs on the worker (tests pass 0).
    EscalationLoader(const Database &db, int backgroundAbove, QObject *parent = nullptr);
    ~EscalationLoader() override;

    // Beyond this many resolutions on the timeline the count runs on the worker.
    static constexpr int kBackgroundAbove = 2000;

    // The steps if known now (kept, or counted at once); nullopt: `loaded` will bring them.
    // `intervals`, when not null, are the state's in-force intervals already computed (by "in force on"
    // of the measures tab): the steps are counted from them at once instead of reading every measure of
    // the state again on the worker, which at 100,000 resolutions took 8 s and doubled what was held.
    Result<std::optional<QList<EscalationStep>>> request(const QString &stateCode, int resolutionCount,
                                                         const QList<InForceInterval> *intervals = nullptr);
    // The data changed: what was kept or is being counted is stale.
    void clear();
    // Whether the worker is counting `stateCode`, or will count it next: `loaded` and `intervalsLoaded`
    // (or `failed`) will come for it.
    [[nodiscard]] bool isCounting(const QString &stateCode) const;
    // Blocks until the worker, if any, is done (tests, shutdown).
    void wait();

signals:
    void loaded(const QString &stateCode, const QList<EscalationStep> &steps);
    // The intervals a count started from, whether counted at once (before request() returns) or on the
    // worker (just before `loaded`); also for a state the analyst has left meanwhile.
    void intervalsLoaded(const QString &stateCode, const QList<InForceInterval> &intervals);
    void failed(const Error &error);

private:
    void start(const QString &stateCode);
    const Database &m_db;
    int m_backgroundAbove = kBackgroundAbove;
    QHash<QString, QList<EscalationStep>> m_kept;
    QThread *m_worker = nullptr;
    QString m_counting;      // the state the worker counts
    QString m_wanted;        // the state asked for last (the analyst may have moved on)
    int m_generation = 0;    // bumped by clear(): a count started before it is dropped
};

} // namespace st
