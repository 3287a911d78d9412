#include "storage/RecordSnapshot.h"

#include "storage/Database.h"
#include "storage/RowVersion.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

// The SQL here is generic over the schema: table and column names come from the engine's catalogue
// through the dialect (checked to be plain identifiers), never from input, and
// every value is bound. It works on rows, not on domain records: that is what makes undo restore
// exactly what was stored.

namespace st {

namespace {

struct ForeignKey {
    QString child;
    QString column;
    QString parent;
    QString parentColumn; // empty: the parent's rowid
    QString onDelete;     // "CASCADE", "SET NULL", ...
};

struct Schema {
    QHash<QString, QStringList> columns;
    QList<ForeignKey> keys;
    // What identifies each table's rows (SqlDialect::rowIdentity): SQLite's hidden rowid, or
    // PostgreSQL's primary key columns (one id, or both columns of a link).
    QHash<QString, QStringList> identity;

    [[nodiscard]] QStringList identityOf(const QString &table) const { return identity.value(table); }
    // The identity as SQL: a column of the table is quoted, the hidden rowid is not.
    [[nodiscard]] QString identityColumn(const QString &table, const QString &column) const
    {
        return columns.value(table).contains(column) ? QLatin1Char('"') + column + QLatin1Char('"') : column;
    }
    // The one key column of a table known by one (its value is a SnapshotRow's rowid); "0" for a link.
    [[nodiscard]] QString singleKey(const QString &table) const
    {
        const QStringList key = identityOf(table);
        return key.size() == 1 ? identityColumn(table, key.first()) : QStringLiteral("0");
    }
    [[nodiscard]] QString identityOrder(const QString &table) const
    {
        QStringList parts;
        for (const QString &c : identityOf(table))
            parts << identityColumn(table, c);
        return parts.join(QStringLiteral(", "));
    }
    // "a = ? AND b = ?" and its values for one row.
    [[nodiscard]] QString identityMatch(const QString &table) const
    {
        QStringList parts;
        for (const QString &c : identityOf(table))
            parts << identityColumn(table, c) + QStringLiteral(" = ?");
        return parts.join(QStringLiteral(" AND "));
    }
};

bool isIdentifier(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return re.match(name).hasMatch();
}

QString quoted(const QString &identifier) { return QLatin1Char('"') + identifier + QLatin1Char('"'); }

Error schemaError(const QString &name)
{
    return Error{Error::Code::Storage, QObject::tr("The database schema has an unexpected name."), name};
}

Result<Schema> readSchema(const QSqlDatabase &db)
{
    const auto firstColumn = [](const QSqlQuery &q) { return q.value(0).toString(); };
    const SqlDialect &dialect = dialectOf(db);
    auto tables = sql::collect(db, dialect.rowTableNames(), {}, firstColumn);
    if (!tables)
        return tables.error();
    const QStringList &names = tables.value();

    Schema schema;
    for (const QString &table : names) {
        if (!isIdentifier(table))
            return schemaError(table);
        auto cols = sql::collect(db, dialect.columnNames(), {table},
                                 firstColumn);
        if (!cols)
            return cols.error();
        const QStringList &columns = cols.value();
        for (const QString &c : columns) {
            if (!isIdentifier(c))
                return schemaError(table + QLatin1Char('.') + c);
        }
        schema.columns.insert(table, columns);
        auto identity = sql::collect(db, dialect.rowIdentity(), {table}, firstColumn);
        if (!identity)
            return identity.error();
        for (const QString &c : identity.value()) {
            if (!isIdentifier(c))
                return schemaError(table + QLatin1Char('.') + c);
        }
        schema.identity.insert(table, identity.value());

        // Only single-column keys: the schema has no other kind, and a row link needs one value.
        auto keys = sql::run(db, dialect.singleColumnForeignKeys(), {table, table});
        if (!keys)
            return keys.error();
        while (keys.value().next()) {
            const QSqlQuery &k = keys.value();
            schema.keys.append({table, k.value(0).toString(), k.value(1).toString(), k.value(2).toString(),
                                k.value(3).toString().toUpper()});
        }
    }
    return schema;
}

// The schema read once per connection. Reading it takes three catalogue queries a table, about a
// hundred, and a save captures its record up to three times while it holds the write lock: on a team
// database each query is a round trip to the server, and 20 analysts saving at once queued past their
// wait (bench_team_load). The schema does not change under an open connection: Database::open runs
// the migrations before anything is captured. Each Database has a connection name of its own.
Result<Schema> schemaOf(const QSqlDatabase &db)
{
    thread_local QHash<QString, Schema> known;
    if (const auto found = known.constFind(db.connectionName()); found != known.constEnd())
        return found.value();
    auto schema = readSchema(db);
    if (!schema)
        return schema;
    if (known.size() >= 32) // connections come and go: keep only the recent ones
        known.clear();
    known.insert(db.connectionName(), schema.value());
    return schema;
}

QString selectColumns(const Schema &schema, const QString &table)
{
    QStringList parts{schema.singleKey(table)};
    for (const QString &c : schema.columns.value(table))
        parts << quoted(c);
    return QStringLiteral("SELECT %1 FROM %2 ").arg(parts.join(QStringLiteral(", ")), quoted(table));
}

Result<QList<SnapshotRow>> selectRows(const QSqlDatabase &db, const Schema &schema, const QString &table,
                                      const QString &column, const QVariant &value)
{
    if (!schema.columns.contains(table) || schema.identityOf(table).isEmpty())
        return schemaError(table);
    auto q = sql::run(db, selectColumns(schema, table) + QStringLiteral("WHERE %1 = ? ORDER BY %2").arg(column, schema.identityOrder(table)),
                      {value});
    if (!q)
        return q.error();
    const QStringList &columns = schema.columns.value(table);
    QList<SnapshotRow> rows;
    while (q.value().next()) {
        SnapshotRow row{table, q.value().value(0).toLongLong(), {}};
        for (int i = 0; i < columns.size(); ++i) {
            const QVariant v = q.value().value(i + 1);
            row.values.insert(columns[i], v.isNull() ? QVariant() : v); // one spelling of NULL
        }
        rows.append(row);
    }
    return rows;
}

QVariant parentValue(const SnapshotRow &row, const ForeignKey &key)
{
    return key.parentColumn.isEmpty() ? QVariant(row.rowid) : row.values.value(key.parentColumn);
}

// A row's identity within the snapshot: its table and key values.
using RowKey = QPair<QString, QString>;
QVariantList identityValues(const Schema &schema, const SnapshotRow &row)
{
    const QStringList key = schema.identityOf(row.table);
    if (key.size() == 1)
        return {row.rowid};
    QVariantList values;
    for (const QString &c : key)
        values << row.values.value(c);
    return values;
}
RowKey keyOf(const Schema &schema, const SnapshotRow &row)
{
    QStringList parts;
    for (const QVariant &v : identityValues(schema, row))
        parts << v.toString();
    return {row.table, parts.join(QLatin1Char('|'))};
}

Result<RecordSnapshot> capture(const QSqlDatabase &db, const Schema &schema, const QString &table, qint64 id)
{
    RecordSnapshot snapshot{table, id, {}, {}};
    auto root = selectRows(db, schema, table, schema.singleKey(table), id);
    if (!root)
        return root.error();
    snapshot.rows = root.value();

    // Breadth first from the root: what a DELETE of the root would cascade to, parents first.
    QSet<RowKey> seen;
    for (const SnapshotRow &row : std::as_const(snapshot.rows))
        seen.insert(keyOf(schema, row));
    for (qsizetype i = 0; i < snapshot.rows.size(); ++i) {
        const SnapshotRow row = snapshot.rows[i];
        for (const ForeignKey &key : schema.keys) {
            const QVariant value = parentValue(row, key);
            if (key.parent != row.table || key.onDelete != QLatin1String("CASCADE") || !value.isValid())
                continue;
            auto children = selectRows(db, schema, key.child, quoted(key.column), value);
            if (!children)
                return children.error();
            for (const SnapshotRow &child : children.value()) {
                if (!seen.contains(keyOf(schema, child))) {
                    seen.insert(keyOf(schema, child));
                    snapshot.rows.append(child);
                }
            }
        }
    }

    // Then the outside rows whose SET NULL keys point at any of those rows.
    for (const SnapshotRow &row : std::as_const(snapshot.rows)) {
        for (const ForeignKey &key : schema.keys) {
            const QVariant value = parentValue(row, key);
            if (key.parent != row.table || key.onDelete != QLatin1String("SET NULL") || !value.isValid())
                continue;
            // A table holding such a key is known by one key column (an id): it is the link's rowid.
            auto q = sql::run(db, QStringLiteral("SELECT %3 FROM %1 WHERE %2 = ? ORDER BY %3")
                                      .arg(quoted(key.child), quoted(key.column), schema.singleKey(key.child)), {value});
            if (!q)
                return q.error();
            while (q.value().next()) {
                const qint64 rowid = q.value().value(0).toLongLong();
                if (!seen.contains({key.child, QString::number(rowid)}))
                    snapshot.links.append({key.child, key.column, rowid, value});
            }
        }
    }
    return snapshot;
}

// Columns written after every row is in place: nullable keys (SET NULL) may point at a row that is
// inserted later in the same restore, such as a measure changing another measure of the record.
QSet<QString> deferredColumns(const Schema &schema, const QString &table)
{
    QSet<QString> out;
    for (const ForeignKey &key : schema.keys) {
        if (key.child == table && key.onDelete == QLatin1String("SET NULL"))
            out.insert(key.column);
    }
    return out;
}

Status insertRow(const QSqlDatabase &db, const Schema &schema, const SnapshotRow &row)
{
    const QSet<QString> deferred = deferredColumns(schema, row.table);
    QStringList columns;
    QStringList marks;
    QVariantList values;
    const QStringList key = schema.identityOf(row.table);
    if (key.size() == 1 && !schema.columns.value(row.table).contains(key.first())) { // SQLite's hidden rowid
        columns << key.first();
        marks << QStringLiteral("?");
        values << row.rowid;
    }
    for (const QString &c : schema.columns.value(row.table)) {
        columns << quoted(c);
        marks << QStringLiteral("?");
        values << (deferred.contains(c) ? QVariant() : row.values.value(c));
    }
    // Naming both rowid and an INTEGER PRIMARY KEY alias is fine when they agree, which they do here.
    return sql::exec(db, QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
                             .arg(quoted(row.table), columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))),
                     values);
}

Status updateRow(const QSqlDatabase &db, const Schema &schema, const SnapshotRow &row, const QVariantMap &now,
                 const QSet<QString> &skip)
{
    QStringList sets;
    QVariantList values;
    for (auto it = row.values.cbegin(); it != row.values.cend(); ++it) {
        // A version only moves on (RowVersion.h): putting an old one back could let a stale form save.
        if (skip.contains(it.key()) || isRowStampColumn(it.key()) || now.value(it.key()) == it.value())
            continue;
        sets << quoted(it.key()) + QStringLiteral(" = ?");
        values << it.value();
    }
    if (sets.isEmpty())
        return {};
    values << identityValues(schema, row);
    return sql::exec(db, QStringLiteral("UPDATE %1 SET %2 WHERE %3")
                             .arg(quoted(row.table), sets.join(QStringLiteral(", ")), schema.identityMatch(row.table)),
                     values);
}

Status setLink(const QSqlDatabase &db, const Schema &schema, const SnapshotLink &link, const QVariant &value)
{
    return sql::exec(db, QStringLiteral("UPDATE %1 SET %2 = ? WHERE %3 = ? AND %4")
                             .arg(quoted(link.table), quoted(link.column), schema.singleKey(link.table),
                                  dialectOf(db).differs(quoted(link.column), QStringLiteral("?"))),
                     {value, link.rowid, value});
}

Status write(const QSqlDatabase &db, const Schema &schema, const RecordSnapshot &current, const RecordSnapshot &target)
{
    QSet<RowKey> wanted;
    for (const SnapshotRow &row : target.rows)
        wanted.insert(keyOf(schema, row));
    // Children before parents; a cascade may already have removed some, which is harmless.
    for (auto it = current.rows.crbegin(); it != current.rows.crend(); ++it) {
        if (!wanted.contains(keyOf(schema, *it))) {
            if (auto done = sql::exec(db, QStringLiteral("DELETE FROM %1 WHERE %2").arg(quoted(it->table), schema.identityMatch(it->table)),
                                      identityValues(schema, *it));
                !done)
                return done;
        }
    }
    for (const SnapshotLink &link : current.links) {
        if (!target.links.contains(link)) {
            if (auto done = setLink(db, schema, link, QVariant()); !done)
                return done;
        }
    }

    // What is left after the deletes (a SET NULL inside the record may have touched it), then parents
    // before children with their lineage columns last.
    auto now = capture(db, schema, target.table, target.id);
    if (!now)
        return now.error();
    QHash<RowKey, QVariantMap> present;
    for (const SnapshotRow &row : std::as_const(now.value().rows))
        present.insert(keyOf(schema, row), row.values);
    for (const SnapshotRow &row : target.rows) {
        const auto found = present.constFind(keyOf(schema, row));
        auto done = found == present.cend() ? insertRow(db, schema, row)
                                            : updateRow(db, schema, row, *found, deferredColumns(schema, row.table));
        if (!done)
            return done;
    }
    for (const SnapshotRow &row : target.rows) {
        QVariantMap deferredOnly;
        for (const QString &c : deferredColumns(schema, row.table))
            deferredOnly.insert(c, row.values.value(c));
        // A row just inserted holds NULL there (an empty map says so); one updated still holds its old value.
        const QVariantMap stored = present.value(keyOf(schema, row));
        // The key columns stay in the row so that it can be found (they are never deferred).
        SnapshotRow lineage{row.table, row.rowid, deferredOnly};
        for (const QString &c : schema.identityOf(row.table))
            lineage.values.insert(c, row.values.value(c));
        if (auto done = updateRow(db, schema, lineage, stored, {}); !done)
            return done;
    }
    for (const SnapshotLink &link : target.links) {
        if (auto done = setLink(db, schema, link, link.target); !done)
            return done;
    }
    return {};
}

// A row's content: its values without the version stamp, which moves on with every write.
SnapshotRow contentOf(SnapshotRow row)
{
    row.values.removeIf([](const auto &entry) { return isRowStampColumn(entry.key()); });
    return row;
}

template <typename T>
QList<T> sortedBy(QList<T> list, auto key)
{
    std::sort(list.begin(), list.end(), [&](const T &a, const T &b) { return key(a) < key(b); });
    return list;
}

// For the log and the error's detail: which row came back different, and how.
QString firstDifference(const Schema &schema, const RecordSnapshot &got, const RecordSnapshot &wanted)
{
    for (const SnapshotRow &w : wanted.rows) {
        const auto found = std::find_if(got.rows.cbegin(), got.rows.cend(),
                                        [&](const SnapshotRow &g) { return keyOf(schema, g) == keyOf(schema, w); });
        if (found == got.rows.cend())
            return QStringLiteral("%1 %2 missing").arg(w.table).arg(w.rowid);
        for (auto it = w.values.cbegin(); it != w.values.cend(); ++it) {
            if (!isRowStampColumn(it.key()) && found->values.value(it.key()) != it.value()) {
                return QStringLiteral("%1 %2 %3: %4 instead of %5")
                    .arg(w.table).arg(w.rowid).arg(it.key(), found->values.value(it.key()).toString(), it.value().toString());
            }
        }
    }
    return QStringLiteral("%1 %2: rows or links differ").arg(wanted.table).arg(wanted.id);
}

} // namespace

bool RecordSnapshot::sameContent(const RecordSnapshot &other) const
{
    // Rows of a link have no rowid of their own on PostgreSQL (0): their values order them.
    const auto rowKey = [](const SnapshotRow &r) {
        QStringList values;
        for (const QVariant &v : r.values)
            values << v.toString();
        return std::tuple(r.table, r.rowid, values);
    };
    const auto linkKey = [](const SnapshotLink &l) { return std::tuple(l.table, l.column, l.rowid); };
    const auto content = [](const QList<SnapshotRow> &list) {
        QList<SnapshotRow> out;
        for (const SnapshotRow &row : list)
            out.append(contentOf(row));
        return out;
    };
    return table == other.table && id == other.id
           && sortedBy(content(rows), rowKey) == sortedBy(content(other.rows), rowKey)
           && sortedBy(links, linkKey) == sortedBy(other.links, linkKey);
}

QList<SnapshotRow> RecordSnapshot::rowsOf(const QString &name) const
{
    QList<SnapshotRow> out;
    for (const SnapshotRow &row : rows) {
        if (row.table == name)
            out.append(row);
    }
    return out;
}

Result<RecordSnapshot> captureRecord(const Database &database, const QString &table, qint64 id)
{
    const QSqlDatabase db = database.connection();
    auto schema = schemaOf(db);
    if (!schema)
        return schema.error();
    return capture(db, schema.value(), table, id);
}

Status restoreRecord(const Database &database, const RecordSnapshot &expected, const RecordSnapshot &target)
{
    const QSqlDatabase db = database.connection();
    Transaction tx(db);
    if (!tx.began())
        return tx.began();
    auto schema = schemaOf(db);
    if (!schema)
        return schema.error();
    auto current = capture(db, schema.value(), target.table, target.id);
    if (!current)
        return current.error();
    if (current.value().sameContent(target))
        return tx.commit();
    if (!current.value().sameContent(expected)) {
        return Error{Error::Code::Conflict,
                     QObject::tr("The record was changed elsewhere since this step; it was left as it is now.")};
    }
    if (auto done = write(db, schema.value(), current.value(), target); !done)
        return done;

    // Check the result rather than trust it: a row that did not come back exactly undoes the lot.
    auto result = capture(db, schema.value(), target.table, target.id);
    if (!result)
        return result.error();
    if (!result.value().sameContent(target)) {
        return Error{Error::Code::Storage, QObject::tr("The record could not be restored exactly; nothing was changed."),
                     firstDifference(schema.value(), result.value(), target)};
    }
    return tx.commit();
}

} // namespace st
