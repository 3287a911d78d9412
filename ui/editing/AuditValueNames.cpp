#include "editing/AuditValueNames.h"

#include <QCoreApplication>

namespace st {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(st::AuditValueNames) };

template <typename T, typename Name>
QString nameOf(const QList<T> &records, qint64 id, Name name)
{
    for (const T &r : records) {
        if (r.id == id)
            return name(r);
    }
    return {};
}

} // namespace

QString AuditValueNames::fieldName(const QString &field)
{
    if (field == QLatin1String("resolution_id"))
        return Tr::tr("Resolution");
    if (field == QLatin1String("type_id"))
        return Tr::tr("Measure type");
    if (field == QLatin1String("state_id"))
        return Tr::tr("State");
    if (field == QLatin1String("regime_id"))
        return Tr::tr("Regime");
    if (field == QLatin1String("event_id"))
        return Tr::tr("Trigger event");
    if (field == QLatin1String("changes_measure_id"))
        return Tr::tr("Changes measure");
    return field;
}

QString AuditValueNames::valueText(const QString &field, const QVariant &value) const
{
    if (!value.isValid() || value.isNull())
        return {};
    const qint64 id = value.toLongLong();
    QString name;
    if (field == QLatin1String("resolution_id"))
        name = nameOf(m_catalog.resolutions, id, [](const Resolution &r) { return r.symbol; });
    else if (field == QLatin1String("type_id"))
        name = nameOf(m_catalog.measureTypes, id, [](const MeasureType &t) { return t.name; });
    else if (field == QLatin1String("state_id"))
        name = nameOf(m_catalog.states, id, [](const SanctionedState &s) { return s.name; });
    else if (field == QLatin1String("regime_id"))
        name = nameOf(m_catalog.regimes, id, [](const Regime &g) { return g.name; });
    else if (field == QLatin1String("event_id"))
        name = nameOf(m_catalog.events, id, [](const TriggerEvent &e) {
            return QStringLiteral("%1 (%2)").arg(e.description, e.date.toString(Qt::ISODate));
        });
    else
        return value.toString();
    // A record deleted since keeps its number: the History still says which one it was.
    return name.isEmpty() ? Tr::tr("#%1 (no longer in the database)").arg(id) : name;
}

} // namespace st
