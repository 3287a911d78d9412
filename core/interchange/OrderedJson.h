#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace st {

// A JSON value that keeps its object keys in insertion order. QJsonObject sorts keys, but the
// interchange format promises the documented order (symbol first, not chapter_vii), so the
// exporter builds one of these and serialises it with stable, indented output.
class OrderedJson {
public:
    enum class Kind { Null, Bool, Number, String, Array, Object };

    OrderedJson() = default; // null
    static OrderedJson boolean(bool b);
    static OrderedJson number(double n);
    static OrderedJson string(const QString &s);
    static OrderedJson array();
    static OrderedJson object();

    // Convenience for optional texts: null when empty.
    static OrderedJson stringOrNull(const QString &s);

    OrderedJson &add(const QString &key, OrderedJson value); // object member
    OrderedJson &append(OrderedJson value);                  // array item

    [[nodiscard]] QByteArray serialize() const; // UTF-8, two-space indent, trailing newline

private:
    void write(QByteArray &out, int depth) const;

    Kind m_kind = Kind::Null;
    bool m_bool = false;
    double m_number = 0;
    QString m_string;
    QList<QPair<QString, OrderedJson>> m_members;
    QList<OrderedJson> m_items;
};

} // namespace st
