#pragma once

#include "common/Result.h"
#include "storage/Database.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace st {

// A measure with the resolution it belongs to.
struct MeasureOwner {
    qint64 measureId = 0;
    qint64 resolutionId = 0;
};

// Which records a search matches, as ids in ascending order, for a browser to narrow the ordered list
// it already holds. Reading only the full-text indexes is what keeps a keystroke fast on a large
// database: the same search as one query (BrowserRepository::measureIds with a search) fetches the row
// of every measure the prefix matches to filter and sort it, and at a million measures a two-letter
// prefix matches a third of the table.
class FullTextRepository {
public:
    explicit FullTextRepository(QSqlDatabase db) : m_db(std::move(db)) {}
    explicit FullTextRepository(const Database &db) : FullTextRepository(db.connection()) {}

    // Measures whose description or paragraph has a word beginning with every one of `terms`
    // (searchTerms()); ascending ids. No terms: no measures.
    Result<QList<qint64>> measuresMatching(const QStringList &terms) const;
    // Resolutions whose own text, or one of whose trigger events, has a word beginning with `term`;
    // ascending ids. (Resolutions matched through their measures: resolutionsOwning().)
    Result<QList<qint64>> resolutionsMatchingOwnText(const QString &term) const;
    // Every measure with its resolution, in ascending order of measure id.
    Result<QList<MeasureOwner>> measureOwners() const;

private:
    Result<QList<qint64>> sortedIds(const QString &statement, const QStringList &texts) const;

    QSqlDatabase m_db;
};

} // namespace st
