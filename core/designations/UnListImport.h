#pragma once

#include "common/Result.h"
#include "designations/Reconciler.h"
#include "designations/UnListReader.h"
#include "domain/ListingLinks.h"
#include "domain/UnListRecord.h"

namespace st {

class Database;

// What an import did, or will do once applied.
struct UnListImportSummary {
    QString dateGenerated;
    int individuals = 0;
    int entities = 0;
    int added = 0;
    int changed = 0;
    int removed = 0;
    int unchanged = 0;
    int unknownElements = 0;

    // "682 individuals, 193 entities: 875 added, 0 changed, 0 removed (delisted), 0 unchanged"
    [[nodiscard]] QString text() const;
};

// One import of a UN Consolidated List, in two steps so the analyst can review before anything is
// written: prepare() compares the list with the database (reads only), apply() writes it all in one
// transaction or nothing. Both run on the database connection's thread; reading the file, which is
// the slow part, may run on another (readUnListFile).
class UnListImport {
public:
    static Result<UnListImport> prepare(const Database &db, UnList list, const QString &fileName);

    [[nodiscard]] const UnList &list() const { return m_list; }
    [[nodiscard]] const Reconciliation &reconciliation() const { return m_reconciliation; }
    [[nodiscard]] UnListImportSummary summary() const;
    [[nodiscard]] ListingLink linkFor(const UnListRecord &record) const { return m_links.linkFor(record); }
    // The regimes (and, where missing, states) the import will create.
    [[nodiscard]] const QList<UnListRegime> &regimesToCreate() const { return m_newRegimes; }
    // The end date removed designations get: the day the list was generated (UTC), the first list
    // they are missing from. The Council's press release has the exact day.
    [[nodiscard]] QDate delistingDate() const;
    // The dateGenerated of the last list imported, empty if none; a list older than it is suspicious.
    [[nodiscard]] const QString &previousDateGenerated() const { return m_previousDateGenerated; }
    [[nodiscard]] bool isOlderThanPrevious() const;

    [[nodiscard]] const QString &fileName() const { return m_fileName; }
    [[nodiscard]] const ListingLinker &links() const { return m_links; }
    // Plans the import again and refuses it (a Conflict) when the database no longer gives what was
    // reviewed: another import or an edit came in between. Call it under the write lock.
    Status stillAsReviewed(const Database &db) const;

    // Writes it all at once (UnListApplication writes it chunk by chunk, for a window).
    Result<UnListImportSummary> apply(const Database &db) const;

private:
    UnListImport() = default;

    UnList m_list;
    QString m_fileName;
    Reconciliation m_reconciliation;
    ListingLinker m_links;
    QList<UnListRegime> m_newRegimes;
    QString m_previousDateGenerated;
};

// Reads, reconciles and applies without review: the command line's --import-un-list. The file is read
// on a second thread while the records already read are written, all in one transaction: a file
// found bad halfway leaves the database as it was. `progress` is called on the reading thread.
Result<UnListImportSummary> importUnListFile(const Database &db, const QString &path,
                                             const ReadProgress &progress = {});

// The end date removed designations get: the day the list was generated (UTC), or today.
QDate delistingDateOf(const UnList &list);
struct UnListImportLogEntry;
UnListImportLogEntry logEntryOf(const UnList &list, const UnListImportSummary &summary, const QString &user,
                                const QString &fileName);

// The import log, newest first, for the Designations view.
Result<QList<UnListImportLogEntry>> unListImportLog(const Database &db);
// "List of 26 Sep 2024, imported 28 Nov 2026 14:00 UTC from FILE: 875 added, 0 changed, 0 removed"
QString importLogLine(const UnListImportLogEntry &entry);

} // namespace st
