#include "designations/PlainXmlScanner.h"

#include <algorithm>
#include <cstring>

namespace st {

namespace {

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n'; } // '\r' gives up (see the header)

bool isNameStart(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_'; }

bool isNameChar(char c) { return isNameStart(c) || (c >= '0' && c <= '9') || c == '-' || c == '.'; }

// A character XML 1.0 allows in a document (its production Char), '\r' aside.
bool isXmlChar(char32_t c)
{
    return c == 0x9 || c == 0xA || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
           || (c >= 0x10000 && c <= 0x10FFFF);
}

void appendCodePoint(QChar *&out, char32_t c)
{
    if (c < 0x10000) {
        *out++ = QChar(char16_t(c));
        return;
    }
    *out++ = QChar::highSurrogate(c);
    *out++ = QChar::lowSurrogate(c);
}

bool startsWith(const QByteArray &data, qsizetype at, const char *what)
{
    const auto n = qsizetype(std::strlen(what));
    return data.size() - at >= n && std::memcmp(data.constData() + at, what, std::size_t(n)) == 0;
}

} // namespace

void PlainXmlScanner::addData(QByteArrayView data)
{
    // What was read goes: the rest, a token cut by the chunk's end, is a few bytes.
    if (m_at > 0) {
        m_data.remove(0, m_at);
        m_checkedUpTo = std::max<qsizetype>(0, m_checkedUpTo - m_at);
        m_at = 0;
    }
    m_data.append(data);
    m_bytesGiven += data.size();
    // QXmlStreamReader decodes all the data it is given as soon as it reads on, and refuses bad UTF-8
    // anywhere in it at the place it has reached: to word that as it does, give up before reading on.
    if (!validUtf8From(m_checkedUpTo))
        m_badUtf8 = true;
}

bool PlainXmlScanner::validUtf8From(qsizetype from)
{
    const auto *p = reinterpret_cast<const unsigned char *>(m_data.constData() + from);
    const auto *end = reinterpret_cast<const unsigned char *>(m_data.constData() + m_data.size());
    while (p != end) {
        // Eight ASCII bytes at a time: most of a list.
        if (end - p >= 8) {
            quint64 word;
            std::memcpy(&word, p, 8);
            if ((word & 0x8080808080808080ULL) == 0) {
                p += 8;
                continue;
            }
        }
        if (*p < 0x80) {
            ++p;
            continue;
        }
        int extra = 0;
        if (*p >= 0xC2 && *p <= 0xDF)
            extra = 1;
        else if (*p >= 0xE0 && *p <= 0xEF)
            extra = 2;
        else if (*p >= 0xF0 && *p <= 0xF4)
            extra = 3;
        else
            return false;
        if (end - p <= extra) {
            // Cut by the chunk's end, unless what is there already cannot continue it: checked again
            // with the next chunk.
            for (const unsigned char *q = p + 1; q != end; ++q) {
                if ((*q & 0xC0) != 0x80)
                    return false;
            }
            break;
        }
        char32_t c = *p & (0x3F >> extra);
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            c = (c << 6) | (p[i] & 0x3F);
        }
        if ((extra == 2 && (c < 0x800 || (c >= 0xD800 && c <= 0xDFFF))) || (extra == 3 && (c < 0x10000 || c > 0x10FFFF)))
            return false;
        p += extra + 1;
    }
    m_checkedUpTo = reinterpret_cast<const char *>(p) - m_data.constData();
    return true;
}

void PlainXmlScanner::consumeTo(qsizetype end)
{
    // One pass: most tokens are a tag or the indentation before one, a few bytes long.
    qint64 line = m_line;
    qint64 column = m_column;
    for (const char *p = m_data.constData() + m_at, *to = m_data.constData() + end; p != to; ++p) {
        const auto b = static_cast<unsigned char>(*p);
        if (b == '\n') {
            ++line;
            column = 0;
        } else if (b < 0x80) {
            ++column;
        } else {
            column += ((b & 0xC0) != 0x80) + (b >= 0xF0); // UTF-16 units: one per character, two past U+FFFF
        }
    }
    m_line = line;
    m_column = column;
    m_at = end;
    m_prologDone = true;
}

PlainXmlScanner::Token PlainXmlScanner::next()
{
    if (m_gaveUp || m_badUtf8)
        return Token::GaveUp; // for good, whatever data comes after
    const Token token = nextToken();
    m_gaveUp = token == Token::GaveUp;
    return token;
}

PlainXmlScanner::Token PlainXmlScanner::nextToken()
{
    if (m_emptyElementOpen) {
        m_emptyElementOpen = false;
        m_open.resize(m_openStarts.back());
        m_openStarts.pop_back();
        m_rootEnded = m_openStarts.empty();
        return Token::EndElement;
    }
    if (m_atEnd && m_checkedUpTo < available())
        return Token::GaveUp; // the data ends inside a character
    // QXmlStreamReader reads nothing before it has 4 bytes to tell the encoding by: "<L>" alone is cut short.
    if (m_bytesGiven < 4)
        return m_atEnd ? Token::GaveUp : Token::NeedMore;
    if (m_at >= available())
        return !m_atEnd ? Token::NeedMore : m_rootEnded ? Token::EndOfDocument : Token::GaveUp;
    if (m_at == 0 && !m_prologDone && startsWith(m_data, 0, "\xEF\xBB\xBF"))
        return Token::GaveUp; // a byte order mark: QXmlStreamReader counts it its own way
    Token token = Token::Other;
    const Scan scan = m_data[m_at] == '<' ? scanMarkup(m_at, &token) : scanText(m_at, &token);
    if (scan == Scan::NeedMore)
        return m_atEnd ? Token::GaveUp : Token::NeedMore;
    return scan == Scan::GaveUp ? Token::GaveUp : token;
}

PlainXmlScanner::Scan PlainXmlScanner::scanMarkup(qsizetype at, Token *token)
{
    if (available() - at < 2)
        return Scan::NeedMore;
    const char second = m_data[at + 1];
    if (second == '?') {
        *token = Token::Other;
        return scanProcessingInstruction(at);
    }
    if (second == '!') {
        if (available() - at < 4)
            return Scan::NeedMore;
        if (!startsWith(m_data, at, "<!--"))
            return Scan::GaveUp; // a DOCTYPE or CDATA section
        *token = Token::Other;
        return scanComment(at);
    }
    if (second == '/') {
        *token = Token::EndElement;
        return scanEndTag(at);
    }
    return scanStartTag(at, token);
}

PlainXmlScanner::Scan PlainXmlScanner::scanText(qsizetype at, Token *token)
{
    const char *begin = m_data.constData() + at;
    const void *lt = std::memchr(begin, '<', std::size_t(std::min(available() - at, kLongestText + 1)));
    if (lt == nullptr && available() - at > kLongestText)
        return Scan::GaveUp; // see kLongestText
    if (lt == nullptr && !m_atEnd)
        return Scan::NeedMore;
    const qsizetype end = lt ? static_cast<const char *>(lt) - m_data.constData() : available();
    const bool inRoot = m_rootSeen && !m_rootEnded;
    m_whitespace = std::all_of(begin, m_data.constData() + end, isSpace);
    if (!inRoot) {
        if (!m_whitespace)
            return Scan::GaveUp; // text outside the root element is not well-formed
        consumeTo(end);
        m_text.truncate(0);
        *token = Token::Other;
        return Scan::Done;
    }
    m_text.truncate(0);
    qsizetype from = at;
    while (from < end) {
        const void *amp = std::memchr(m_data.constData() + from, '&', std::size_t(end - from));
        const qsizetype runEnd = amp ? static_cast<const char *>(amp) - m_data.constData() : end;
        if (!decode(from, runEnd, &m_text))
            return Scan::GaveUp;
        from = runEnd;
        if (from < end && scanReference(from, &m_text) != Scan::Done)
            return Scan::GaveUp; // a reference runs to the next '<': it is not one
    }
    // "]]>" may not stand in text.
    if (QByteArrayView(begin, end - at).contains("]]>"))
        return Scan::GaveUp;
    consumeTo(end);
    *token = Token::Characters;
    return Scan::Done;
}

bool PlainXmlScanner::decode(qsizetype from, qsizetype to, QString *out)
{
    const auto *p = reinterpret_cast<const unsigned char *>(m_data.constData() + from);
    const auto *end = reinterpret_cast<const unsigned char *>(m_data.constData() + to);
    QChar *w = nullptr;
    qsizetype base = 0;
    if (out) {
        base = out->size();
        out->resize(base + (to - from)); // never more UTF-16 units than UTF-8 bytes
        w = out->data() + base;
    }
    while (p != end) {
        const unsigned char b = *p;
        if (b < 0x80) {
            if (b < 0x20 && b != '\t' && b != '\n')
                return false;
            if (w)
                *w++ = QChar(char16_t(b));
            ++p;
            continue;
        }
        int extra = 0;
        char32_t c = 0;
        if (b >= 0xC2 && b <= 0xDF) {
            extra = 1;
            c = b & 0x1F;
        } else if (b >= 0xE0 && b <= 0xEF) {
            extra = 2;
            c = b & 0x0F;
        } else if (b >= 0xF0 && b <= 0xF4) {
            extra = 3;
            c = b & 0x07;
        } else {
            return false;
        }
        if (end - p <= extra)
            return false;
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            c = (c << 6) | (p[i] & 0x3F);
        }
        // Overlong forms, surrogates and what lies past U+10FFFF are not UTF-8.
        if ((extra == 2 && c < 0x800) || (extra == 3 && (c < 0x10000 || c > 0x10FFFF)) || !isXmlChar(c))
            return false;
        if (w)
            appendCodePoint(w, c);
        p += extra + 1;
    }
    if (out)
        out->truncate(w - out->constData());
    return true;
}

PlainXmlScanner::Scan PlainXmlScanner::scanReference(qsizetype &at, QString *out) const
{
    // at: '&'. The reference ends at ';' within a few characters.
    const char *begin = m_data.constData() + at + 1;
    const qsizetype room = std::min<qsizetype>(available() - at - 1, 12);
    const void *semicolon = std::memchr(begin, ';', std::size_t(room));
    if (semicolon == nullptr)
        return room < 12 && !m_atEnd ? Scan::NeedMore : Scan::GaveUp;
    const QByteArrayView name(begin, static_cast<const char *>(semicolon) - begin);
    char32_t c = 0;
    if (name == "lt")
        c = '<';
    else if (name == "gt")
        c = '>';
    else if (name == "amp")
        c = '&';
    else if (name == "apos")
        c = '\'';
    else if (name == "quot")
        c = '"';
    else if (name.size() >= 2 && name[0] == '#') {
        const bool hex = name[1] == 'x';
        const QByteArrayView digits = name.sliced(hex ? 2 : 1);
        if (digits.isEmpty())
            return Scan::GaveUp;
        for (char d : digits) {
            int v = -1;
            if (d >= '0' && d <= '9')
                v = d - '0';
            else if (hex && d >= 'a' && d <= 'f')
                v = d - 'a' + 10;
            else if (hex && d >= 'A' && d <= 'F')
                v = d - 'A' + 10;
            if (v < 0)
                return Scan::GaveUp;
            c = c * (hex ? 16 : 10) + char32_t(v);
            if (c > 0x10FFFF)
                return Scan::GaveUp;
        }
        if (!isXmlChar(c))
            return Scan::GaveUp; // includes &#13;, a carriage return (see the header)
    } else {
        return Scan::GaveUp; // an entity the document would have to declare
    }
    if (out) {
        const qsizetype base = out->size();
        out->resize(base + 2);
        QChar *w = out->data() + base;
        appendCodePoint(w, c);
        out->truncate(w - out->constData());
    }
    at = static_cast<const char *>(semicolon) - m_data.constData() + 1;
    return Scan::Done;
}

PlainXmlScanner::Scan PlainXmlScanner::scanName(qsizetype &at, qsizetype *colon) const
{
    *colon = -1;
    if (at >= available())
        return Scan::NeedMore;
    if (!isNameStart(m_data[at]))
        return Scan::GaveUp;
    const qsizetype from = at;
    ++at;
    while (at < available()) {
        if (at - from > kLongestName)
            return Scan::GaveUp; // see kLongestName
        const char c = m_data[at];
        if (c == ':' && *colon < 0) {
            *colon = at;
            ++at;
            if (at >= available())
                return Scan::NeedMore;
            if (!isNameStart(m_data[at]))
                return Scan::GaveUp;
            continue;
        }
        if (!isNameChar(c))
            return static_cast<unsigned char>(c) >= 0x80 || c == ':' ? Scan::GaveUp : Scan::Done;
        ++at;
    }
    return Scan::NeedMore;
}

PlainXmlScanner::Scan PlainXmlScanner::scanStartTag(qsizetype at, Token *token)
{
    if (m_rootEnded)
        return Scan::GaveUp; // a second root
    qsizetype i = at + 1;
    qsizetype colon = -1;
    if (const Scan s = scanName(i, &colon); s != Scan::Done)
        return s;
    if (colon >= 0)
        return Scan::GaveUp;
    const qsizetype nameFrom = at + 1;
    const qsizetype nameSize = i - nameFrom;
    const bool isRoot = !m_rootSeen;
    m_attributes.clear();
    QList<QByteArray> declaredPrefixes, usedPrefixes, names;
    bool empty = false;
    for (;;) {
        bool spaced = false;
        while (i < available() && isSpace(m_data[i])) {
            ++i;
            spaced = true;
        }
        if (i >= available())
            return Scan::NeedMore;
        const char c = m_data[i];
        if (c == '>') {
            ++i;
            break;
        }
        if (c == '/') {
            if (i + 1 >= available())
                return Scan::NeedMore;
            if (m_data[i + 1] != '>')
                return Scan::GaveUp;
            i += 2;
            empty = true;
            break;
        }
        if (!spaced)
            return Scan::GaveUp;
        const qsizetype attributeFrom = i;
        if (const Scan s = scanName(i, &colon); s != Scan::Done)
            return s;
        const QByteArray attributeName = m_data.sliced(attributeFrom, i - attributeFrom);
        while (i < available() && isSpace(m_data[i]))
            ++i;
        if (i >= available())
            return Scan::NeedMore;
        if (m_data[i] != '=')
            return Scan::GaveUp;
        ++i;
        while (i < available() && isSpace(m_data[i]))
            ++i;
        QString value;
        if (const Scan s = scanAttributeValue(i, &value); s != Scan::Done)
            return s;
        if (names.contains(attributeName))
            return Scan::GaveUp;
        names.append(attributeName);
        if (attributeName == "xmlns")
            return Scan::GaveUp; // a default namespace
        if (colon >= 0) {
            // Namespaces only as the UN's root has them: xmlns:xsi and xsi:noNamespaceSchemaLocation.
            if (!isRoot)
                return Scan::GaveUp;
            const QByteArray prefix = attributeName.first(colon - attributeFrom);
            if (prefix == "xmlns") {
                if (value.isEmpty())
                    return Scan::GaveUp;
                declaredPrefixes.append(attributeName.sliced(colon - attributeFrom + 1));
                continue; // a declaration, not an attribute
            }
            usedPrefixes.append(prefix);
        }
        m_attributes.append({QString::fromLatin1(attributeName), std::move(value)});
    }
    for (const QByteArray &prefix : std::as_const(usedPrefixes)) {
        if (!declaredPrefixes.contains(prefix) || prefix.startsWith("xml"))
            return Scan::GaveUp;
    }
    for (const QByteArray &prefix : std::as_const(declaredPrefixes)) {
        if (prefix.startsWith("xml"))
            return Scan::GaveUp;
    }
    m_name.resize(nameSize);
    for (qsizetype k = 0; k < nameSize; ++k)
        m_name[k] = QChar(char16_t(m_data[nameFrom + k]));
    m_openStarts.push_back(m_open.size());
    m_open.append(m_data.constData() + nameFrom, std::size_t(nameSize));
    m_rootSeen = true;
    m_emptyElementOpen = empty;
    consumeTo(i);
    *token = Token::StartElement;
    return Scan::Done;
}

PlainXmlScanner::Scan PlainXmlScanner::scanAttributeValue(qsizetype &at, QString *value)
{
    if (at >= available())
        return Scan::NeedMore;
    const char quote = m_data[at];
    if (quote != '"' && quote != '\'')
        return Scan::GaveUp;
    const char *begin = m_data.constData() + at + 1;
    const void *close = std::memchr(begin, quote, std::size_t(available() - at - 1));
    if (close == nullptr)
        return Scan::NeedMore;
    const qsizetype end = static_cast<const char *>(close) - m_data.constData();
    // XML turns tabs and line ends in attribute values into spaces; '<' may not stand there.
    for (const char *p = begin; p != close; ++p) {
        if (*p == '<' || *p == '\t' || *p == '\n' || *p == '\r')
            return Scan::GaveUp;
    }
    qsizetype from = at + 1;
    while (from < end) {
        const void *amp = std::memchr(m_data.constData() + from, '&', std::size_t(end - from));
        const qsizetype runEnd = amp ? static_cast<const char *>(amp) - m_data.constData() : end;
        if (!decode(from, runEnd, value))
            return Scan::GaveUp;
        from = runEnd;
        if (from < end) {
            const qsizetype before = value->size();
            if (scanReference(from, value) != Scan::Done || from > end)
                return Scan::GaveUp;
            // A character reference to a tab or line end stays one; QXmlStreamReader's is kept simple:
            // not read here.
            for (qsizetype k = before; k < value->size(); ++k) {
                if (value->at(k) == u'\t' || value->at(k) == u'\n')
                    return Scan::GaveUp;
            }
        }
    }
    at = end + 1;
    return Scan::Done;
}

PlainXmlScanner::Scan PlainXmlScanner::scanEndTag(qsizetype at)
{
    qsizetype i = at + 2;
    qsizetype colon = -1;
    if (const Scan s = scanName(i, &colon); s != Scan::Done)
        return s;
    const QByteArrayView name(m_data.constData() + at + 2, i - at - 2);
    while (i < available() && isSpace(m_data[i]))
        ++i;
    if (i >= available())
        return Scan::NeedMore;
    if (m_data[i] != '>' || m_openStarts.empty())
        return Scan::GaveUp;
    const std::size_t start = m_openStarts.back();
    if (QByteArrayView(m_open.data() + start, qsizetype(m_open.size() - start)) != name)
        return Scan::GaveUp; // not the element that is open
    m_open.resize(start);
    m_openStarts.pop_back();
    m_rootEnded = m_openStarts.empty();
    consumeTo(i + 1);
    return Scan::Done;
}

PlainXmlScanner::Scan PlainXmlScanner::scanComment(qsizetype at)
{
    const qsizetype from = at + 4;
    const QByteArrayView rest(m_data.constData() + from, available() - from);
    const qsizetype dashes = rest.indexOf("--");
    if (dashes < 0)
        return Scan::NeedMore;
    if (from + dashes + 2 >= available())
        return Scan::NeedMore;
    if (m_data[from + dashes + 2] != '>')
        return Scan::GaveUp; // "--" inside a comment
    if (!decode(from, from + dashes, nullptr))
        return Scan::GaveUp;
    consumeTo(from + dashes + 3);
    return Scan::Done;
}

PlainXmlScanner::Scan PlainXmlScanner::scanProcessingInstruction(qsizetype at)
{
    qsizetype i = at + 2;
    qsizetype colon = -1;
    if (const Scan s = scanName(i, &colon); s != Scan::Done)
        return s;
    if (colon >= 0)
        return Scan::GaveUp;
    const QByteArray target = m_data.sliced(at + 2, i - at - 2);
    const QByteArrayView rest(m_data.constData() + i, available() - i);
    const qsizetype close = rest.indexOf("?>");
    if (close < 0)
        return Scan::NeedMore;
    const qsizetype end = i + close;
    if (close > 0 && !isSpace(m_data[i]))
        return Scan::GaveUp;
    if (!decode(i, end, nullptr))
        return Scan::GaveUp;
    if (target.compare("xml", Qt::CaseInsensitive) == 0) {
        // The XML declaration, first in the file: version 1.0, UTF-8 if it says; nothing else here.
        if (target != "xml" || at != 0 || m_prologDone)
            return Scan::GaveUp;
        const QByteArray declaration = m_data.sliced(i, close).simplified();
        const QList<QByteArray> parts = declaration.split(' ');
        if (parts.isEmpty() || (parts[0] != "version='1.0'" && parts[0] != "version=\"1.0\""))
            return Scan::GaveUp;
        for (qsizetype k = 1; k < parts.size(); ++k) {
            const QByteArray &p = parts[k];
            // The encoding's name in any case; the pseudo-attributes' names as written.
            const QByteArray value = p.startsWith("encoding=") ? p.sliced(9).toLower() : QByteArray();
            if (k == 1 && (value == "'utf-8'" || value == "\"utf-8\""))
                continue;
            if (k == parts.size() - 1 && (p == "standalone='yes'" || p == "standalone=\"yes\"" || p == "standalone='no'"
                                          || p == "standalone=\"no\""))
                continue;
            return Scan::GaveUp;
        }
    }
    consumeTo(end + 2);
    return Scan::Done;
}

} // namespace st
