#pragma once

#include "common/Result.h"
#include "storage/ConnectionLoss.h"
#include "storage/Database.h"

#include <QThread>

#include <functional>
#include <memory>
#include <optional>

namespace st {

// One read of the database on a thread of its own, through a read-only connection of its own to the
// same file: what a window reads ahead, or reads for a large state, without freezing. It starts when
// made; take() hands over what it read (waiting for the thread if it has not ended); destroying it waits
// for the thread. Only for a database a second connection can open: a file, not ":memory:", or a team
// database, which the reader opens as the window did (the same account and the password typed in
// File ▸ Connect to Team Database…, if one was).
template <typename T>
class BackgroundRead {
public:
    using Read = std::function<Result<T>(const Database &)>;

    BackgroundRead(const Database &db, Read read) : m_outcome(std::make_shared<Outcome>())
    {
        OpenOptions options;
        options.readOnly = true;
        options.user = db.user();
        options.password = rememberedPassword(db.connection().connectionName());
        m_thread.reset(QThread::create([outcome = m_outcome, path = db.path(), options, read = std::move(read)] {
            auto opened = Database::open(path, options);
            outcome->unopened = !opened;
            outcome->read = opened ? read(*opened.value()) : Result<T>(opened.error());
        }));
        m_thread->start(QThread::LowPriority);
    }
    ~BackgroundRead()
    {
        // Nobody is left to take what it reads; it cannot be stopped halfway through a statement.
        m_thread->wait();
    }
    BackgroundRead(const BackgroundRead &) = delete;
    BackgroundRead &operator=(const BackgroundRead &) = delete;

    // Whether a database can be read this way: a second connection sees only a file.
    [[nodiscard]] static bool possibleFor(const Database &db)
    {
        return !db.path().isEmpty() && db.path() != QStringLiteral(":memory:");
    }

    // Emits `finished` (from its own thread) once the read has ended: connect with a context object.
    [[nodiscard]] QThread *thread() const { return m_thread.get(); }
    void wait() const { m_thread->wait(); }
    // What was read, once: waits for the thread first.
    [[nodiscard]] Result<T> take()
    {
        m_thread->wait();
        return std::move(*m_outcome->read);
    }
    // Whether the read failed because the file could not be opened at all (moved away, say).
    [[nodiscard]] bool couldNotOpen() const
    {
        m_thread->wait();
        return m_outcome->unopened;
    }

private:
    struct Outcome {
        std::optional<Result<T>> read;
        bool unopened = false;
    };
    std::shared_ptr<Outcome> m_outcome;
    std::unique_ptr<QThread> m_thread;
};

} // namespace st
