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

// The engine's hidden row key (SQLite: rowid), by which rows are captured and put back.
QString rowKey(const QSqlDatabase &db) { return dialectOf(db).rowKey(); }

QString selectColumns(const QSqlDatabase &db, const Schema &schema, const QString &table)
{
    QStringList parts{rowKey(db)};
    for (const QString &c : schema.columns.value(table))
        parts << quoted(c);
    return QStringLiteral("SELECT %1 FROM %2 ").arg(parts.join(QStringLiteral(", ")), quoted(table));
}

Result<QList<SnapshotRow>> selectRows(const QSqlDatabase &db, const Schema &schema, const QString &table,
                                      const QString &column, const QVariant &value)
{
    if (!schema.columns.contains(table))
        return schemaError(table);
    auto q = sql::run(db, selectColumns(db, schema, table) + QStringLiteral("WHERE %1 = ? ORDER BY %2").arg(column, rowKey(db)),
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

using RowKey = QPair<QString, qint64>;
RowKey keyOf(const SnapshotRow &row) { return {row.table, row.rowid}; }

Result<RecordSnapshot> capture(const QSqlDatabase &db, const Schema &schema, const QString &table, qint64 id)
{
    RecordSnapshot snapshot{table, id, {}, {}};
    auto root = selectRows(db, schema, table, rowKey(db), id);
    if (!root)
        return root.error();
    snapshot.rows = root.value();

    // Breadth first from the root: what a DELETE of the root would cascade to, parents first.
    QSet<RowKey> seen;
    for (const SnapshotRow &row : std::as_const(snapshot.rows))
        seen.insert(keyOf(row));
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
                if (!seen.contains(keyOf(child))) {
                    seen.insert(keyOf(child));
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
            auto q = sql::run(db, QStringLiteral("SELECT %3 FROM %1 WHERE %2 = ? ORDER BY %3")
                                      .arg(quoted(key.child), quoted(key.column), rowKey(db)), {value});
            if (!q)
                return q.error();
            while (q.value().next()) {
                const qint64 rowid = q.value().value(0).toLongLong();
                if (!seen.contains({key.child, rowid}))
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
    QStringList columns{rowKey(db)};
    QStringList marks{QStringLiteral("?")};
    QVariantList values{row.rowid};
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

Status updateRow(const QSqlDatabase &db, const SnapshotRow &row, const QVariantMap &now, const QSet<QString> &skip)
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
    values << row.rowid;
    return sql::exec(db, QStringLiteral("UPDATE %1 SET %2 WHERE %3 = ?")
                             .arg(quoted(row.table), sets.join(QStringLiteral(", ")), rowKey(db)),
                     values);
}

Status setLink(const QSqlDatabase &db, const SnapshotLink &link, const QVariant &value)
{
    return sql::exec(db, QStringLiteral("UPDATE %1 SET %2 = ? WHERE %3 = ? AND %4")
                             .arg(quoted(link.table), quoted(link.column), rowKey(db),
                                  dialectOf(db).differs(quoted(link.column), QStringLiteral("?"))),
                     {value, link.rowid, value});
}

Status write(const QSqlDatabase &db, const Schema &schema, const RecordSnapshot &current, const RecordSnapshot &target)
{
    QSet<RowKey> wanted;
    for (const SnapshotRow &row : target.rows)
        wanted.insert(keyOf(row));
    // Children before parents; a cascade may already have removed some, which is harmless.
    for (auto it = current.rows.crbegin(); it != current.rows.crend(); ++it) {
        if (!wanted.contains(keyOf(*it))) {
            if (auto done = sql::exec(db, QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(quoted(it->table), rowKey(db)), {it->rowid});
                !done)
                return done;
        }
    }
    for (const SnapshotLink &link : current.links) {
        if (!target.links.contains(link)) {
            if (auto done = setLink(db, link, QVariant()); !done)
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
        present.insert(keyOf(row), row.values);
    for (const SnapshotRow &row : target.rows) {
        const auto found = present.constFind(keyOf(row));
        auto done = found == present.cend() ? insertRow(db, schema, row)
                                            : updateRow(db, row, *found, deferredColumns(schema, row.table));
        if (!done)
            return done;
    }
    for (const SnapshotRow &row : target.rows) {
        QVariantMap deferredOnly;
        for (const QString &c : deferredColumns(schema, row.table))
            deferredOnly.insert(c, row.values.value(c));
        // A row just inserted holds NULL there (an empty map says so); one updated still holds its old value.
        const QVariantMap stored = present.value(keyOf(row));
        if (auto done = updateRow(db, SnapshotRow{row.table, row.rowid, deferredOnly}, stored, {}); !done)
            return done;
    }
    for (const SnapshotLink &link : target.links) {
        if (auto done = setLink(db, link, link.target); !done)
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
QString firstDifference(const RecordSnapshot &got, const RecordSnapshot &wanted)
{
    for (const SnapshotRow &w : wanted.rows) {
        const auto found = std::find_if(got.rows.cbegin(), got.rows.cend(),
                                        [&](const SnapshotRow &g) { return keyOf(g) == keyOf(w); });
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
    const auto rowKey = [](const SnapshotRow &r) { return std::pair(r.table, r.rowid); };
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
    auto schema = readSchema(db);
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
    auto schema = readSchema(db);
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
                     firstDifference(result.value(), target)};
    }
    return tx.commit();
}

} // namespace st
