#include "domain/ListingLinks.h"

#include <QSet>

namespace st {

void ListingLinker::addRegime(const QString &listType, const StoredRegime &regime)
{
    m_regimes.insert(listType, regime);
}

void ListingLinker::addResolution(qint64 regimeId, const QDate &adoptedOn, qint64 id, const QString &symbol)
{
    const QPair<qint64, qint64> key{regimeId, adoptedOn.toJulianDay()};
    if (!m_resolutions.contains(key))
        m_resolutions.insert(key, {id, symbol});
}

ListingLink ListingLinker::linkFor(const UnListRecord &record) const
{
    ListingLink link;
    if (const auto it = m_regimes.constFind(record.listType); it != m_regimes.cend()) {
        link.regimeCode = it->code;
        link.regimeId = it->id;
        link.stateCode = it->stateCode;
        link.stateId = it->stateId;
        if (const auto r = m_resolutions.constFind({it->id, record.listedOn.toJulianDay()}); r != m_resolutions.cend()) {
            link.resolutionId = r->first;
            link.resolution = r->second;
        }
        return link;
    }
    // A regime the import will create: no resolution can point at it yet.
    if (const auto known = knownUnListRegime(record.listType); known && known->hasState()) {
        link.regimeCode = known->regimeCode;
        link.stateCode = known->stateCode;
    }
    return link;
}

QList<UnListRegime> ListingLinker::regimesToCreate(const QList<UnListRecord> &records) const
{
    QSet<QString> seen;
    QList<UnListRegime> out;
    for (const UnListRecord &r : records) {
        if (m_regimes.contains(r.listType) || seen.contains(r.listType))
            continue;
        seen.insert(r.listType);
        if (const auto known = knownUnListRegime(r.listType); known && known->hasState())
            out.append(*known);
    }
    return out;
}

} // namespace st
