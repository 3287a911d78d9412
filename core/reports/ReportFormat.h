#pragma once

#include "domain/Entities.h"

#include <QList>
#include <QString>

#include <optional>

namespace st {

// How a report writes its values. Fixed English forms (not the system locale), so the same data
// prints the same everywhere and golden files stay stable.
namespace reportformat {

QString date(const QDate &d);                 // "22 Dec 2017"
QString number(double value);                 // "500,000"
// "500,000 barrels a year", "US$400,870,018 a year", "full ban" (0), "no figure" (absent).
QString cap(const std::optional<double> &value, const QString &unit, const QString &period);
QString cap(const std::optional<Cap> &c);
QString votes(const Votes &v);                // "15–0–0"
QString action(MeasureAction a);              // "tightens"
QString category(const QString &code);        // "Trade"
QString chapterVii(const std::optional<bool> &c); // "Yes", "No", "n/k"
QString shortSymbol(const QString &symbol);   // "2397" for "S/RES/2397 (2017)", drafts unchanged
QString references(const QList<int> &refs);   // "[1–4, 7]"; empty for none
QString days(int n);                          // "1 day", "57 days"

} // namespace reportformat
} // namespace st
