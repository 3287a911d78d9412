#include "workspace/TimelineLoader.h"

#include "storage/Database.h"
#include "storage/ResolutionRepository.h"

#include <QCoreApplication>
#include <QThread>

#include <memory>

namespace st {

TimelineLoader::TimelineLoader(const Database &db, QObject *parent) : TimelineLoader(db, kBackgroundAbove, parent) {}

TimelineLoader::TimelineLoader(const Database &db, int backgroundAbove, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_backgroundAbove(backgroundAbove)
{
}

// Reads still running (the window closed meanwhile) are waited for: their results have nobody left to go to.
TimelineLoader::~TimelineLoader() = default;

void TimelineLoader::wait()
{
    if (m_markersRead)
        m_markersRead->wait();
    if (m_lineRead)
        m_lineRead->wait();
}

void TimelineLoader::settle()
{
    while (m_markersRead || m_lineRead) {
        wait();
        QCoreApplication::sendPostedEvents(this, QEvent::MetaCall); // a worker's end may start the next read
    }
}

void TimelineLoader::clear()
{
    m_kept.clear();
    m_markersWanted.reset();
    m_workerCannotOpen = false;
    ++m_generation;
}

bool TimelineLoader::isCounting(const QString &stateCode) const
{
    // The worker's count may be of an older generation or state: it then starts the wanted one next.
    return m_lineRead && (m_counting == stateCode || m_wanted == stateCode) && !m_kept.contains(stateCode);
}

bool TimelineLoader::isReadingMarkers(const QString &stateCode) const
{
    return m_markersWanted == stateCode;
}

// Whether `stateCode` is to be read on the worker: more resolutions than the worker's threshold, and a
// file a second connection can open.
bool TimelineLoader::isLarge(const QString &stateCode, const Parts &known, Status &status) const
{
    if (!BackgroundRead<TimelineData>::possibleFor(m_db) || m_workerCannotOpen)
        return false;
    if (known.markers)
        return known.markers->resolutions.size() > m_backgroundAbove;
    auto count = ResolutionRepository(m_db).countForState(stateCode);
    if (!count) {
        status = count.error();
        return false;
    }
    return count.value() > m_backgroundAbove;
}

Result<TimelineLoader::Parts> TimelineLoader::request(const QString &stateCode, Markers markers,
                                                      const QList<InForceInterval> *intervals)
{
    m_wanted = stateCode;
    m_markersWanted.reset(); // whatever was awaited before, the caller now wants this state
    Parts known;
    if (markers == Markers::AtOnce) {
        auto read = buildTimelineMarkers(m_db, stateCode);
        if (!read)
            return read.error();
        known.markers = std::move(read).value();
    }
    if (const auto it = m_kept.constFind(stateCode); it != m_kept.cend())
        known.escalation = *it;
    else if (intervals)
        known.escalation = escalationSteps(*intervals);
    const bool markersNeeded = markers == Markers::OnWorkerIfLarge;
    if (!markersNeeded && known.escalation) {
        m_kept.insert(stateCode, *known.escalation);
        return known;
    }
    Status counted;
    const bool large = isLarge(stateCode, known, counted);
    if (!counted)
        return counted.error();
    if (!large) {
        if (markersNeeded) {
            auto read = buildTimelineMarkers(m_db, stateCode);
            if (!read)
                return read.error();
            known.markers = std::move(read).value();
        }
        if (!known.escalation) {
            auto read = loadInForceIntervals(m_db, stateCode);
            if (!read)
                return read.error();
            known.escalation = escalationSteps(read.value());
            emit intervalsLoaded(stateCode, read.value());
        }
        m_kept.insert(stateCode, *known.escalation);
        return known;
    }
    if (known.escalation)
        m_kept.insert(stateCode, *known.escalation);
    else
        startLine();
    if (markersNeeded) {
        m_markersWanted = stateCode;
        startMarkers();
    }
    return known;
}

// A worker that could not open the file: whatever is asked for until clear() is read at once through the
// caller's connection. Reports it if what failed is still wanted.
void TimelineLoader::workerFailed(const Error &error, bool unopened, bool wanted)
{
    if (unopened)
        m_workerCannotOpen = true;
    if (wanted)
        emit failed(error);
}

void TimelineLoader::startMarkers()
{
    // One state's markers at a time: a newer request starts once the running one ends (see below).
    if (m_markersRead || !m_markersWanted)
        return;
    const QString stateCode = *m_markersWanted;
    const int generation = m_generation;
    m_markersRead = std::make_unique<BackgroundRead<TimelineData>>(
        m_db, [stateCode](const Database &db) { return buildTimelineMarkers(db, stateCode); });
    connect(m_markersRead->thread(), &QThread::finished, this, [this, stateCode, generation] {
        const bool unopened = m_markersRead->couldNotOpen();
        Result<TimelineData> markers = m_markersRead->take();
        m_markersRead.reset();
        const bool awaited = generation == m_generation && m_markersWanted == stateCode;
        if (awaited)
            m_markersWanted.reset();
        if (!markers) {
            workerFailed(markers.error(), unopened, awaited);
            return;
        }
        // Handed over even when the analyst has moved on: the caller may keep them for the way back.
        if (generation == m_generation)
            emit markersLoaded(stateCode, markers.value());
        startMarkers(); // another state's, asked for meanwhile
    });
}

void TimelineLoader::startLine()
{
    if (m_lineRead || m_kept.contains(m_wanted))
        return;
    const QString stateCode = m_wanted;
    const int generation = m_generation;
    m_counting = stateCode;
    m_lineRead = std::make_unique<BackgroundRead<QList<InForceInterval>>>(
        m_db, [stateCode](const Database &db) { return loadInForceIntervals(db, stateCode); });
    connect(m_lineRead->thread(), &QThread::finished, this, [this, stateCode, generation] {
        const bool unopened = m_lineRead->couldNotOpen();
        Result<QList<InForceInterval>> intervals = m_lineRead->take();
        m_lineRead.reset();
        m_counting.clear();
        const bool current = generation == m_generation;
        if (!intervals) {
            // (Not if the caller's connection has counted it meanwhile, after the markers' worker failed.)
            const bool wanted = current && stateCode == m_wanted && !m_kept.contains(stateCode);
            workerFailed(intervals.error(), unopened, wanted);
            if (wanted)
                return; // not tried again until asked again
        } else if (current) {
            const QList<EscalationStep> steps = escalationSteps(intervals.value());
            m_kept.insert(stateCode, steps);
            emit intervalsLoaded(stateCode, intervals.value());
            if (stateCode == m_wanted)
                emit escalationLoaded(stateCode, steps);
        }
        // The analyst moved on (or the data changed) while this was counted: count what is wanted now.
        startLine();
    });
}

} // namespace st
