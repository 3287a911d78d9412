#include "workspace/EscalationLoader.h"

#include "analysis/Timeline.h"
#include "storage/Database.h"

#include <QThread>

#include <memory>

namespace st {

EscalationLoader::EscalationLoader(const Database &db, QObject *parent) : EscalationLoader(db, kBackgroundAbove, parent) {}

EscalationLoader::EscalationLoader(const Database &db, int backgroundAbove, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_backgroundAbove(backgroundAbove)
{
}

EscalationLoader::~EscalationLoader()
{
    // A count still running (the window closed meanwhile): its result has nobody left to go to.
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

void EscalationLoader::wait()
{
    if (m_worker)
        m_worker->wait();
}

void EscalationLoader::clear()
{
    m_kept.clear();
    ++m_generation;
}

bool EscalationLoader::isCounting(const QString &stateCode) const
{
    // The worker's current count may be of an older generation: it then starts the wanted one next.
    return m_worker && (m_counting == stateCode || m_wanted == stateCode) && !m_kept.contains(stateCode);
}

Result<std::optional<QList<EscalationStep>>> EscalationLoader::request(const QString &stateCode, int resolutionCount,
                                                                       const QList<InForceInterval> *intervals)
{
    m_wanted = stateCode;
    if (const auto it = m_kept.constFind(stateCode); it != m_kept.cend())
        return std::optional<QList<EscalationStep>>(*it);
    if (intervals) {
        QList<EscalationStep> steps = escalationSteps(*intervals);
        m_kept.insert(stateCode, steps);
        return std::optional<QList<EscalationStep>>(std::move(steps));
    }
    const bool inMemory = m_db.path().isEmpty() || m_db.path() == QStringLiteral(":memory:");
    if (resolutionCount <= m_backgroundAbove || inMemory) {
        auto counted = loadInForceIntervals(m_db, stateCode);
        if (!counted)
            return counted.error();
        QList<EscalationStep> steps = escalationSteps(counted.value());
        m_kept.insert(stateCode, steps);
        emit intervalsLoaded(stateCode, counted.value());
        return std::optional<QList<EscalationStep>>(std::move(steps));
    }
    if (!m_worker || m_counting != stateCode)
        start(stateCode);
    return std::optional<QList<EscalationStep>>();
}

void EscalationLoader::start(const QString &stateCode)
{
    // One count at a time: a newer request starts once the running one ends (see below).
    if (m_worker)
        return;
    struct Outcome {
        std::optional<Result<QList<InForceInterval>>> intervals;
        QList<EscalationStep> steps;
    };
    auto outcome = std::make_shared<Outcome>();
    const QString path = m_db.path();
    m_counting = stateCode;
    m_worker = QThread::create([outcome, path, stateCode] {
        OpenOptions options;
        options.readOnly = true;
        auto opened = Database::open(path, options);
        if (!opened) {
            outcome->intervals = Result<QList<InForceInterval>>(opened.error());
            return;
        }
        outcome->intervals = loadInForceIntervals(*opened.value(), stateCode);
        if (*outcome->intervals)
            outcome->steps = escalationSteps(outcome->intervals->value());
    });
    const int generation = m_generation;
    connect(m_worker, &QThread::finished, this, [this, outcome, stateCode, generation] {
        m_worker->deleteLater();
        m_worker = nullptr;
        const bool current = generation == m_generation;
        const bool counted = outcome->intervals && *outcome->intervals;
        if (current && counted) {
            m_kept.insert(stateCode, outcome->steps);
            emit intervalsLoaded(stateCode, outcome->intervals->value());
            if (stateCode == m_wanted)
                emit loaded(stateCode, outcome->steps);
        } else if (current && outcome->intervals && stateCode == m_wanted) {
            emit failed(outcome->intervals->error());
        }
        // The analyst moved on (or the data changed) while this one was counted: count what is wanted
        // now, unless that is what just failed.
        const bool failedNow = current && stateCode == m_wanted && !counted;
        if (!failedNow && !m_kept.contains(m_wanted))
            start(m_wanted);
    });
    m_worker->start(QThread::LowPriority);
}

} // namespace st
