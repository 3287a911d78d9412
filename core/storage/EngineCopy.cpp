#include "storage/EngineCopy.h"

#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/SnapshotRead.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <climits>

namespace st {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(st::EngineCopy) };

// Written by the target's own audit trail while the other tables are copied, so copied last: its
// rows are then replaced by the source's, which say who really made each change.
const QString kAuditLog = QStringLiteral("audit_log");
// Rows per INSERT: fewer round trips to a server, well under both engines' limit of bound values.
constexpr int kRowsPerInsert = 100;

struct TablePlan {
    QString name;
    QStringList columns;
    // Foreign-key columns written NULL first and set by an UPDATE once every row exists: links into a
    // table copied later (regimes and resolutions point at each other). Few, because an UPDATE can
    // fire the target's triggers (PostgreSQL moves a versioned row's version on).
    QStringList deferred;
    // Links into the table itself (a measure changing an earlier one): its rows are inserted in rounds,
    // each row after the one it points to, so they need no UPDATE.
    QStringList selfLinks;
    bool hasId = false;
};

QString quoted(const QString &name) { return QLatin1Char('"') + name + QLatin1Char('"'); }

QString quotedList(const QStringList &names)
{
    QStringList out;
    for (const QString &n : names)
        out << quoted(n);
    return out.join(QStringLiteral(", "));
}

Result<QStringList> firstColumn(const QSqlDatabase &db, const QString &statement, const QVariantList &values = {})
{
    return sql::collect(db, statement, values, [](const QSqlQuery &q) { return q.value(0).toString(); });
}

Result<qint64> countRows(const QSqlDatabase &db, const QString &table)
{
    auto n = sql::scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(quoted(table)));
    if (!n)
        return n.error();
    return n.value().toLongLong();
}

// The tables in an order where every row's parents exist before it: a table comes once the tables its
// foreign keys point to are placed; where none can (a cycle), the first table by name on the cycle
// comes and its keys into unplaced tables are deferred. The audit log comes last.
Result<QList<TablePlan>> planCopy(const QSqlDatabase &source, const QSqlDatabase &target)
{
    auto names = firstColumn(source, dialectOf(source).copiedTableNames());
    auto targetNames = firstColumn(target, dialectOf(target).copiedTableNames());
    if (!names)
        return names.error();
    if (!targetNames)
        return targetNames.error();
    QStringList tables = names.value();
    QStringList other = targetNames.value();
    std::sort(tables.begin(), tables.end());
    std::sort(other.begin(), other.end());
    if (tables != other) {
        return Error{Error::Code::InvalidInput,
                     Tr::tr("The two databases do not have the same tables; open both with this version of the "
                            "app first."),
                     tables.join(QLatin1Char(' ')) + QStringLiteral(" / ") + other.join(QLatin1Char(' '))};
    }

    QHash<QString, TablePlan> plans;
    QHash<QString, QList<std::pair<QString, QString>>> keys; // table -> (column, parent table)
    for (const QString &table : tables) {
        TablePlan plan;
        plan.name = table;
        auto columns = firstColumn(source, dialectOf(source).columnNames(), {table});
        auto targetColumns = firstColumn(target, dialectOf(target).columnNames(), {table});
        if (!columns)
            return columns.error();
        if (!targetColumns)
            return targetColumns.error();
        if (columns.value() != targetColumns.value()) {
            return Error{Error::Code::InvalidInput,
                         Tr::tr("The table %1 has different columns in the two databases; open both with this "
                                "version of the app first.")
                             .arg(table)};
        }
        plan.columns = columns.value();
        plan.hasId = plan.columns.contains(QStringLiteral("id"));
        auto fks = sql::collect(source, dialectOf(source).singleColumnForeignKeys(), {table, table},
                                [](const QSqlQuery &q) { return std::pair{q.value(0).toString(), q.value(1).toString()}; });
        if (!fks)
            return fks.error();
        keys.insert(table, fks.value());
        plans.insert(table, plan);
    }

    QList<TablePlan> order;
    QSet<QString> placed;
    QStringList remaining = tables;
    remaining.removeAll(kAuditLog);
    const auto unplacedParents = [&](const QString &table) {
        int n = 0;
        for (const auto &[column, parent] : keys.value(table))
            n += parent != table && !placed.contains(parent) ? 1 : 0;
        return n;
    };
    while (!remaining.isEmpty()) {
        auto next = std::find_if(remaining.begin(), remaining.end(), [&](const QString &t) { return unplacedParents(t) == 0; });
        if (next == remaining.end()) {
            // Stuck on a cycle: break it at a table on the cycle, deferring its keys into it.
            const auto onCycle = [&](const QString &start) {
                QStringList stack{start};
                QSet<QString> seen;
                while (!stack.isEmpty()) {
                    const QString t = stack.takeLast();
                    for (const auto &[column, parent] : keys.value(t)) {
                        if (parent == t || placed.contains(parent))
                            continue;
                        if (parent == start)
                            return true;
                        if (!seen.contains(parent)) {
                            seen.insert(parent);
                            stack << parent;
                        }
                    }
                }
                return false;
            };
            next = std::find_if(remaining.begin(), remaining.end(), onCycle);
        }
        if (next == remaining.end()) // a key into a table that is not copied: the insert will say so
            next = remaining.begin();
        TablePlan plan = plans.value(*next);
        for (const auto &[column, parent] : keys.value(plan.name)) {
            if (parent == plan.name)
                plan.selfLinks << column;
            else if (!placed.contains(parent))
                plan.deferred << column;
        }
        if ((!plan.deferred.isEmpty() || !plan.selfLinks.isEmpty()) && !plan.hasId) {
            return Error{Error::Code::InvalidInput,
                         Tr::tr("The table %1 cannot be copied: it refers to rows copied after it and has no id.")
                             .arg(plan.name)};
        }
        placed.insert(plan.name);
        order << plan;
        remaining.erase(next);
    }
    if (plans.contains(kAuditLog))
        order << plans.value(kAuditLog);
    return order;
}

QString insertStatement(const TablePlan &plan, int rows)
{
    const QString row = QLatin1Char('(') + QStringList(plan.columns.size(), QStringLiteral("?")).join(QLatin1Char(',')) +
                        QLatin1Char(')');
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(quoted(plan.name), quotedList(plan.columns), QStringList(rows, row).join(QLatin1Char(',')));
}

// Rows that point into their own table, ordered so that each comes after the row it points to; a
// row in a loop of such links (none in the app's data) has those links deferred like a later table's.
QList<QVariantList> inLinkOrder(QList<QVariantList> rows, const TablePlan &plan, QStringList &deferred)
{
    const qsizetype id = plan.columns.indexOf(QStringLiteral("id"));
    QList<qsizetype> links;
    for (const QString &c : plan.selfLinks)
        links << plan.columns.indexOf(c);
    QList<QVariantList> ordered;
    QSet<qint64> inserted;
    while (!rows.isEmpty()) {
        QList<QVariantList> waiting;
        for (QVariantList &row : rows) {
            const bool ready = std::all_of(links.cbegin(), links.cend(), [&](qsizetype i) {
                return row[i].isNull() || inserted.contains(row[i].toLongLong());
            });
            if (ready) {
                inserted.insert(row[id].toLongLong());
                ordered << std::move(row);
            } else {
                waiting << std::move(row);
            }
        }
        if (waiting.size() == rows.size()) { // a loop: the rest go in with these links set afterwards
            deferred << plan.selfLinks;
            for (QVariantList &row : waiting) {
                for (qsizetype i : links)
                    row[i] = QVariant();
                ordered << std::move(row);
            }
            break;
        }
        rows = std::move(waiting);
    }
    return ordered;
}

// Writes rows kRowsPerInsert at a time.
class RowWriter {
public:
    RowWriter(QSqlDatabase target, const TablePlan &plan) : m_target(std::move(target)), m_plan(plan) {}
    Status add(const QVariantList &row)
    {
        m_values << row;
        return ++m_pending == kRowsPerInsert ? flush() : Status{};
    }
    Status flush()
    {
        if (m_pending == 0)
            return {};
        Status done = sql::exec(m_target, insertStatement(m_plan, m_pending), m_values);
        m_written += m_pending;
        m_values.clear();
        m_pending = 0;
        return done;
    }
    [[nodiscard]] qint64 written() const { return m_written; }

private:
    QSqlDatabase m_target;
    const TablePlan &m_plan;
    QVariantList m_values;
    int m_pending = 0;
    qint64 m_written = 0;
};

Result<qint64> copyRows(const QSqlDatabase &source, const QSqlDatabase &target, TablePlan &plan)
{
    // In key order, so a copy of a copy is laid out the same.
    const QString order = plan.columns.size() > 1 ? QStringLiteral("1, 2") : QStringLiteral("1");
    auto read = sql::run(source, QStringLiteral("SELECT %1 FROM %2 ORDER BY %3").arg(quotedList(plan.columns), quoted(plan.name), order));
    if (!read)
        return read.error();
    QSqlQuery &q = read.value();
    const auto rowOf = [&plan, &q] {
        QVariantList row;
        for (qsizetype i = 0; i < plan.columns.size(); ++i)
            row << (plan.deferred.contains(plan.columns[i]) ? QVariant() : q.value(int(i)));
        return row;
    };
    RowWriter writer(target, plan);
    if (plan.selfLinks.isEmpty()) { // streamed: the audit log may be large
        while (q.next()) {
            if (auto done = writer.add(rowOf()); !done)
                return done.error();
        }
    } else {
        QList<QVariantList> rows;
        while (q.next())
            rows << rowOf();
        for (const QVariantList &row : inLinkOrder(std::move(rows), plan, plan.deferred)) {
            if (auto done = writer.add(row); !done)
                return done.error();
        }
    }
    if (auto done = writer.flush(); !done)
        return done.error();
    return writer.written();
}

Status setDeferredKeys(const QSqlDatabase &source, const QSqlDatabase &target, const TablePlan &plan)
{
    for (const QString &column : plan.deferred) {
        auto links = sql::collect(source,
                                  QStringLiteral("SELECT id, %1 FROM %2 WHERE %1 IS NOT NULL").arg(quoted(column), quoted(plan.name)),
                                  {}, [](const QSqlQuery &q) { return std::pair{q.value(0), q.value(1)}; });
        if (!links)
            return links.error();
        const QString update = QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(quoted(plan.name), quoted(column));
        for (const auto &[id, value] : links.value()) {
            if (auto done = sql::exec(target, update, {value, id}); !done)
                return done;
        }
    }
    return {};
}

// Empties the target inside the copy's transaction: links that could point backwards first, then
// the tables in the reverse of the copy's order, children before parents.
Status clearTarget(const QSqlDatabase &target, const QList<TablePlan> &order)
{
    for (const TablePlan &plan : order) {
        for (const QString &column : plan.deferred) {
            if (auto done = sql::exec(target, QStringLiteral("UPDATE %1 SET %2 = NULL").arg(quoted(plan.name), quoted(column)));
                !done)
                return done;
        }
    }
    for (auto it = order.crbegin(); it != order.crend(); ++it) {
        if (auto done = sql::exec(target, QStringLiteral("DELETE FROM %1").arg(quoted(it->name))); !done)
            return done;
    }
    return {};
}

} // namespace

qint64 CopySummary::rows() const
{
    qint64 n = 0;
    for (const TableCopied &t : tables)
        n += t.rows;
    return n;
}

Result<CopySummary> copyWholeDatabase(const Database &source, const Database &target, ExistingRows existing)
{
    const QSqlDatabase from = source.connection();
    const QSqlDatabase to = target.connection();
    auto fromVersion = schemaVersion(from);
    auto toVersion = schemaVersion(to);
    if (!fromVersion)
        return fromVersion.error();
    if (!toVersion)
        return toVersion.error();
    if (fromVersion.value() != toVersion.value()) {
        return Error{Error::Code::InvalidInput, Tr::tr("%1 is at schema %2 and %3 at schema %4; open both with this "
                                                       "version of the app first.")
                                                    .arg(source.path())
                                                    .arg(fromVersion.value())
                                                    .arg(target.path())
                                                    .arg(toVersion.value())};
    }
    SnapshotRead read(from);
    if (!read.began())
        return read.began().error();
    auto planned = planCopy(from, to);
    if (!planned)
        return planned.error();
    QList<TablePlan> &order = planned.value();

    Transaction write(target, Transaction::ReadModifyWrite);
    if (!write.began())
        return write.began().error();
    qint64 held = 0;
    for (const TablePlan &plan : order) {
        auto n = countRows(to, plan.name);
        if (!n)
            return n.error();
        held += n.value();
    }
    if (held > 0 && existing == ExistingRows::Refuse) {
        return Error{Error::Code::Conflict,
                     Tr::tr("%1 already holds data (%n row(s)); nothing was copied and it was left unchanged.", nullptr,
                            int(std::min<qint64>(held, INT_MAX)))
                         .arg(target.path())};
    }
    if (held > 0) {
        if (auto done = clearTarget(to, order); !done)
            return done.error();
    }

    CopySummary summary;
    for (TablePlan &plan : order) {
        if (plan.name == kAuditLog) {
            // Every row is in: the links that had to wait can be set now.
            for (const TablePlan &earlier : order) {
                if (auto done = setDeferredKeys(from, to, earlier); !done)
                    return done.error();
            }
            // What the target's trail wrote while copying goes; the source's history comes instead.
            if (auto done = sql::exec(to, QStringLiteral("DELETE FROM %1").arg(quoted(kAuditLog))); !done)
                return done.error();
        }
        auto copied = copyRows(from, to, plan);
        if (!copied)
            return copied.error();
        summary.tables << TableCopied{plan.name, copied.value()};
    }
    if (!summary.tables.isEmpty() && summary.tables.constLast().table != kAuditLog) {
        for (const TablePlan &plan : order) {
            if (auto done = setDeferredKeys(from, to, plan); !done)
                return done.error();
        }
    }
    // Counted again on both sides: a trigger or a rule of the target that added or dropped rows
    // would make the copy unfaithful.
    for (const TablePlan &plan : order) {
        auto inSource = countRows(from, plan.name);
        auto inTarget = countRows(to, plan.name);
        if (!inSource || !inTarget)
            return (!inSource ? inSource : inTarget).error();
        if (inSource.value() != inTarget.value()) {
            return Error{Error::Code::Storage,
                         Tr::tr("The copy of the table %1 holds %2 rows where the source has %3; nothing was copied.")
                             .arg(plan.name)
                             .arg(inTarget.value())
                             .arg(inSource.value())};
        }
        if (const QString follow = dialectOf(to).followExplicitIds(plan.name); plan.hasId && !follow.isEmpty()) {
            if (auto done = sql::exec(to, follow); !done)
                return done.error();
        }
    }
    if (auto done = write.commit(); !done)
        return done.error();
    return summary;
}

} // namespace st
