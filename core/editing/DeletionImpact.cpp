#include "editing/DeletionImpact.h"

#include "storage/RecordSnapshot.h"
#include "storage/Database.h"
#include "storage/MeasureRepository.h"

#include <QCoreApplication>
#include <QMap>

namespace st {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(st::DeletionImpact) };

// "OP 8(d) · asset_freeze: Freeze of funds, other financial assets and…": enough to recognise it.
QString measureText(const Measure &m)
{
    constexpr int kDescription = 70;
    QString description = m.description.simplified();
    if (description.size() > kDescription)
        description = description.left(kDescription - 1).trimmed() + QChar(0x2026);
    const QString where = m.paragraph.isEmpty() ? m.typeCode : m.paragraph + QStringLiteral(" · ") + m.typeCode;
    return Tr::tr("%1: %2").arg(where, description);
}

// Rows that are not records of their own (a source address, a state or trigger link) are counted.
QString countText(const QString &table, int n)
{
    if (table == QLatin1String("resolution_sources"))
        return Tr::tr("%n source address(es)", nullptr, n);
    if (table == QLatin1String("resolution_states"))
        return Tr::tr("%n link(s) to a sanctioned state", nullptr, n);
    if (table == QLatin1String("resolution_triggers"))
        return Tr::tr("%n link(s) to a trigger event", nullptr, n);
    return Tr::tr("%n row(s) of %1", nullptr, n).arg(table);
}

QString linkText(const Database &db, const SnapshotLink &link)
{
    if (link.table == QLatin1String("measures")) {
        auto m = MeasureRepository(db).findById(link.rowid);
        if (m && m.value()) {
            const Measure &later = *m.value();
            const QString where = later.paragraph.isEmpty() ? later.typeCode : later.paragraph + QStringLiteral(" · ") + later.typeCode;
            return Tr::tr("%1 (%2) will no longer name the earlier measure it changes").arg(later.resolution, where);
        }
    }
    if (link.table == QLatin1String("regimes"))
        return Tr::tr("A sanctions regime will no longer name the resolution that established it");
    if (link.table == QLatin1String("designations"))
        return Tr::tr("A designation will no longer name the resolution that listed it");
    return Tr::tr("A row of %1 will lose its link (%2)").arg(link.table, link.column);
}

} // namespace

Result<DeletionImpact> deletionImpact(const Database &db, const QString &table, qint64 id)
{
    auto snapshot = captureRecord(db, table, id);
    if (!snapshot)
        return snapshot.error();
    DeletionImpact impact;
    QMap<QString, int> counts;
    for (const SnapshotRow &row : snapshot.value().rows) {
        if (row.table == table && row.rowid == id)
            continue;
        if (row.table == QLatin1String("measures")) {
            auto m = MeasureRepository(db).findById(row.rowid);
            if (!m)
                return m.error();
            if (m.value())
                impact.removed << measureText(*m.value());
        } else {
            ++counts[row.table];
        }
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        impact.parts << countText(it.key(), it.value());
    for (const SnapshotLink &link : snapshot.value().links)
        impact.unlinked << linkText(db, link);
    return impact;
}

} // namespace st
