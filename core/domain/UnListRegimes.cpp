#include "domain/UnListRegimes.h"

#include <QObject>

namespace st {

namespace {

UnListRegime regime(const char *listType, const char *code, const QString &name, const char *stateCode,
                    const char *stateName)
{
    const QString c = QString::fromLatin1(code);
    return {QString::fromLatin1(listType), c, name, QString::fromLatin1(stateCode), QString::fromLatin1(stateName),
            QStringLiteral("https://www.un.org/securitycouncil/sanctions/") + c};
}

} // namespace

const QList<UnListRegime> &knownUnListRegimes()
{
    // Committees by the resolution that set them up; Somalia's list has been kept by the 2713
    // Committee (Al-Shabaab) since December 2023.
    static const QList<UnListRegime> regimes{
        regime("Al-Qaida", "1267", QObject::tr("1267 Committee (ISIL (Da'esh) and Al-Qaida)"), "", ""),
        regime("CAR", "2127", QObject::tr("2127 Committee (Central African Republic)"), "CAF", "Central African Republic"),
        regime("DPRK", "1718", QObject::tr("1718 Committee (DPRK)"), "PRK", "Democratic People's Republic of Korea"),
        regime("DRC", "1533", QObject::tr("1533 Committee (Democratic Republic of the Congo)"), "COD",
               "Democratic Republic of the Congo"),
        regime("GB", "2048", QObject::tr("2048 Committee (Guinea-Bissau)"), "GNB", "Guinea-Bissau"),
        regime("Haiti", "2653", QObject::tr("2653 Committee (Haiti)"), "HTI", "Haiti"),
        // Iran's list was ended by resolution 2231 on 16 January 2016 and re-established by the snapback
        // on 27 September 2025 (docs/dataset.md); "Iran" is the list type used for it.
        regime("Iran", "1737", QObject::tr("1737 Committee (Iran)"), "IRN", "Iran (Islamic Republic of)"),
        regime("Iraq", "1518", QObject::tr("1518 Committee (Iraq)"), "IRQ", "Iraq"),
        regime("Libya", "1970", QObject::tr("1970 Committee (Libya)"), "LBY", "Libya"),
        regime("Somalia", "2713", QObject::tr("2713 Committee (Al-Shabaab)"), "SOM", "Somalia"),
        regime("SouthSudan", "2206", QObject::tr("2206 Committee (South Sudan)"), "SSD", "South Sudan"),
        regime("Sudan", "1591", QObject::tr("1591 Committee (Sudan)"), "SDN", "Sudan"),
        regime("Taliban", "1988", QObject::tr("1988 Committee (Taliban)"), "AFG", "Afghanistan"),
        regime("Yemen", "2140", QObject::tr("2140 Committee (Yemen)"), "YEM", "Yemen"),
    };
    return regimes;
}

std::optional<UnListRegime> knownUnListRegime(const QString &listType)
{
    for (const UnListRegime &r : knownUnListRegimes()) {
        if (r.listType == listType)
            return r;
    }
    return std::nullopt;
}

QString unListDisplayName(const QString &listType)
{
    const auto known = knownUnListRegime(listType);
    return known ? QStringLiteral("%1 — %2").arg(listType, known->regimeName) : listType;
}

} // namespace st
