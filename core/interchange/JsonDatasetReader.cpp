#include "interchange/JsonDatasetReader.h"

#include "domain/MeasureTexts.h"
#include "interchange/JsonDatasetWriter.h"
#include "interchange/JsonDuplicateKeys.h"
#include "validation/Validation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace st {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(st::JsonDatasetReader) };
constexpr double kMaxCapValue = 1e12;


// Thrown inside the parser only, to unwind from a deep field check to readDatasetJson().
struct Failure {
    QString message;
};

// Finds the line of a record or field, for error messages. Best effort: the JSON tree does not keep
// offsets, so records are found by text they must contain. Works on the decoded text so that offsets
// and line counts agree when the file holds non-ASCII characters. Records are looked up in file order,
// so each search starts where the previous one for the same key ended; with the line starts indexed
// once, the reader stays linear in the size of the file (it was quadratic: 3,000 resolutions took minutes).
class LineFinder {
public:
    explicit LineFinder(const QByteArray &text) : m_text(QString::fromUtf8(text))
    {
        m_lineStarts.append(0);
        for (qsizetype i = m_text.indexOf(QLatin1Char('\n')); i >= 0; i = m_text.indexOf(QLatin1Char('\n'), i + 1))
            m_lineStarts.append(i + 1);
    }

    int lineAt(qsizetype offset) const
    {
        if (offset < 0)
            return 0;
        // The number of line starts at or before the offset is the 1-based line number.
        return int(std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), offset) - m_lineStarts.cbegin());
    }

    // Offset of `"key": "value"` (any spacing). Searches on from the last match for the same key,
    // then from the start, so that lookups in file order cost one pass over the file in all.
    qsizetype findKeyValue(const QString &key, const QString &value) const
    {
        const QRegularExpression re(QStringLiteral("\"%1\"\\s*:\\s*\"%2\"")
                                        .arg(QRegularExpression::escape(key), QRegularExpression::escape(value)));
        // The text came from QString::fromUtf8, so it is valid UTF-16: without this option PCRE checks
        // the whole file again on every call, which alone made the reader quadratic.
        constexpr auto noCheck = QRegularExpression::DontCheckSubjectStringMatchOption;
        qsizetype &cursor = m_cursors[key];
        auto m = re.match(m_text, cursor, QRegularExpression::NormalMatch, noCheck);
        if (!m.hasMatch() && cursor > 0)
            m = re.match(m_text, 0, QRegularExpression::NormalMatch, noCheck);
        if (!m.hasMatch())
            return -1;
        cursor = m.capturedStart();
        return cursor;
    }

    // Offset of the n-th (0-based) occurrence of `"key"` at or after `from`.
    qsizetype findNthKey(const QString &key, int n, qsizetype from) const
    {
        if (from < 0)
            return -1;
        const QString needle = QLatin1Char('"') + key + QLatin1Char('"');
        qsizetype at = from;
        for (int i = 0; i <= n; ++i) {
            at = m_text.indexOf(needle, i == 0 ? at : at + 1);
            if (at < 0)
                return -1;
        }
        return at;
    }

    // Offset of element `index` (0-based) of the array the root object holds under `arrayKey`, or -1:
    // where a record is when the key that names it is missing. One walk over the text, skipping
    // strings, so a nested key of the same name or a brace inside a title cannot mislead it. Called
    // only on the way to a refusal.
    qsizetype elementStart(const QString &arrayKey, int index) const
    {
        int depth = 0;
        int element = -1;        // inside the wanted array: the element being walked
        bool inWanted = false;   // the wanted array is open at depth 2
        QString lastKey;         // the last string at depth 1 (a key of the root object)
        for (qsizetype i = 0; i < m_text.size(); ++i) {
            const QChar c = m_text.at(i);
            if (c == QLatin1Char('"')) {
                const qsizetype start = i + 1;
                for (++i; i < m_text.size() && m_text.at(i) != QLatin1Char('"'); ++i) {
                    if (m_text.at(i) == QLatin1Char('\\'))
                        ++i;
                }
                if (depth == 1)
                    lastKey = m_text.mid(start, i - start);
                if (inWanted && depth == 2 && ++element == index)
                    return start - 1;
                continue;
            }
            if (c.isSpace() || c == QLatin1Char(',') || c == QLatin1Char(':'))
                continue;
            if (c == QLatin1Char('{') || c == QLatin1Char('[')) {
                if (inWanted && depth == 2 && ++element == index)
                    return i;
                if (depth == 1 && c == QLatin1Char('[') && lastKey == arrayKey)
                    inWanted = true;
                ++depth;
                continue;
            }
            if (c == QLatin1Char('}') || c == QLatin1Char(']')) {
                --depth;
                if (inWanted && depth == 1)
                    return -1; // the array ended before element `index`
                continue;
            }
            // A number, true, false or null: one element when it stands in the wanted array.
            if (inWanted && depth == 2 && ++element == index)
                return i;
            while (i + 1 < m_text.size() && !QStringLiteral(",]} \t\r\n").contains(m_text.at(i + 1)))
                ++i;
        }
        return -1;
    }

    // The opening brace of the object that contains `offset`'s key (records have no nested object
    // before the keys used to find them).
    qsizetype objectStart(qsizetype offset) const { return offset < 0 ? -1 : m_text.lastIndexOf(QLatin1Char('{'), offset); }

private:
    QString m_text;
    QList<qsizetype> m_lineStarts;
    mutable QHash<QString, qsizetype> m_cursors; // key -> offset of its last match
};

class Parser {
public:
    Parser(const QByteArray &text, const KnownRecords &known) : m_lines(text), m_known(known) {}

    Dataset parse(const QJsonObject &root);

private:
    [[noreturn]] void fail(const QString &what, int line = -1) const
    {
        if (line < 0)
            line = m_line;
        QString where;
        if (line > 0)
            where = Tr::tr("line %1: ").arg(line);
        throw Failure{where + (m_record.isEmpty() ? QString() : m_record + QStringLiteral(": ")) + what};
    }
    // Points at the field's own line when it can be found inside the current record.
    [[noreturn]] void failField(const QString &field, const QString &what) const
    {
        const QString key = field.section(QLatin1Char('.'), -1);
        const qsizetype at = m_lines.findNthKey(key, 0, m_recordStart);
        const bool present = at >= 0 && !what.endsWith(Tr::tr("is missing"));
        fail(Tr::tr("field \"%1\" %2").arg(field, what), present ? m_lines.lineAt(at) : m_line);
    }
    void failOn(const FieldErrors &errors) const
    {
        if (!errors.isEmpty())
            failField(errors.first().field, errors.first().message);
    }

    QJsonValue member(const QJsonObject &o, const QString &key, bool required) const;
    QString text(const QJsonObject &o, const QString &key, bool required = true) const;
    std::optional<double> number(const QJsonObject &o, const QString &key, bool required = true) const;
    int integer(const QJsonObject &o, const QString &key) const;
    std::optional<bool> optionalBool(const QJsonObject &o, const QString &key) const;
    QDate date(const QJsonObject &o, const QString &key, bool required = true) const;
    QStringList texts(const QJsonObject &o, const QString &key) const;
    QJsonArray array(const QJsonObject &o, const QString &key) const;
    QJsonObject object(const QJsonValue &v, const QString &what) const;
    template <typename E>
    E code(const QJsonObject &o, const QString &key) const;

    SanctionedState parseState(const QJsonObject &o) const;
    MeasureType parseMeasureType(const QJsonObject &o) const;
    Regime parseRegime(const QJsonObject &o) const;
    ResolutionRecord parseResolution(const QJsonObject &o, qsizetype offset);
    TriggerEvent parseTrigger(const QJsonObject &o) const;
    Measure parseMeasure(const QJsonObject &o, const Resolution &owner) const;
    Designation parseDesignation(const QJsonObject &o) const;
    Act parseAct(const QJsonObject &o) const;

    void checkReferences(const Dataset &d);
    void enter(const QString &record, qsizetype offset)
    {
        m_record = record;
        m_line = m_lines.lineAt(offset);
        m_recordStart = m_lines.objectStart(offset);
    }

    LineFinder m_lines;
    const KnownRecords &m_known;
    QString m_record;
    int m_line = 0;
    qsizetype m_recordStart = -1;
    // Lines of measures, to point at them again when their references are checked.
    QHash<QString, qsizetype> m_measureOffsets; // "symbol#index" -> offset, to point at them again
    QSet<QString> m_symbols;
};

QJsonValue Parser::member(const QJsonObject &o, const QString &key, bool required) const
{
    const QJsonValue v = o.value(key);
    if (required && (v.isUndefined() || v.isNull()))
        failField(key, Tr::tr("is missing"));
    return v;
}

QString Parser::text(const QJsonObject &o, const QString &key, bool required) const
{
    const QJsonValue v = member(o, key, required);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString())
        failField(key, Tr::tr("must be a string"));
    // \u0000 is valid JSON but no text of the dataset holds it, and it cuts strings short in C tools.
    if (v.toString().contains(QChar(0)))
        failField(key, Tr::tr("contains a NUL character (\\u0000), which no text may hold"));
    if (required && v.toString().trimmed().isEmpty())
        failField(key, Tr::tr("must not be empty"));
    return v.toString();
}

std::optional<double> Parser::number(const QJsonObject &o, const QString &key, bool required) const
{
    const QJsonValue v = member(o, key, required);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isDouble())
        failField(key, Tr::tr("must be a number"));
    return v.toDouble();
}

int Parser::integer(const QJsonObject &o, const QString &key) const
{
    const double n = *number(o, key, true);
    if (std::floor(n) != n || std::fabs(n) > 1e9)
        failField(key, Tr::tr("must be a whole number"));
    return int(n);
}

std::optional<bool> Parser::optionalBool(const QJsonObject &o, const QString &key) const
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isBool())
        failField(key, Tr::tr("must be true, false or null"));
    return v.toBool();
}

QDate Parser::date(const QJsonObject &o, const QString &key, bool required) const
{
    const QString t = text(o, key, required);
    if (t.isEmpty())
        return {};
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!shape.match(t).hasMatch())
        failField(key, Tr::tr("must be a date written YYYY-MM-DD, not \"%1\"").arg(t));
    const QDate d = QDate::fromString(t, Qt::ISODate);
    if (!d.isValid())
        failField(key, Tr::tr("is not a real date: \"%1\"").arg(t));
    return d;
}

QJsonArray Parser::array(const QJsonObject &o, const QString &key) const
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray())
        failField(key, Tr::tr("must be a list"));
    return v.toArray();
}

QStringList Parser::texts(const QJsonObject &o, const QString &key) const
{
    QStringList out;
    for (const QJsonValue &v : array(o, key)) {
        if (!v.isString())
            failField(key, Tr::tr("must be a list of strings"));
        out << v.toString();
    }
    return out;
}

QJsonObject Parser::object(const QJsonValue &v, const QString &what) const
{
    if (!v.isObject())
        fail(Tr::tr("%1 must be a JSON object").arg(what));
    return v.toObject();
}

template <typename E>
E Parser::code(const QJsonObject &o, const QString &key) const
{
    const QString t = text(o, key);
    const auto value = fromCode<E>(t);
    if (!value)
        failField(key, Tr::tr("is \"%1\", which is not one of %2").arg(t, allCodes<E>().join(QStringLiteral(", "))));
    return *value;
}

SanctionedState Parser::parseState(const QJsonObject &o) const
{
    SanctionedState s{0, text(o, QStringLiteral("code")), text(o, QStringLiteral("name"))};
    failOn(validateState(s));
    return s;
}

MeasureType Parser::parseMeasureType(const QJsonObject &o) const
{
    MeasureType t;
    t.code = text(o, QStringLiteral("code"));
    t.name = text(o, QStringLiteral("name"));
    t.category = text(o, QStringLiteral("category"));
    t.hasCap = optionalBool(o, QStringLiteral("has_cap")).value_or(false);
    t.description = text(o, QStringLiteral("description"), false);
    failOn(validateMeasureType(t));
    return t;
}

Regime Parser::parseRegime(const QJsonObject &o) const
{
    Regime g;
    g.code = text(o, QStringLiteral("code"));
    g.name = text(o, QStringLiteral("name"));
    g.stateCode = text(o, QStringLiteral("state"));
    g.establishedBy = text(o, QStringLiteral("established_by"), false);
    g.unListType = text(o, QStringLiteral("un_list_type"), false);
    g.source = text(o, QStringLiteral("source"), false);
    failOn(validateRegime(g));
    return g;
}

TriggerEvent Parser::parseTrigger(const QJsonObject &o) const
{
    TriggerEvent e;
    e.stateCode = text(o, QStringLiteral("state"));
    e.date = date(o, QStringLiteral("date"));
    e.localDate = date(o, QStringLiteral("local_date"), false);
    e.kind = code<EventKind>(o, QStringLiteral("kind"));
    e.description = text(o, QStringLiteral("description"));
    e.source = text(o, QStringLiteral("source"));
    e.note = text(o, QStringLiteral("note"), false);
    failOn(validateEvent(e));
    return e;
}

Measure Parser::parseMeasure(const QJsonObject &o, const Resolution &owner) const
{
    Measure m;
    m.resolution = owner.symbol;
    m.typeCode = text(o, QStringLiteral("type"));
    m.action = code<MeasureAction>(o, QStringLiteral("action"));
    m.stateCode = text(o, QStringLiteral("state"));
    m.description = text(o, QStringLiteral("description"));
    m.paragraph = text(o, QStringLiteral("paragraph"), false);
    for (const MeasureText &t : measureTexts())
        m.*(t.member) = text(o, QLatin1String(t.column), false);
    const QJsonValue cap = o.value(QStringLiteral("cap"));
    if (!cap.isUndefined() && !cap.isNull()) {
        const QJsonObject c = object(cap, QStringLiteral("\"cap\""));
        m.cap = Cap{number(c, QStringLiteral("value")).value_or(0), text(c, QStringLiteral("unit")),
                    text(c, QStringLiteral("period"), false)};
        // The largest cap a resolution states is in the millions (barrels, tonnes); 1e300 is a typing
        // or generating error, and charts and sums would carry it.
        if (m.cap->value > kMaxCapValue)
            failField(QStringLiteral("cap.value"),
                      Tr::tr("is %1, more than %2, which no resolution's cap comes near").arg(m.cap->value).arg(kMaxCapValue));
    }
    m.effectiveFrom = date(o, QStringLiteral("effective_from"), false);
    m.effectiveTo = date(o, QStringLiteral("effective_to"), false);
    const QJsonValue changes = o.value(QStringLiteral("changes"));
    if (!changes.isUndefined() && !changes.isNull()) {
        const QJsonObject c = object(changes, QStringLiteral("\"changes\""));
        m.changes = MeasureRef{text(c, QStringLiteral("resolution")), text(c, QStringLiteral("type")),
                               text(c, QStringLiteral("paragraph"), false)};
    }
    m.source = text(o, QStringLiteral("source"));
    m.note = text(o, QStringLiteral("note"), false);
    const QJsonArray disputes = array(o, QStringLiteral("disputes"));
    for (const QJsonValue &v : disputes) {
        const QJsonObject d = object(v, Tr::tr("a dispute"));
        Dispute dispute{texts(d, QStringLiteral("parties")), text(d, QStringLiteral("view")), text(d, QStringLiteral("source"))};
        static const QRegularExpression code(QStringLiteral("^[A-Z]{3}$"));
        if (dispute.parties.isEmpty())
            failField(QStringLiteral("disputes.parties"), Tr::tr("must name at least one state (ISO 3166-1 alpha-3 code)"));
        for (const QString &party : std::as_const(dispute.parties)) {
            if (!code.match(party).hasMatch())
                failField(QStringLiteral("disputes.parties"), Tr::tr("\"%1\" is not an ISO 3166-1 alpha-3 code").arg(party));
        }
        if (!dispute.source.startsWith(QLatin1String("http://")) && !dispute.source.startsWith(QLatin1String("https://")))
            failField(QStringLiteral("disputes.source"), Tr::tr("must be a web address (http:// or https://)"));
        m.disputes.append(dispute);
    }
    return m;
}

ResolutionRecord Parser::parseResolution(const QJsonObject &o, qsizetype offset)
{
    ResolutionRecord rec;
    Resolution &r = rec.resolution;
    r.symbol = text(o, QStringLiteral("symbol"));
    enter(Tr::tr("resolution %1").arg(r.symbol), offset);
    if (m_symbols.contains(r.symbol))
        fail(Tr::tr("the symbol appears twice in the file"));
    m_symbols.insert(r.symbol);
    const auto number = this->number(o, QStringLiteral("number"), false);
    if (number) {
        if (std::floor(*number) != *number || *number < 1 || *number > 1e7)
            failField(QStringLiteral("number"), Tr::tr("must be a positive whole number or null"));
        r.number = int(*number);
    }
    r.date = date(o, QStringLiteral("date"));
    r.status = code<ResolutionStatus>(o, QStringLiteral("status"));
    r.kind = code<ResolutionKind>(o, QStringLiteral("kind"));
    r.regimeCode = text(o, QStringLiteral("regime"), false);
    r.states = texts(o, QStringLiteral("states"));
    r.title = text(o, QStringLiteral("title"));
    const QJsonObject votes = object(member(o, QStringLiteral("votes"), true), QStringLiteral("\"votes\""));
    r.votes = {integer(votes, QStringLiteral("for")), integer(votes, QStringLiteral("against")),
               integer(votes, QStringLiteral("abstain"))};
    r.vetoedBy = texts(o, QStringLiteral("vetoed_by"));
    r.chapterVii = optionalBool(o, QStringLiteral("chapter_vii"));
    r.summary = text(o, QStringLiteral("summary"), false);
    r.sources = texts(o, QStringLiteral("sources"));
    r.note = text(o, QStringLiteral("note"), false);
    failOn(validateResolution(r));

    const QString record = m_record;
    const QJsonArray triggers = array(o, QStringLiteral("triggers"));
    for (int i = 0; i < triggers.size(); ++i) {
        enter(Tr::tr("%1, trigger %2").arg(record).arg(i + 1), m_lines.findNthKey(QStringLiteral("local_date"), i, offset));
        rec.triggers.append(parseTrigger(object(triggers[i], Tr::tr("a trigger"))));
    }
    enter(record, offset); // a bad "measures" is the resolution's, not its last trigger's
    const QJsonArray measures = array(o, QStringLiteral("measures"));
    for (int i = 0; i < measures.size(); ++i) {
        const qsizetype at = m_lines.findNthKey(QStringLiteral("action"), i, offset);
        enter(Tr::tr("%1, measure %2").arg(record).arg(i + 1), at);
        m_measureOffsets.insert(r.symbol + QLatin1Char('#') + QString::number(i), at);
        Measure m = parseMeasure(object(measures[i], Tr::tr("a measure")), r);
        m.position = i;
        rec.measures.append(m);
    }
    return rec;
}

Designation Parser::parseDesignation(const QJsonObject &o) const
{
    Designation d;
    d.referenceNumber = text(o, QStringLiteral("reference_number"));
    d.kind = code<DesignationKind>(o, QStringLiteral("kind"));
    d.name = text(o, QStringLiteral("name"));
    d.listedOn = date(o, QStringLiteral("listed_on"));
    d.regimeCode = text(o, QStringLiteral("regime"), false);
    d.stateCode = text(o, QStringLiteral("state"), false);
    d.resolution = text(o, QStringLiteral("resolution"), false);
    // Optional: files written before the UN list import have neither key.
    d.listType = text(o, QStringLiteral("un_list_type"), false);
    d.delistedOn = date(o, QStringLiteral("delisted_on"), false);
    if (d.delistedOn.isValid() && d.delistedOn < d.listedOn) {
        failField(QStringLiteral("delisted_on"),
                  Tr::tr("is %1, before listed_on %2: a designation cannot end before it starts")
                      .arg(d.delistedOn.toString(Qt::ISODate), d.listedOn.toString(Qt::ISODate)));
    }
    return d;
}

// A statement, Committee decision or report (docs/data-format.md, "acts"): no votes, no measures.
Act Parser::parseAct(const QJsonObject &o) const
{
    Act a;
    a.kind = code<ActKind>(o, QStringLiteral("kind"));
    a.date = date(o, QStringLiteral("date"));
    a.symbol = text(o, QStringLiteral("symbol"), false);
    a.title = text(o, QStringLiteral("title"));
    a.regimeCode = text(o, QStringLiteral("regime"), false);
    a.summary = text(o, QStringLiteral("summary"), false);
    a.source = text(o, QStringLiteral("source"));
    if (!a.source.startsWith(QLatin1String("http://")) && !a.source.startsWith(QLatin1String("https://")))
        failField(QStringLiteral("source"), Tr::tr("must be a web address (http:// or https://)"));
    a.sourceNote = text(o, QStringLiteral("source_note"), false);
    return a;
}

Dataset Parser::parse(const QJsonObject &root)
{
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("sanctions-tracker"))
        fail(Tr::tr("this is not a Sanctions Tracker file (\"format\" must be \"sanctions-tracker\")"));
    const QJsonValue version = root.value(QStringLiteral("format_version"));
    if (version.isUndefined() || version.isNull())
        fail(Tr::tr("\"format_version\" is missing; this version reads format %1").arg(kFormatVersion));
    if (!version.isDouble())
        fail(Tr::tr("\"format_version\" must be the number %1, without quotes").arg(kFormatVersion));
    // Format 2 added drafts not adopted, reinstated measures and disputes; a format-1 file is a
    // format-2 file that uses none of them, so both read the same way.
    if (version.toDouble() != kFormatVersion && version.toDouble() != kOldestReadableFormatVersion)
        fail(Tr::tr("format_version %1 is not supported; this version reads formats %2 to %3")
                 .arg(version.toDouble())
                 .arg(kOldestReadableFormatVersion)
                 .arg(kFormatVersion));
    // Every file the app writes has the list, empty or not; a file without it is something else, and
    // "Imported 0 resolutions" would hide that.
    if (!root.contains(QStringLiteral("resolutions")))
        fail(Tr::tr("the file has no \"resolutions\" list (a Sanctions Tracker file always has one, [] when empty)"));

    Dataset d;
    QSet<QString> seen;
    auto once = [&](const QString &kind, const QString &key) {
        if (seen.contains(kind + key))
            fail(Tr::tr("%1 \"%2\" appears twice in the file").arg(kind, key));
        seen.insert(kind + key);
    };

    const QJsonArray states = array(root, QStringLiteral("states"));
    for (int i = 0; i < states.size(); ++i) {
        const QJsonObject o = object(states[i], Tr::tr("a state"));
        enter(Tr::tr("state %1").arg(o.value(QStringLiteral("code")).toString()),
              m_lines.findKeyValue(QStringLiteral("code"), o.value(QStringLiteral("code")).toString()));
        d.states.append(parseState(o));
        once(Tr::tr("state"), d.states.last().code);
    }
    const QJsonArray types = array(root, QStringLiteral("measure_types"));
    for (int i = 0; i < types.size(); ++i) {
        const QJsonObject o = object(types[i], Tr::tr("a measure type"));
        enter(Tr::tr("measure type %1").arg(o.value(QStringLiteral("code")).toString()),
              m_lines.findKeyValue(QStringLiteral("code"), o.value(QStringLiteral("code")).toString()));
        d.measureTypes.append(parseMeasureType(o));
        once(Tr::tr("measure type"), d.measureTypes.last().code);
    }
    const QJsonArray regimes = array(root, QStringLiteral("regimes"));
    for (int i = 0; i < regimes.size(); ++i) {
        const QJsonObject o = object(regimes[i], Tr::tr("a regime"));
        enter(Tr::tr("regime %1").arg(o.value(QStringLiteral("code")).toString()),
              m_lines.findKeyValue(QStringLiteral("code"), o.value(QStringLiteral("code")).toString()));
        d.regimes.append(parseRegime(o));
        once(Tr::tr("regime"), d.regimes.last().code);
    }
    const QJsonArray resolutions = array(root, QStringLiteral("resolutions"));
    for (int i = 0; i < resolutions.size(); ++i) {
        const QJsonObject o = object(resolutions[i], Tr::tr("resolution %1").arg(i + 1));
        const qsizetype offset = o.contains(QStringLiteral("symbol"))
            ? m_lines.findKeyValue(QStringLiteral("symbol"), o.value(QStringLiteral("symbol")).toString())
            : m_lines.elementStart(QStringLiteral("resolutions"), i);
        enter(Tr::tr("resolution %1 in the list").arg(i + 1), offset);
        d.resolutions.append(parseResolution(o, offset));
        enter(Tr::tr("resolution %1").arg(d.resolutions.last().resolution.symbol), offset);
        if (const auto n = d.resolutions.last().resolution.number)
            once(Tr::tr("resolution number"), QString::number(*n));
    }
    const QJsonArray designations = array(root, QStringLiteral("designations"));
    for (int i = 0; i < designations.size(); ++i) {
        const QJsonObject o = object(designations[i], Tr::tr("a designation"));
        if (o.contains(QStringLiteral("reference_number"))) {
            enter(Tr::tr("designation %1").arg(o.value(QStringLiteral("reference_number")).toString()),
                  m_lines.findKeyValue(QStringLiteral("reference_number"),
                                       o.value(QStringLiteral("reference_number")).toString()));
        } else {
            enter(Tr::tr("designation %1 in the list").arg(i + 1), m_lines.elementStart(QStringLiteral("designations"), i));
        }
        d.designations.append(parseDesignation(o));
        once(Tr::tr("designation"), d.designations.last().referenceNumber);
    }
    const QJsonArray acts = array(root, QStringLiteral("acts"));
    for (int i = 0; i < acts.size(); ++i) {
        const QJsonObject o = object(acts[i], Tr::tr("an act or report"));
        const QString title = o.value(QStringLiteral("title")).toString();
        enter(Tr::tr("act %1 (%2)").arg(i + 1).arg(title), m_lines.findKeyValue(QStringLiteral("title"), title));
        d.acts.append(parseAct(o));
        const Act &a = d.acts.last();
        once(Tr::tr("act"), toCode(a.kind) + QLatin1Char(' ') + a.date.toString(Qt::ISODate) + QLatin1Char(' ') + a.title);
    }
    checkReferences(d);
    return d;
}

void Parser::checkReferences(const Dataset &d)
{
    QSet<QString> states = m_known.states;
    QHash<QString, bool> typeHasCap = m_known.measureTypeHasCap;
    QSet<QString> regimes = m_known.regimes;
    QHash<QString, QDate> resolutionDates = m_known.resolutionDates;
    for (const auto &rec : d.resolutions) {
        const Resolution &r = rec.resolution;
        const QString holder = r.number ? m_known.resolutionNumbers.value(*r.number) : QString();
        if (!holder.isEmpty() && holder != r.symbol) {
            enter(Tr::tr("resolution %1").arg(r.symbol), m_lines.findKeyValue(QStringLiteral("symbol"), r.symbol));
            failField(QStringLiteral("number"),
                      Tr::tr("is %1, the number of resolution %2 in the database").arg(*r.number).arg(holder));
        }
    }
    QSet<QString> measureKeys = m_known.measureKeys;
    for (const auto &s : d.states)
        states.insert(s.code);
    for (const auto &t : d.measureTypes)
        typeHasCap.insert(t.code, t.hasCap);
    for (const auto &g : d.regimes)
        regimes.insert(g.code);
    for (const auto &rec : d.resolutions) {
        resolutionDates.insert(rec.resolution.symbol, rec.resolution.date);
        for (const auto &m : rec.measures) {
            measureKeys.insert(measureKey(m.resolution, m.typeCode, m.stateCode, m.paragraph));
            measureKeys.insert(measureKey(m.resolution, m.typeCode, m.stateCode, {}));
        }
    }
    auto needState = [&](const QString &field, const QString &code) {
        if (!code.isEmpty() && !states.contains(code))
            failField(field, Tr::tr("names the state \"%1\", which is neither in the file's states nor in the database").arg(code));
    };
    auto needRegime = [&](const QString &field, const QString &code) {
        if (!code.isEmpty() && !regimes.contains(code))
            failField(field, Tr::tr("names the regime \"%1\", which is neither in the file nor in the database").arg(code));
    };
    auto needResolution = [&](const QString &field, const QString &symbol) {
        if (!symbol.isEmpty() && !resolutionDates.contains(symbol))
            failField(field, Tr::tr("names the resolution \"%1\", which is neither in the file nor in the database").arg(symbol));
    };

    for (const auto &g : d.regimes) {
        enter(Tr::tr("regime %1").arg(g.code), m_lines.findKeyValue(QStringLiteral("code"), g.code));
        needState(QStringLiteral("state"), g.stateCode);
        needResolution(QStringLiteral("established_by"), g.establishedBy);
    }
    for (const auto &rec : d.resolutions) {
        const Resolution &r = rec.resolution;
        const qsizetype offset = m_lines.findKeyValue(QStringLiteral("symbol"), r.symbol);
        enter(Tr::tr("resolution %1").arg(r.symbol), offset);
        needRegime(QStringLiteral("regime"), r.regimeCode);
        for (const QString &s : r.states)
            needState(QStringLiteral("states"), s);
        for (int i = 0; i < rec.triggers.size(); ++i) {
            enter(Tr::tr("resolution %1, trigger %2").arg(r.symbol).arg(i + 1),
                  m_lines.findNthKey(QStringLiteral("local_date"), i, offset));
            needState(QStringLiteral("state"), rec.triggers[i].stateCode);
        }
        for (int i = 0; i < rec.measures.size(); ++i) {
            const Measure &m = rec.measures[i];
            enter(Tr::tr("resolution %1, measure %2").arg(r.symbol).arg(i + 1),
                  m_measureOffsets.value(r.symbol + QLatin1Char('#') + QString::number(i), -1));
            if (!typeHasCap.contains(m.typeCode))
                failField(QStringLiteral("type"), Tr::tr("is \"%1\", an unknown measure type").arg(m.typeCode));
            needState(QStringLiteral("state"), m.stateCode);
            MeasureContext context{typeHasCap.value(m.typeCode), r.date, {}};
            if (m.changes) {
                needResolution(QStringLiteral("changes.resolution"), m.changes->resolution);
                context.changesResolutionDate = resolutionDates.value(m.changes->resolution);
                if (!measureKeys.contains(measureKey(m.changes->resolution, m.changes->type, m.stateCode,
                                                     m.changes->paragraph))) {
                    failField(QStringLiteral("changes"),
                              Tr::tr("names a %1 measure of %2 for %3 that does not exist")
                                  .arg(m.changes->type, m.changes->resolution, m.stateCode));
                }
            }
            failOn(validateMeasure(m, context));
        }
    }
    for (const auto &des : d.designations) {
        enter(Tr::tr("designation %1").arg(des.referenceNumber),
              m_lines.findKeyValue(QStringLiteral("reference_number"), des.referenceNumber));
        needRegime(QStringLiteral("regime"), des.regimeCode);
        needState(QStringLiteral("state"), des.stateCode);
        needResolution(QStringLiteral("resolution"), des.resolution);
    }
    for (int i = 0; i < d.acts.size(); ++i) {
        const Act &a = d.acts[i];
        enter(Tr::tr("act %1 (%2)").arg(i + 1).arg(a.title), m_lines.findKeyValue(QStringLiteral("title"), a.title));
        needRegime(QStringLiteral("regime"), a.regimeCode);
    }
}

// QJsonParseError gives a byte offset; people want a line and a column.
QString syntaxLocation(const QByteArray &json, int offset)
{
    const QByteArray before = json.left(offset);
    const int line = int(before.count('\n')) + 1;
    const int column = int(offset - (before.lastIndexOf('\n') + 1)) + 1;
    return Tr::tr("line %1, column %2").arg(line).arg(column);
}

} // namespace

Result<Dataset> readDatasetJson(const QByteArray &json, const KnownRecords &known)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error{Error::Code::InvalidInput,
                     Tr::tr("%1: malformed JSON: %2").arg(syntaxLocation(json, parseError.offset), parseError.errorString())};
    }
    if (!doc.isObject())
        return Error{Error::Code::InvalidInput, Tr::tr("line 1: the file must hold one JSON object")};
    const JsonTextScan scan = scanJsonText(json);
    if (const std::optional<TextPlace> control = scan.rawControlCharacter) {
        return Error{Error::Code::InvalidInput, Tr::tr("line %1, column %2: a control character (a tab, line break or "
                                                   "other invisible character) stands unescaped inside a text; "
                                                   "JSON allows it only escaped, e.g. \\t or \\n")
                                                    .arg(control->line)
                                                    .arg(control->column)};
    }
    // QJsonDocument keeps the last of two equal keys and drops the first without a word.
    if (const std::optional<DuplicateKey> dup = scan.duplicateKey) {
        return Error{Error::Code::InvalidInput, Tr::tr("line %1, column %2: the key \"%3\" appears twice in one object; "
                                                   "which value is meant is unclear")
                                                    .arg(dup->line)
                                                    .arg(dup->column)
                                                    .arg(dup->key)};
    }
    try {
        Parser parser(json, known);
        return parser.parse(doc.object());
    } catch (const Failure &f) {
        return Error{Error::Code::InvalidInput, f.message};
    }
}

} // namespace st
