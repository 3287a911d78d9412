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

struct TextPlace {
    int line = 0;
    int column = 0; // in characters, from 1
};

// What QJsonDocument lets through without a word, found in one pass over the text:
// - the first key that appears twice in one object, at its second place (the parser keeps the last
//   value and drops the first);
// - the first raw control character (U+0000 to U+001F) inside a string, which JSON allows only
//   escaped (RFC 8259, section 7): a raw tab or line break in a title is a damaged file, not text.
// `json` must already have parsed as JSON (QJsonDocument); this scanner does not check syntax.
struct JsonTextScan {
    std::optional<DuplicateKey> duplicateKey;
    std::optional<TextPlace> rawControlCharacter;
};
JsonTextScan scanJsonText(const QByteArray &json);

} // namespace st
