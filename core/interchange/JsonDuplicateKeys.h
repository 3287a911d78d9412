#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace st {

struct DuplicateKey {
    int line = 0;
    int column = 0; // in characters, from 1
    QString key;
};

// The first key that appears twice in one JSON object, with its second place. QJsonDocument keeps the
// last value and drops the first silently, so the importer checks this itself. `json` must already
// have parsed as JSON (QJsonDocument); this scanner does not check syntax.
std::optional<DuplicateKey> firstDuplicateKey(const QByteArray &json);

} // namespace st
