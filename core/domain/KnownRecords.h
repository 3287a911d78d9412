#pragma once

#include <QDate>
#include <QHash>
#include <QSet>
#include <QString>

namespace st {

// What the database already holds, so that a file may refer to records it does not carry itself
// (a measure of a new resolution changing one stored earlier). Read by storage (loadKnownRecords),
// checked against by the interchange reader.
struct KnownRecords {
    QSet<QString> states;
    QHash<QString, bool> measureTypeHasCap; // code -> has_cap
    QSet<QString> regimes;
    QHash<QString, QDate> resolutionDates;  // symbol -> date
    QHash<int, QString> resolutionNumbers;  // number -> symbol
    QSet<QString> measureKeys;              // see measureKey()
};

// "symbol|type|state|paragraph": how a lineage reference finds its target.
inline QString measureKey(const QString &symbol, const QString &type, const QString &state, const QString &paragraph)
{
    return symbol + QLatin1Char('|') + type + QLatin1Char('|') + state + QLatin1Char('|') + paragraph;
}

} // namespace st
