#pragma once

#include "common/Result.h"
#include "domain/Dataset.h"

#include <QByteArray>
#include <QHash>
#include <QSet>

namespace st {

// What the database already holds, so that a file may refer to records it does not carry itself
// (a measure of a new resolution changing one stored earlier).
struct KnownRecords {
    QSet<QString> states;
    QHash<QString, bool> measureTypeHasCap; // code -> has_cap
    QSet<QString> regimes;
    QHash<QString, QDate> resolutionDates;  // symbol -> date
    QHash<int, QString> resolutionNumbers;  // number -> symbol
    QSet<QString> measureKeys;              // see measureKey()
};

// "symbol|type|state|paragraph": how a lineage reference finds its target.
QString measureKey(const QString &symbol, const QString &type, const QString &state, const QString &paragraph);

// Parses and checks a whole interchange file: syntax, types, vocabularies, real dates, the validation
// rules of every record, duplicates, and that every reference (state, measure type, regime, lineage)
// names something in the file or in `known`. The first problem found is returned as an
// Error whose message says where: line (and column, for syntax), record and field.
Result<Dataset> readDatasetJson(const QByteArray &json, const KnownRecords &known = {});

} // namespace st
