#include "unlist/UnListImport.h"

#include "common/Log.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "unlist/UnListStore.h"

#include <QFileInfo>
#include <QObject>

namespace st {

namespace {

// Holds the database's write lock for the whole import, from the first statement: designation ids are
// handed out from max(id), so no other writer may slip in between. It is also what makes a failed
// import leave the file byte-identical: st::Transaction rolls back with ROLLBACK TO + RELEASE, and
// the RELEASE of an outermost savepoint commits an (empty) write transaction, which bumps the file
// change counter in the header. Inside BEGIN IMMEDIATE that savepoint is nested, and the real
// ROLLBACK here leaves every byte as it was. When the caller has a transaction open already,
// this does nothing and the caller's transaction decides.
class WriteLock {
public:
    explicit WriteLock(const QSqlDatabase &db)
        : m_db(db)
        , m_open(sql::exec(db, QStringLiteral("BEGIN IMMEDIATE")).ok())
    {
    }
    ~WriteLock()
    {
        if (m_open)
            (void)sql::exec(m_db, QStringLiteral("ROLLBACK")); // best effort: nothing better to do here
    }
    WriteLock(const WriteLock &) = delete;
    WriteLock &operator=(const WriteLock &) = delete;

    Status commit()
    {
        if (!m_open)
            return {};
        Status done = sql::exec(m_db, QStringLiteral("COMMIT"));
        m_open = !done.ok();
        return done;
    }

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace

QString UnListImportSummary::text() const
{
    return QObject::tr("%1 individuals, %2 entities: %3 added, %4 changed, %5 removed (delisted), %6 unchanged")
        .arg(individuals)
        .arg(entities)
        .arg(added)
        .arg(changed)
        .arg(removed)
        .arg(unchanged);
}

Result<UnListImport> UnListImport::prepare(const Database &db, UnList list, const QString &fileName)
{
    const UnListStore store(db.connection());
    auto stored = store.storedDesignations();
    if (!stored)
        return stored.error();
    auto links = store.linker();
    if (!links)
        return links.error();
    auto log = store.importLog();
    if (!log)
        return log.error();

    UnListImport import;
    import.m_list = std::move(list);
    import.m_fileName = fileName;
    import.m_links = std::move(links).value();
    import.m_reconciliation = reconcile(import.m_list, stored.value(), import.m_links);
    import.m_newRegimes = import.m_links.regimesToCreate(import.m_list);
    if (!log.value().isEmpty())
        import.m_previousDateGenerated = log.value().first().dateGenerated;
    return import;
}

UnListImportSummary UnListImport::summary() const
{
    UnListImportSummary s;
    s.dateGenerated = m_list.dateGenerated;
    s.individuals = m_list.individuals();
    s.entities = m_list.entities();
    s.added = int(m_reconciliation.added.size());
    s.changed = int(m_reconciliation.changed.size());
    s.removed = int(m_reconciliation.removed.size());
    s.unchanged = m_reconciliation.unchanged;
    s.unknownElements = m_list.unknownElementCount();
    return s;
}

QDate UnListImport::delistingDate() const
{
    return m_list.generatedAt.isValid() ? m_list.generatedAt.date() : QDateTime::currentDateTimeUtc().date();
}

bool UnListImport::isOlderThanPrevious() const
{
    const QDateTime previous = QDateTime::fromString(m_previousDateGenerated, Qt::ISODateWithMs);
    return previous.isValid() && m_list.generatedAt.isValid() && m_list.generatedAt < previous;
}

Result<UnListImportSummary> UnListImport::apply(const Database &db) const
{
    const QSqlDatabase connection = db.connection();
    const UnListStore store(connection);
    const UnListImportSummary s = summary();

    WriteLock lock(connection);
    Transaction tx(connection);
    if (!tx.began())
        return tx.began().error();

    // The log keeps what was imported and any unknown elements the list brought.
    QStringList notes = m_list.listNotes;
    if (s.unknownElements > 0)
        notes.prepend(QObject::tr("Unknown elements kept as notes: %1").arg(m_list.unknownElementsText()));
    UnListImportLogEntry entry;
    entry.user = db.user();
    entry.fileName = m_fileName;
    entry.sha256 = QString::fromLatin1(m_list.sha256);
    entry.dateGenerated = m_list.dateGenerated;
    entry.individuals = s.individuals;
    entry.entities = s.entities;
    entry.added = s.added;
    entry.changed = s.changed;
    entry.removed = s.removed;
    entry.unknownElements = s.unknownElements;
    entry.notes = notes.join(QLatin1Char('\n'));
    if (auto id = store.logImport(entry); !id)
        return id.error();

    ListingLinker links = m_links;
    if (!m_newRegimes.isEmpty()) {
        if (auto done = store.createRegimes(m_newRegimes); !done)
            return done.error();
        auto reloaded = store.linker();
        if (!reloaded)
            return reloaded.error();
        links = std::move(reloaded).value();
    }
    if (auto done = store.write(m_list, m_reconciliation, links, delistingDate()); !done)
        return done.error();
    if (auto done = tx.commit(); !done)
        return done.error();
    if (auto done = lock.commit(); !done)
        return done.error();
    qCInfo(lcImport) << "UN list applied:" << s.text();
    return s;
}

Result<UnListImportSummary> importUnListFile(const Database &db, const QString &path, const ReadProgress &progress)
{
    auto list = readUnListFile(path, progress);
    if (!list)
        return list.error();
    auto import = UnListImport::prepare(db, std::move(list).value(), QFileInfo(path).fileName());
    if (!import)
        return import.error();
    return import.value().apply(db);
}

} // namespace st
