#include "interchange/JsonDuplicateKeys.h"

#include <QList>
#include <QSet>

#include <algorithm>

namespace st {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

struct Container {
    bool isObject = false;
    bool expectKey = false;
    QSet<QString> keys;
};

class Scanner {
public:
    explicit Scanner(const QByteArray &json) : m_json(json) {}

    JsonTextScan run()
    {
        while (m_at < m_json.size()) {
            const char c = m_json[m_at];
            switch (c) {
            case '{':
            case '[':
                m_stack.append(Container{c == '{', c == '{', {}});
                advance();
                break;
            case '}':
            case ']':
                if (!m_stack.isEmpty())
                    m_stack.removeLast();
                advance();
                break;
            case ',':
                if (!m_stack.isEmpty() && m_stack.last().isObject)
                    m_stack.last().expectKey = true;
                advance();
                break;
            case '"': {
                const int line = m_line, column = m_column;
                const QString text = readString();
                if (!m_stack.isEmpty() && m_stack.last().expectKey) {
                    Container &object = m_stack.last();
                    object.expectKey = false;
                    if (object.keys.contains(text)) {
                        m_found.duplicateKey = DuplicateKey{line, column, text};
                        return m_found;
                    }
                    object.keys.insert(text);
                }
                break;
            }
            default:
                advance();
                break;
            }
        }
        return m_found;
    }

private:
    void advance()
    {
        const char c = m_json[m_at++];
        if (c == '\n') {
            ++m_line;
            m_column = 1;
        } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) { // not a UTF-8 continuation byte
            ++m_column;
        }
    }

    // From the opening quote to after the closing one; escapes decoded so that "a" and "\u0061" match.
    QString readString()
    {
        advance(); // the opening quote
        QByteArray raw;
        QString out;
        auto flushRaw = [&] {
            out += QString::fromUtf8(raw);
            raw.clear();
        };
        while (m_at < m_json.size()) {
            const char c = m_json[m_at];
            if (c == '"') {
                advance();
                break;
            }
            if (c != '\\') {
                if (static_cast<unsigned char>(c) < 0x20 && !m_found.rawControlCharacter)
                    m_found.rawControlCharacter = TextPlace{m_line, m_column};
                raw += c;
                advance();
                continue;
            }
            flushRaw();
            advance();
            if (m_at >= m_json.size())
                break;
            const char e = m_json[m_at];
            advance();
            switch (e) {
            case 'b': out += QLatin1Char('\b'); break;
            case 'f': out += QLatin1Char('\f'); break;
            case 'n': out += QLatin1Char('\n'); break;
            case 'r': out += QLatin1Char('\r'); break;
            case 't': out += QLatin1Char('\t'); break;
            case 'u': {
                int unit = 0;
                for (int i = 0; i < 4 && m_at < m_json.size(); ++i) {
                    unit = unit * 16 + std::max(0, hexValue(m_json[m_at]));
                    advance();
                }
                out += QChar(char16_t(unit));
                break;
            }
            default: out += QLatin1Char(e); break; // \" \\ \/
            }
        }
        flushRaw();
        return out;
    }

    const QByteArray &m_json;
    qsizetype m_at = 0;
    int m_line = 1;
    int m_column = 1;
    QList<Container> m_stack;
    JsonTextScan m_found;
};

} // namespace

JsonTextScan scanJsonText(const QByteArray &json) { return Scanner(json).run(); }

} // namespace st
