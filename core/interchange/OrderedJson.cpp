#include "interchange/OrderedJson.h"

#include <QLocale>

#include <cmath>

namespace st {

OrderedJson OrderedJson::boolean(bool b)
{
    OrderedJson j;
    j.m_kind = Kind::Bool;
    j.m_bool = b;
    return j;
}

OrderedJson OrderedJson::number(double n)
{
    OrderedJson j;
    j.m_kind = Kind::Number;
    j.m_number = n;
    return j;
}

OrderedJson OrderedJson::string(const QString &s)
{
    OrderedJson j;
    j.m_kind = Kind::String;
    j.m_string = s;
    return j;
}

OrderedJson OrderedJson::array()
{
    OrderedJson j;
    j.m_kind = Kind::Array;
    return j;
}

OrderedJson OrderedJson::object()
{
    OrderedJson j;
    j.m_kind = Kind::Object;
    return j;
}

OrderedJson OrderedJson::stringOrNull(const QString &s) { return s.isEmpty() ? OrderedJson() : string(s); }

OrderedJson &OrderedJson::add(const QString &key, OrderedJson value)
{
    Q_ASSERT(m_kind == Kind::Object);
    m_members.append({key, std::move(value)});
    return *this;
}

OrderedJson &OrderedJson::append(OrderedJson value)
{
    Q_ASSERT(m_kind == Kind::Array);
    m_items.append(std::move(value));
    return *this;
}

QByteArray OrderedJson::serialize() const
{
    QByteArray out;
    write(out, 0);
    out += '\n';
    return out;
}

namespace {

void writeString(QByteArray &out, const QString &s)
{
    out += '"';
    for (const QChar c : s) {
        switch (c.unicode()) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toLatin1();
            else
                out += QString(c).toUtf8();
        }
    }
    out += '"';
}

// Whole numbers print without a decimal point (500000, not 500000.0 or 5e+05); others in the
// shortest form that reads back to the same double.
QByteArray numberText(double n)
{
    if (std::isfinite(n) && std::floor(n) == n && std::fabs(n) < 1e15)
        return QByteArray::number(static_cast<qint64>(n));
    return QByteArray::number(n, 'g', QLocale::FloatingPointShortest);
}

void indent(QByteArray &out, int depth) { out += QByteArray(depth * 2, ' '); }

} // namespace

void OrderedJson::write(QByteArray &out, int depth) const
{
    switch (m_kind) {
    case Kind::Null:
        out += "null";
        return;
    case Kind::Bool:
        out += m_bool ? "true" : "false";
        return;
    case Kind::Number:
        out += numberText(m_number);
        return;
    case Kind::String:
        writeString(out, m_string);
        return;
    case Kind::Array:
        if (m_items.isEmpty()) {
            out += "[]";
            return;
        }
        out += "[\n";
        for (int i = 0; i < m_items.size(); ++i) {
            indent(out, depth + 1);
            m_items[i].write(out, depth + 1);
            out += i + 1 < m_items.size() ? ",\n" : "\n";
        }
        indent(out, depth);
        out += ']';
        return;
    case Kind::Object:
        if (m_members.isEmpty()) {
            out += "{}";
            return;
        }
        out += "{\n";
        for (int i = 0; i < m_members.size(); ++i) {
            indent(out, depth + 1);
            writeString(out, m_members[i].first);
            out += ": ";
            m_members[i].second.write(out, depth + 1);
            out += i + 1 < m_members.size() ? ",\n" : "\n";
        }
        indent(out, depth);
        out += '}';
        return;
    }
}

} // namespace st
