#include "editing/EditConflict.h"

#include "domain/MeasureTexts.h"
#include "editing/AuditLogModel.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace st {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(st::EditConflict) };

// The columns a form shows, in its order, with the label it gives them. A column missing here still
// shows, under its own name, after these.
struct Field {
    const char *column;
    const char *label;
};
const Field kFields[] = {
    {"status", QT_TRANSLATE_NOOP("st::EditConflict", "Status")},
    {"number", QT_TRANSLATE_NOOP("st::EditConflict", "Number")},
    {"adopted_on", QT_TRANSLATE_NOOP("st::EditConflict", "Date of vote")},
    {"symbol", QT_TRANSLATE_NOOP("st::EditConflict", "Symbol")},
    {"kind", QT_TRANSLATE_NOOP("st::EditConflict", "Kind")},
    {"regime_id", QT_TRANSLATE_NOOP("st::EditConflict", "Regime")},
    {"resolution_id", QT_TRANSLATE_NOOP("st::EditConflict", "Resolution")},
    {"state_id", QT_TRANSLATE_NOOP("st::EditConflict", "State")},
    {"type_id", QT_TRANSLATE_NOOP("st::EditConflict", "Measure type")},
    {"action", QT_TRANSLATE_NOOP("st::EditConflict", "Action")},
    {"occurred_on", QT_TRANSLATE_NOOP("st::EditConflict", "Date")},
    {"local_date", QT_TRANSLATE_NOOP("st::EditConflict", "Local date")},
    {"code", QT_TRANSLATE_NOOP("st::EditConflict", "Code")},
    {"name", QT_TRANSLATE_NOOP("st::EditConflict", "Name")},
    {"category", QT_TRANSLATE_NOOP("st::EditConflict", "Category")},
    {"has_cap", QT_TRANSLATE_NOOP("st::EditConflict", "Has a cap")},
    {"votes_for", QT_TRANSLATE_NOOP("st::EditConflict", "Votes in favour")},
    {"votes_against", QT_TRANSLATE_NOOP("st::EditConflict", "Votes against")},
    {"votes_abstain", QT_TRANSLATE_NOOP("st::EditConflict", "Abstentions")},
    {"vetoed_by", QT_TRANSLATE_NOOP("st::EditConflict", "Vetoed by")},
    {"chapter_vii", QT_TRANSLATE_NOOP("st::EditConflict", "Chapter VII")},
    {"title", QT_TRANSLATE_NOOP("st::EditConflict", "Title")},
    {"description", QT_TRANSLATE_NOOP("st::EditConflict", "Description")},
    {"paragraph", QT_TRANSLATE_NOOP("st::EditConflict", "Paragraph")},
    {"cap_value", QT_TRANSLATE_NOOP("st::EditConflict", "Cap")},
    {"cap_unit", QT_TRANSLATE_NOOP("st::EditConflict", "Cap unit")},
    {"cap_period", QT_TRANSLATE_NOOP("st::EditConflict", "Cap period")},
    {"effective_from", QT_TRANSLATE_NOOP("st::EditConflict", "Effective from")},
    {"effective_to", QT_TRANSLATE_NOOP("st::EditConflict", "Effective to")},
    {"changes_measure_id", QT_TRANSLATE_NOOP("st::EditConflict", "Changes")},
    {"summary", QT_TRANSLATE_NOOP("st::EditConflict", "Summary")},
    {"source", QT_TRANSLATE_NOOP("st::EditConflict", "Source")},
    {"position", QT_TRANSLATE_NOOP("st::EditConflict", "Position")},
    {"note", QT_TRANSLATE_NOOP("st::EditConflict", "Note")},
    // A record's parts, each shown as one field.
    {"resolution_sources", QT_TRANSLATE_NOOP("st::EditConflict", "Sources")},
    {"resolution_states", QT_TRANSLATE_NOOP("st::EditConflict", "States")},
    {"resolution_triggers", QT_TRANSLATE_NOOP("st::EditConflict", "Triggered by")},
    {"measures", QT_TRANSLATE_NOOP("st::EditConflict", "Measures")},
    {"measure_disputes", QT_TRANSLATE_NOOP("st::EditConflict", "Disputed by")},
};

// The table an id column refers to, so that its value can be shown by name.
QString referencedTable(const QString &column)
{
    static const QHash<QString, QString> tables{
        {QStringLiteral("state_id"), QStringLiteral("states")},
        {QStringLiteral("type_id"), QStringLiteral("measure_types")},
        {QStringLiteral("regime_id"), QStringLiteral("regimes")},
        {QStringLiteral("resolution_id"), QStringLiteral("resolutions")},
        {QStringLiteral("event_id"), QStringLiteral("trigger_events")},
        {QStringLiteral("measure_id"), QStringLiteral("measures")},
        {QStringLiteral("changes_measure_id"), QStringLiteral("measures")},
    };
    return tables.value(column);
}

QString labelOf(const QString &name)
{
    for (const Field &f : kFields) {
        if (name == QLatin1String(f.column))
            return Tr::tr(f.label);
    }
    if (const MeasureText *text = measureText(name))
        return nameOf(*text);
    return name;
}

int indexIn(const QString &name)
{
    const auto *found = std::find_if(std::begin(kFields), std::end(kFields),
                                     [&](const Field &f) { return name == QLatin1String(f.column); });
    return int(found - std::begin(kFields));
}

// A measure's quoted texts come right after its paragraph, as in the form.
int orderOf(const QString &name)
{
    const auto texts = measureTexts();
    const auto *text = measureText(name);
    const int scale = int(texts.size()) + 1;
    if (text)
        return indexIn(QStringLiteral("paragraph")) * scale + 1 + int(text - texts.data());
    return indexIn(name) * scale;
}

Result<QString> valueText(const Database &db, const QString &column, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QString();
    const QString table = referencedTable(column);
    if (!table.isEmpty())
        return rowName(db, table, value.toLongLong());
    return value.toString();
}

// A part of the record (its sources, its states, ...) as one text: each row's values but its
// position and its link to the record, rows in their stored order.
Result<QString> partText(const Database &db, const RecordSnapshot &snapshot, const QString &table)
{
    QList<SnapshotRow> rows = snapshot.rowsOf(table);
    std::sort(rows.begin(), rows.end(), [](const SnapshotRow &a, const SnapshotRow &b) {
        const QVariant pa = a.values.value(QStringLiteral("position")), pb = b.values.value(QStringLiteral("position"));
        return pa.isValid() && pb.isValid() ? pa.toLongLong() < pb.toLongLong() : a.rowid < b.rowid;
    });
    QStringList out;
    for (const SnapshotRow &row : rows) {
        QStringList cells;
        for (auto it = row.values.cbegin(); it != row.values.cend(); ++it) {
            const bool linkToRecord = referencedTable(it.key()) == snapshot.table && it.value().toLongLong() == snapshot.id;
            if (it.key() == QLatin1String("position") || linkToRecord || isRowStampColumn(it.key()))
                continue;
            auto text = valueText(db, it.key(), it.value());
            if (!text)
                return text.error();
            if (!text.value().isEmpty())
                cells << text.value();
        }
        out << cells.join(QStringLiteral(" · "));
    }
    return out.join(QStringLiteral("; "));
}

// "00:12 UTC" today, "4 Dec 2026 23:58 UTC" another day.
QString whenText(const QString &iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!at.isValid())
        return {};
    const QDateTime utc = at.toUTC();
    const QString time = utc.toString(QStringLiteral("HH:mm"));
    if (utc.date() == QDateTime::currentDateTimeUtc().date())
        return Tr::tr("at %1 UTC").arg(time);
    return Tr::tr("on %1 at %2 UTC").arg(QLocale().toString(utc.date(), QLocale::ShortFormat), time);
}

} // namespace

Result<QList<FieldDifference>> differingFields(const Database &db, const RecordSnapshot &theirs, const RecordSnapshot &yours)
{
    QList<std::pair<int, FieldDifference>> found;
    const auto add = [&](const QString &name, const QString &t, const QString &y) {
        if (t != y)
            found.append({orderOf(name), FieldDifference{labelOf(name), t, y}});
    };

    // The record's own row.
    const auto root = [](const RecordSnapshot &s) {
        for (const SnapshotRow &row : s.rows) {
            if (row.table == s.table && row.rowid == s.id)
                return row.values;
        }
        return QVariantMap();
    };
    const QVariantMap theirRow = root(theirs), yourRow = root(yours);
    QStringList columns = theirRow.keys() + yourRow.keys();
    columns.removeDuplicates();
    for (const QString &column : std::as_const(columns)) {
        if (column == QLatin1String("id") || isRowStampColumn(column)
            || theirRow.value(column) == yourRow.value(column))
            continue;
        auto t = valueText(db, column, theirRow.value(column));
        auto y = valueText(db, column, yourRow.value(column));
        if (!t || !y)
            return !t ? t.error() : y.error();
        add(column, t.value(), y.value());
    }

    // Its parts.
    QStringList parts;
    for (const RecordSnapshot *s : {&theirs, &yours}) {
        for (const SnapshotRow &row : s->rows) {
            if (row.table != s->table && !parts.contains(row.table))
                parts << row.table;
        }
    }
    for (const QString &part : std::as_const(parts)) {
        auto t = partText(db, theirs, part);
        auto y = partText(db, yours, part);
        if (!t || !y)
            return !t ? t.error() : y.error();
        add(part, t.value(), y.value());
    }

    std::stable_sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<FieldDifference> out;
    for (const auto &entry : std::as_const(found))
        out << entry.second;
    return out;
}

Result<EditConflict> explainConflict(const Database &db, const RecordSnapshot &theirs, const RecordSnapshot &yours,
                                     bool undo)
{
    EditConflict conflict;
    conflict.table = theirs.table;
    conflict.id = theirs.id;
    conflict.undo = undo;
    auto name = rowName(db, theirs.table, theirs.id);
    if (!name)
        return name.error();
    conflict.recordName = name.value();
    if (hasRowVersion(theirs.table) && theirs.exists()) {
        auto stamp = readRowStamp(db, theirs.table, theirs.id);
        if (!stamp)
            return stamp.error();
        conflict.stored = stamp.value();
    }
    auto fields = differingFields(db, theirs, yours);
    if (!fields)
        return fields.error();
    conflict.fields = fields.value();
    return conflict;
}

QString conflictSummary(const EditConflict &c)
{
    const QString who = c.stored.changedBy.isEmpty() ? Tr::tr("Someone else") : c.stored.changedBy;
    const QString what = AuditLogModel::recordName(c.table).toLower();
    const QString when = whenText(c.stored.changedAt);
    const QString saved = when.isEmpty() ? Tr::tr("%1 saved this %2").arg(who, what)
                                         : Tr::tr("%1 saved this %2 %3").arg(who, what, when);
    if (c.deletion)
        return Tr::tr("%1 after you asked to delete it, so it was kept. Look at their change, then delete it again "
                      "if it should still go.")
            .arg(saved);
    return c.undo ? Tr::tr("%1, after your change: undoing it would overwrite theirs, so it was left as it is.").arg(saved)
                  : Tr::tr("%1, after you opened it.").arg(saved);
}

QString conflictDetail(const EditConflict &c)
{
    QStringList lines;
    const auto shown = [](const QString &text) { return text.isEmpty() ? Tr::tr("(empty)") : QStringLiteral("“%1”").arg(text); };
    for (const FieldDifference &f : c.fields)
        lines << Tr::tr("%1: theirs %2, yours %3").arg(f.field, shown(f.theirs), shown(f.yours));
    return lines.join(QLatin1Char('\n'));
}

Error conflictError(const EditConflict &c) { return Error{Error::Code::Conflict, conflictSummary(c), conflictDetail(c)}; }

} // namespace st
