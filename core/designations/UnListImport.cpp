#include "designations/UnListImport.h"

#include "designations/UnListApplication.h"

#include "common/Log.h"
#include "storage/Database.h"
#include "storage/UnListStore.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QObject>

namespace st {

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

namespace {

// What an import of `list` would do to the database as it is now. Reads only.
struct ImportPlan {
    ListingLinker links;
    Reconciliation reconciliation;
    QList<UnListRegime> newRegimes;
    QString previousDateGenerated;
};

Result<ImportPlan> planImport(const Database &db, const UnList &list)
{
    const UnListStore store(db);
    auto stored = store.storedDesignations();
    if (!stored)
        return stored.error();
    auto links = store.linker();
    if (!links)
        return links.error();
    auto log = store.importLog();
    if (!log)
        return log.error();
    ImportPlan plan;
    plan.links = std::move(links).value();
    plan.reconciliation = reconcile(list, stored.value(), plan.links);
    plan.newRegimes = plan.links.regimesToCreate(list);
    if (!log.value().isEmpty())
        plan.previousDateGenerated = log.value().first().dateGenerated;
    return plan;
}

bool sameChanges(const Reconciliation &a, const Reconciliation &b)
{
    if (a.added != b.added || a.unchanged != b.unchanged || a.changed.size() != b.changed.size()
        || a.removed.size() != b.removed.size())
        return false;
    for (qsizetype i = 0; i < a.changed.size(); ++i) {
        const DesignationChange &x = a.changed.at(i), &y = b.changed.at(i);
        if (x.incoming != y.incoming || x.storedId != y.storedId || x.fields != y.fields)
            return false;
    }
    for (qsizetype i = 0; i < a.removed.size(); ++i) {
        if (a.removed.at(i).storedId != b.removed.at(i).storedId)
            return false;
    }
    return true;
}

} // namespace

Result<UnListImport> UnListImport::prepare(const Database &db, UnList list, const QString &fileName)
{
    auto plan = planImport(db, list);
    if (!plan)
        return plan.error();
    UnListImport import;
    import.m_list = std::move(list);
    import.m_fileName = fileName;
    import.m_links = std::move(plan.value().links);
    import.m_reconciliation = std::move(plan.value().reconciliation);
    import.m_newRegimes = std::move(plan.value().newRegimes);
    import.m_previousDateGenerated = std::move(plan.value().previousDateGenerated);
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

QDate UnListImport::delistingDate() const { return delistingDateOf(m_list); }

bool UnListImport::isOlderThanPrevious() const
{
    const QDateTime previous = QDateTime::fromString(m_previousDateGenerated, Qt::ISODateWithMs);
    return previous.isValid() && m_list.generatedAt.isValid() && m_list.generatedAt < previous;
}

QDate delistingDateOf(const UnList &list)
{
    return list.generatedAt.isValid() ? list.generatedAt.date() : QDateTime::currentDateTimeUtc().date();
}

UnListImportLogEntry logEntryOf(const UnList &list, const UnListImportSummary &s, const QString &user,
                                const QString &fileName)
{
    // The log keeps what was imported and any unknown elements the list brought.
    QStringList notes = list.listNotes;
    if (s.unknownElements > 0)
        notes.prepend(QObject::tr("Unknown elements kept as notes: %1").arg(list.unknownElementsText()));
    UnListImportLogEntry entry;
    entry.user = user;
    entry.fileName = fileName;
    entry.sha256 = QString::fromLatin1(list.sha256);
    entry.dateGenerated = list.dateGenerated;
    entry.individuals = s.individuals;
    entry.entities = s.entities;
    entry.added = s.added;
    entry.changed = s.changed;
    entry.removed = s.removed;
    entry.unknownElements = s.unknownElements;
    entry.notes = notes.join(QLatin1Char('\n'));
    return entry;
}

Result<QList<UnListImportLogEntry>> unListImportLog(const Database &db)
{
    return UnListStore(db).importLog();
}

QString importLogLine(const UnListImportLogEntry &e)
{
    // Both stamps are ISO 8601 in UTC ("2024-09-26T00:00:07.514Z"); the list's is the UN's own.
    const QDateTime generated = QDateTime::fromString(e.dateGenerated, Qt::ISODateWithMs);
    const QDateTime imported = QDateTime::fromString(e.importedAt, Qt::ISODateWithMs);
    const QString listDay = generated.isValid() ? QLocale().toString(generated.toUTC().date(), QStringLiteral("d MMM yyyy"))
                                                : e.dateGenerated;
    const QString importedText = imported.isValid()
                                     ? QLocale().toString(imported.toUTC(), QStringLiteral("d MMM yyyy HH:mm 'UTC'"))
                                     : e.importedAt;
    return QObject::tr("List of %1, imported %2 from %3: %4 added, %5 changed, %6 removed")
        .arg(listDay, importedText, e.fileName)
        .arg(e.added)
        .arg(e.changed)
        .arg(e.removed);
}

Status UnListImport::stillAsReviewed(const Database &db) const
{
    auto plan = planImport(db, m_list);
    if (!plan)
        return plan.error();
    if (!sameChanges(plan.value().reconciliation, m_reconciliation) || plan.value().newRegimes.size() != m_newRegimes.size()) {
        return Error{Error::Code::Conflict,
                     QObject::tr("The designations in the database changed after this list was reviewed (another "
                                 "import or an edit); nothing was imported. Open the list again to review the "
                                 "changes as they are now.")};
    }
    return {};
}

Result<UnListImportSummary> UnListImport::apply(const Database &db) const
{
    auto application = UnListApplication::start(db, *this);
    if (!application)
        return application.error();
    return application.value()->finish();
}

} // namespace st
