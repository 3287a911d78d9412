#include "screening/ScreeningTarget.h"

#include "domain/UnListRecord.h"
#include "storage/UnListStore.h"

#include <QMap>
#include <QRegularExpression>

namespace st {

QList<YearRange> yearsIn(const QString &text)
{
    static const QRegularExpression range(QStringLiteral("\\b(1[89]\\d\\d|20\\d\\d)\\s*(?:-|–|to)\\s*(1[89]\\d\\d|20\\d\\d)\\b"));
    static const QRegularExpression single(QStringLiteral("\\b(1[89]\\d\\d|20\\d\\d)\\b"));
    QList<YearRange> out;
    if (const QRegularExpressionMatch m = range.match(text); m.hasMatch()) {
        const int a = m.captured(1).toInt();
        const int b = m.captured(2).toInt();
        out.append({std::min(a, b), std::max(a, b)});
        return out;
    }
    auto it = single.globalMatch(text);
    while (it.hasNext()) {
        const int year = it.next().captured(1).toInt();
        out.append({year, year});
    }
    return out;
}

namespace {

// INDIVIDUAL_DATE_OF_BIRTH groups: DATE, YEAR, or FROM_YEAR and TO_YEAR.
QList<YearRange> birthYearsOf(const UnListRecord &record)
{
    QMap<int, QMap<QString, QString>> groups;
    for (const UnListDetail &d : record.detailsOf(DetailSection::DateOfBirth))
        groups[d.item].insert(d.field, d.value);
    QList<YearRange> out;
    for (const auto &fields : std::as_const(groups)) {
        const int from = fields.value(QStringLiteral("FROM_YEAR")).trimmed().toInt();
        const int to = fields.value(QStringLiteral("TO_YEAR")).trimmed().toInt();
        if (from > 0 && to >= from) {
            out.append({from, to});
            continue;
        }
        for (const QString &field : {QStringLiteral("DATE"), QStringLiteral("YEAR")})
            out += yearsIn(fields.value(field));
    }
    for (const UnListAlias &alias : record.aliases)
        out += yearsIn(alias.dateOfBirth);
    return out;
}

// "DAEDONG CREDIT BANK (DCB)": reports write the name without the abbreviation, or the abbreviation
// alone, so both are screened as well.
void addAbbreviations(QList<TargetName> &names)
{
    static const QRegularExpression trailing(QStringLiteral("^(.*\\S)\\s*\\(([^()\\s]{2,12})\\)\\s*$"));
    const qsizetype count = names.size();
    for (qsizetype i = 0; i < count; ++i) {
        const QRegularExpressionMatch m = trailing.match(names[i].text);
        if (!m.hasMatch())
            continue;
        names.append({m.captured(1), names[i].source, names[i].quality});
        names.append({m.captured(2), NameSource::Alias, names[i].quality});
    }
}

} // namespace

ScreeningTarget screeningTargetFrom(const UnListRecord &record, const QString &resolution)
{
    ScreeningTarget t;
    t.referenceNumber = record.referenceNumber.trimmed();
    t.kind = record.kind;
    t.name = record.primaryName();
    t.listType = record.listType;
    t.listedOn = record.listedOn;
    t.resolution = resolution;
    if (!t.name.trimmed().isEmpty())
        t.names.append({t.name, NameSource::Primary, {}});
    for (const UnListAlias &alias : record.aliases) {
        if (!alias.name.trimmed().isEmpty())
            t.names.append({alias.name, NameSource::Alias, alias.quality});
    }
    if (!record.originalScript.trimmed().isEmpty())
        t.names.append({record.originalScript.trimmed(), NameSource::OriginalScript, {}});
    addAbbreviations(t.names);
    t.birthYears = birthYearsOf(record);
    for (const UnListDetail &d : record.detailsOf(DetailSection::Nationality)) {
        if (!d.value.trimmed().isEmpty())
            t.nationalities << d.value.trimmed();
    }
    return t;
}

Result<QList<ScreeningTarget>> loadScreeningTargets(const Database &db)
{
    auto stored = UnListStore(db).storedDesignations();
    if (!stored)
        return stored.error();
    QList<ScreeningTarget> out;
    out.reserve(stored.value().size());
    for (const StoredDesignation &s : std::as_const(stored.value())) {
        if (s.delistedOn.isValid())
            continue;
        ScreeningTarget t = screeningTargetFrom(s.record, s.resolution);
        if (t.names.isEmpty() && !s.name.trimmed().isEmpty()) {
            t.name = s.name;
            t.names.append({s.name, NameSource::Primary, {}});
        }
        if (t.listType.isEmpty())
            t.listType = s.regimeCode;
        out.append(std::move(t));
    }
    return out;
}

} // namespace st
