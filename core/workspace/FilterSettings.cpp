#include "workspace/FilterSettings.h"

namespace st {

namespace {
QDate dateOf(const QVariant &v) { return QDate::fromString(v.toString(), Qt::ISODate); }
} // namespace

QVariantMap toVariantMap(const ResolutionFilter &f)
{
    return {{QStringLiteral("state"), f.stateCode},
            {QStringLiteral("type"), f.measureTypeCode},
            {QStringLiteral("status"), f.status ? toCode(*f.status) : QString()},
            {QStringLiteral("from"), f.from.toString(Qt::ISODate)},
            {QStringLiteral("to"), f.to.toString(Qt::ISODate)},
            {QStringLiteral("search"), f.search}};
}

ResolutionFilter resolutionFilterFrom(const QVariantMap &map)
{
    ResolutionFilter f;
    f.stateCode = map.value(QStringLiteral("state")).toString();
    f.measureTypeCode = map.value(QStringLiteral("type")).toString();
    f.status = fromCode<ResolutionStatus>(map.value(QStringLiteral("status")).toString());
    f.from = dateOf(map.value(QStringLiteral("from")));
    f.to = dateOf(map.value(QStringLiteral("to")));
    f.search = map.value(QStringLiteral("search")).toString();
    return f;
}

QVariantMap toVariantMap(const MeasureFilter &f, const QDate &inForceOn)
{
    return {{QStringLiteral("state"), f.stateCode},
            {QStringLiteral("type"), f.typeCode},
            {QStringLiteral("action"), f.action ? toCode(*f.action) : QString()},
            {QStringLiteral("search"), f.search},
            {QStringLiteral("inForceOn"), inForceOn.toString(Qt::ISODate)}};
}

MeasureFilter measureFilterFrom(const QVariantMap &map, QDate *inForceOn)
{
    MeasureFilter f;
    f.stateCode = map.value(QStringLiteral("state")).toString();
    f.typeCode = map.value(QStringLiteral("type")).toString();
    f.action = fromCode<MeasureAction>(map.value(QStringLiteral("action")).toString());
    f.search = map.value(QStringLiteral("search")).toString();
    if (inForceOn)
        *inForceOn = dateOf(map.value(QStringLiteral("inForceOn")));
    return f;
}

} // namespace st
