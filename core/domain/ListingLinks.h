#pragma once

#include "domain/UnListRecord.h"
#include "domain/UnListRegimes.h"

#include <QHash>
#include <QPair>

namespace st {

// Where one record of the list belongs in the database: its regime, the regime's state and, when
// it was listed on the day one of that regime's resolutions was adopted, that resolution. Without
// one, the listing was a committee decision.
struct ListingLink {
    QString regimeCode; // compared with what is stored; empty for a list without a state regime
    QString stateCode;
    QString resolution; // symbol; empty: committee decision
    qint64 regimeId = 0; // 0 while the regime is still to be created, or when there is none
    qint64 stateId = 0;
    qint64 resolutionId = 0;
};

// Resolves links from the regimes and resolutions stored when it was filled. Pure lookup: the
// store fills it, so reconciliation can be tested without a database.
class ListingLinker {
public:
    struct StoredRegime {
        qint64 id = 0;
        QString code;
        qint64 stateId = 0;
        QString stateCode;
    };

    void addRegime(const QString &listType, const StoredRegime &regime);
    // Adopted resolutions only; when a regime adopted two on one day, the first one added wins.
    void addResolution(qint64 regimeId, const QDate &adoptedOn, qint64 id, const QString &symbol);

    [[nodiscard]] ListingLink linkFor(const UnListRecord &record) const;
    // The known regimes `list` needs that are not stored yet and can be (they target a state).
    [[nodiscard]] QList<UnListRegime> regimesToCreate(const UnList &list) const { return regimesToCreate(list.records); }
    [[nodiscard]] QList<UnListRegime> regimesToCreate(const QList<UnListRecord> &records) const;

private:
    QHash<QString, StoredRegime> m_regimes; // by UN list type
    QHash<QPair<qint64, qint64>, QPair<qint64, QString>> m_resolutions; // (regime id, julian day) -> (id, symbol)
};

} // namespace st
