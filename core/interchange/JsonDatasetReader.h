#pragma once

#include "common/Result.h"
#include "domain/Dataset.h"
#include "domain/KnownRecords.h"

#include <QByteArray>
#include <QHash>
#include <QSet>

namespace st {

// Parses and checks a whole interchange file: syntax, types, vocabularies, real dates, the validation
// rules of every record, duplicates, and that every reference (state, measure type, regime, lineage)
// names something in the file or in `known`. The first problem found is returned as an
// Error whose message says where: line (and column, for syntax), record and field.
Result<Dataset> readDatasetJson(const QByteArray &json, const KnownRecords &known = {});

} // namespace st
