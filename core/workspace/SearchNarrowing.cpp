#include "workspace/SearchNarrowing.h"

#include "storage/Database.h"

namespace st {

Result<QList<qint64>> MeasureTermMatches::of(const Database &db, const QString &term)
{
    if (const QList<qint64> *kept = m_byTerm.find(term))
        return *kept;
    auto read = FullTextRepository(db).measuresMatching({term});
    if (read)
        m_byTerm.insert(term, read.value());
    return read;
}

Result<QList<qint64>> MeasureTermMatches::ofAll(const Database &db, const QStringList &terms)
{
    return idlists::matchingEvery(terms, [&](const QString &term) { return of(db, term); });
}

QList<qint64> resolutionsOwning(const QList<qint64> &measures, const QList<MeasureOwner> &owners)
{
    // Both lists ascend by measure id: one pass over each.
    QList<qint64> resolutions;
    auto owner = owners.cbegin();
    for (qint64 measure : measures) {
        while (owner != owners.cend() && owner->measureId < measure)
            ++owner;
        if (owner == owners.cend())
            break;
        if (owner->measureId == measure)
            resolutions.append(owner->resolutionId);
    }
    idlists::sortUnique(resolutions);
    return resolutions;
}

} // namespace st
