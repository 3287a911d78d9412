#include "domain/UnListRecord.h"

#include <array>

namespace st {

namespace {

// Stable codes: they are stored in designation_details.section (see the CHECK in Schema.cpp).
constexpr std::array<const char *, kDetailSectionCount> kSectionCodes{
    "title", "function", "nationality", "list_type", "last_updated", "address",
    "date_of_birth", "place_of_birth", "document", "sort_key", "note"};

} // namespace

QString toCode(DetailSection section) { return QString::fromLatin1(kSectionCodes[std::size_t(section)]); }

std::optional<DetailSection> detailSectionFromCode(const QString &code)
{
    for (std::size_t i = 0; i < kSectionCodes.size(); ++i) {
        if (code == QLatin1String(kSectionCodes[i]))
            return DetailSection(i);
    }
    return std::nullopt;
}

QString UnListRecord::primaryName() const
{
    QString name;
    for (const QString *part : {&firstName, &secondName, &thirdName, &fourthName}) {
        if (part->isEmpty())
            continue;
        if (!name.isEmpty())
            name += QLatin1Char(' ');
        name += *part;
    }
    return name;
}

QList<UnListDetail> UnListRecord::detailsOf(DetailSection section) const
{
    QList<UnListDetail> out;
    for (const UnListDetail &d : details) {
        if (d.section == section)
            out.append(d);
    }
    return out;
}

int UnList::individuals() const { return individualCount; }

int UnList::entities() const { return entityCount; }

int UnList::unknownElementCount() const
{
    int n = 0;
    for (int count : unknownElements)
        n += count;
    return n;
}

QString UnList::unknownElementsText() const
{
    QStringList parts;
    for (auto it = unknownElements.cbegin(); it != unknownElements.cend(); ++it)
        parts << QStringLiteral("%1 × %2").arg(it.value()).arg(it.key());
    return parts.join(QStringLiteral(", "));
}

} // namespace st
