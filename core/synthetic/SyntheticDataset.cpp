#include "synthetic/SyntheticDataset.h"

#include "domain/Vocabulary.h"
#include "interchange/BundledDataset.h"
#include "interchange/JsonDatasetReader.h"
#include "storage/BulkRepository.h"
#include "storage/Database.h"
#include "storage/ReferenceData.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <cmath>
#include <random>

namespace st {

QString SyntheticSummary::text() const
{
    const QLocale c = QLocale::c();
    return QCoreApplication::translate("st::SyntheticDataset",
                                       "%1 synthetic resolutions, %2 measures, %3 trigger events over %4 states")
        .arg(c.toString(resolutions), c.toString(measures), c.toString(triggerEvents), c.toString(states));
}

namespace {

// Rows are flushed every this many resolutions, so memory stays flat however large N is.
constexpr int kChunk = 500;

const QStringList kResolutionColumns{
    QStringLiteral("id"),          QStringLiteral("symbol"),        QStringLiteral("number"),
    QStringLiteral("adopted_on"),  QStringLiteral("status"),        QStringLiteral("kind"),
    QStringLiteral("title"),       QStringLiteral("votes_for"),     QStringLiteral("votes_against"),
    QStringLiteral("votes_abstain"), QStringLiteral("vetoed_by"),   QStringLiteral("chapter_vii"),
    QStringLiteral("summary")};
const QStringList kMeasureColumns{
    QStringLiteral("id"),         QStringLiteral("resolution_id"), QStringLiteral("position"),
    QStringLiteral("state_id"),   QStringLiteral("type_id"),       QStringLiteral("action"),
    QStringLiteral("description"), QStringLiteral("paragraph"),    QStringLiteral("cap_value"),
    QStringLiteral("cap_unit"),   QStringLiteral("cap_period"),    QStringLiteral("effective_from"),
    QStringLiteral("effective_to"), QStringLiteral("changes_measure_id"), QStringLiteral("source")};
const QStringList kEventColumns{QStringLiteral("id"),   QStringLiteral("state_id"),    QStringLiteral("occurred_on"),
                                QStringLiteral("kind"), QStringLiteral("description"), QStringLiteral("source")};

struct TypeInfo {
    qint64 id = 0;
    QString code;
    QString name;
    QString description;
    bool hasCap = false;
};

struct StateInfo {
    qint64 id = 0;
    QString code;
    QString name;
};

// The head of a lineage chain: the latest adopted measure of a type for a state, and the day its
// resolution was adopted (a measure may only change one of a strictly earlier resolution).
struct ChainHead {
    qint64 measureId = 0;
    double cap = 0;
    QDate adoptedOn;
};

struct Rows {
    QList<QVariantList> resolutions, resolutionStates, sources, events, triggers, measures;
    void clear() { *this = Rows(); }
};

class Generator {
public:
    Generator(const SyntheticOptions &options, QList<TypeInfo> types)
        : m_options(options)
        , m_rng(options.seed)
        , m_types(std::move(types))
    {
        for (int i = 0; i < m_types.size(); ++i)
            m_typeIndex.insert(m_types[i].code, i);
    }

    Result<SyntheticSummary> run(const Database &db);

private:
    int between(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    double real() { return std::uniform_real_distribution<double>(0.0, 1.0)(m_rng); }
    bool chance(double p) { return real() < p; }
    template <typename T>
    const T &pick(const QList<T> &list) { return list[between(0, int(list.size()) - 1)]; }

    QList<StateInfo> makeStates(const QSet<QString> &takenCodes, qint64 firstId);
    QString stateName();
    const TypeInfo *type(const QString &code) const
    {
        const int i = m_typeIndex.value(code, -1);
        return i < 0 ? nullptr : &m_types[i];
    }
    QList<const TypeInfo *> typesFor(const QString &kind);
    QString eventDescription(const QString &kind, const StateInfo &state);
    QString measureDescription(const TypeInfo &t, const QString &action, const StateInfo &state, double cap,
                               const QString &unit);
    void addResolution(int index, Rows &rows, SyntheticSummary &summary);

    SyntheticOptions m_options;
    std::mt19937 m_rng;
    QList<TypeInfo> m_types;
    QHash<QString, int> m_typeIndex;
    QList<StateInfo> m_states;
    std::discrete_distribution<int> m_stateWeights;
    QHash<QPair<qint64, qint64>, ChainHead> m_chains; // (state id, type id) -> head
    QSet<QString> m_eventKeys;
    QHash<qint64, int> m_nuclearTests; // per state, for "third nuclear test"
    qint64 m_nextResolutionId = 1;
    qint64 m_nextMeasureId = 1;
    qint64 m_nextEventId = 1;
    qint64 m_nextNumber = 1;
    int m_nextDraft = 5001;
    QDate m_first = QDate(1966, 1, 1);
    QDate m_last = QDate(2025, 12, 31);
};

QString Generator::stateName()
{
    static const QStringList head{QStringLiteral("Ar"),  QStringLiteral("Bel"), QStringLiteral("Cor"), QStringLiteral("Dra"),
                                  QStringLiteral("El"),  QStringLiteral("Fen"), QStringLiteral("Gal"), QStringLiteral("Hal"),
                                  QStringLiteral("Ir"),  QStringLiteral("Jor"), QStringLiteral("Kal"), QStringLiteral("Lor"),
                                  QStringLiteral("Mar"), QStringLiteral("Nor"), QStringLiteral("Os"),  QStringLiteral("Pel"),
                                  QStringLiteral("Quen"), QStringLiteral("Ros"), QStringLiteral("Sal"), QStringLiteral("Tor"),
                                  QStringLiteral("Ul"),  QStringLiteral("Val"), QStringLiteral("Wes"), QStringLiteral("Xan"),
                                  QStringLiteral("Yor"), QStringLiteral("Zem")};
    static const QStringList middle{QString(), QStringLiteral("an"), QStringLiteral("ed"), QStringLiteral("ov"),
                                    QStringLiteral("ur"), QStringLiteral("il"), QStringLiteral("es")};
    static const QStringList tail{QStringLiteral("ia"),   QStringLiteral("land"), QStringLiteral("istan"),
                                  QStringLiteral("ora"),  QStringLiteral("ica"),  QStringLiteral("esh"),
                                  QStringLiteral("avia"), QStringLiteral("ina"),  QStringLiteral("onia"),
                                  QStringLiteral("aria"), QStringLiteral("mark"), QStringLiteral("ador")};
    static const QStringList form{QString(), QString(), QStringLiteral("Republic of "),
                                  QStringLiteral("Federation of "), QStringLiteral("Kingdom of ")};
    return pick(form) + pick(head) + pick(middle) + pick(tail);
}

QList<StateInfo> Generator::makeStates(const QSet<QString> &takenCodes, qint64 firstId)
{
    QSet<QString> codes = takenCodes;
    QSet<QString> names;
    QList<StateInfo> states;
    while (states.size() < m_options.states) {
        const QString name = stateName();
        if (names.contains(name))
            continue;
        QString base = name.section(QLatin1Char(' '), -1).toUpper();
        QString code = base.left(3);
        // Like ISO codes, fall back to other letters of the name when the obvious code is taken.
        for (int i = 3; codes.contains(code) && i < base.size(); ++i)
            code = base.left(2) + base.at(i);
        for (char c = 'A'; codes.contains(code) && c <= 'Z'; ++c)
            code = base.left(1) + QLatin1Char(c) + base.at(2);
        if (codes.contains(code))
            continue;
        codes.insert(code);
        names.insert(name);
        states.append({firstId + states.size(), code, name});
    }
    // A few states get most resolutions (Zipf-like), as the DPRK, Libya or Iran did.
    std::vector<double> weights;
    for (int i = 0; i < states.size(); ++i)
        weights.push_back(1.0 / std::pow(i + 1.0, 0.9));
    m_stateWeights = std::discrete_distribution<int>(weights.begin(), weights.end());
    return states;
}

QList<const TypeInfo *> Generator::typesFor(const QString &kind)
{
    QList<const TypeInfo *> out;
    auto add = [&](const QString &code) {
        if (const TypeInfo *t = type(code); t && !out.contains(t))
            out << t;
    };
    if (kind == QLatin1String("panel_renewal")) {
        add(QStringLiteral("panel_of_experts"));
        if (out.isEmpty() || chance(0.5))
            add(pick(m_types).code); // never the Panel twice: it would change a measure of its own resolution
        return out;
    }
    const int n = kind == QLatin1String("sanctions") ? between(11, 18) : between(3, 8);
    for (int guard = 0; out.size() < n && guard < 200; ++guard) {
        const TypeInfo &t = pick(m_types);
        if (!out.contains(&t))
            out << &t;
    }
    return out;
}

QString Generator::eventDescription(const QString &kind, const StateInfo &state)
{
    static const QStringList sites{QStringLiteral("northern"), QStringLiteral("eastern"), QStringLiteral("coastal"),
                                   QStringLiteral("mountain"), QStringLiteral("western desert")};
    static const QStringList missiles{QStringLiteral("short-range ballistic"), QStringLiteral("medium-range ballistic"),
                                      QStringLiteral("intermediate-range ballistic"),
                                      QStringLiteral("intercontinental ballistic"), QStringLiteral("cruise")};
    static const QStringList seas{QStringLiteral("the open sea"), QStringLiteral("a neighbouring exclusive economic zone"),
                                  QStringLiteral("international waters")};
    if (kind == QLatin1String("nuclear_test")) {
        const int n = ++m_nuclearTests[state.id];
        return QStringLiteral("Nuclear test number %1 announced by %2 at its %3 test site (seismic mb %4).")
            .arg(n)
            .arg(state.name, pick(sites))
            .arg(4.0 + real() * 2.3, 0, 'f', 1);
    }
    if (kind == QLatin1String("missile_launch")) {
        return QStringLiteral("Launch of %1 %2 missiles by %3 into %4 (about %5 km range).")
            .arg(between(1, 7))
            .arg(pick(missiles), state.name, pick(seas))
            .arg(between(2, 120) * 50);
    }
    if (kind == QLatin1String("satellite_launch")) {
        return QStringLiteral("Launch of a space launch vehicle by %1 placing a satellite in orbit, using ballistic "
                              "missile technology (mission %2).")
            .arg(state.name)
            .arg(between(1, 60));
    }
    return QStringLiteral("Armed attack on a neighbouring State's vessel attributed to the forces of %1 (incident %2).")
        .arg(state.name)
        .arg(between(1, 500));
}

QString Generator::measureDescription(const TypeInfo &t, const QString &action, const StateInfo &state, double cap,
                                      const QString &unit)
{
    QString body = t.description;
    body.replace(QStringLiteral("the DPRK's"), state.name + QStringLiteral("'s"));
    body.replace(QStringLiteral("the DPRK"), state.name);
    body.replace(QStringLiteral("DPRK"), state.name);
    if (body.isEmpty())
        body = t.name + QStringLiteral(" concerning ") + state.name + QLatin1Char('.');
    QString prefix;
    if (action == QLatin1String("expands"))
        prefix = QStringLiteral("Expands the scope: ");
    else if (action == QLatin1String("tightens"))
        prefix = QStringLiteral("Tightens the measure: ");
    else if (action == QLatin1String("relaxes"))
        prefix = QStringLiteral("Relaxes the measure with humanitarian exemptions: ");
    else if (action == QLatin1String("renews"))
        prefix = QStringLiteral("Renews for a further period: ");
    else if (action == QLatin1String("terminates"))
        prefix = QStringLiteral("Terminates the measure: ");
    QString text = prefix + body;
    if (cap > 0)
        text += QStringLiteral(" Cap: %1 %2 a year.").arg(QLocale::c().toString(qint64(cap)), unit);
    return text;
}

void Generator::addResolution(int index, Rows &rows, SyntheticSummary &summary)
{
    const qint64 id = m_nextResolutionId++;
    const qint64 span = m_first.daysTo(m_last);
    const qint64 slot = span * index / qMax(1, m_options.resolutions);
    const QDate date = m_first.addDays(slot + between(0, int(qMax<qint64>(0, span / qMax(1, m_options.resolutions)))));
    const QString dateText = date.toString(Qt::ISODate);
    const int year = date.year();

    const StateInfo &state = m_states[m_stateWeights(m_rng)];
    QList<const StateInfo *> concerned{&state};
    if (chance(0.08)) {
        const StateInfo &other = m_states[m_stateWeights(m_rng)];
        if (other.id != state.id)
            concerned << &other;
    }

    const bool vetoed = chance(0.03);
    const double k = real();
    const QString kind = k < 0.55   ? QStringLiteral("sanctions")
                         : k < 0.90 ? QStringLiteral("panel_renewal")
                                    : QStringLiteral("other");
    QVariant number;
    QString symbol;
    if (vetoed) {
        symbol = QStringLiteral("S/%1/%2").arg(year).arg(m_nextDraft++);
    } else {
        number = m_nextNumber;
        symbol = QStringLiteral("S/RES/%1 (%2)").arg(m_nextNumber++).arg(year);
    }
    const QString source = vetoed ? QStringLiteral("https://undocs.org/%1").arg(symbol)
                                  : QStringLiteral("https://undocs.org/S/RES/%1(%2)").arg(number.toLongLong()).arg(year);

    // Trigger events: most sanctions rounds answer a test or a launch some days or weeks earlier.
    QStringList eventPhrases;
    QStringList eventKinds;
    int triggerPosition = 0;
    if (kind == QLatin1String("sanctions") && chance(0.65)) {
        const int n = chance(0.25) ? 2 : 1;
        for (int e = 0; e < n; ++e) {
            const double r = real();
            const QString eventKind = r < 0.2    ? QStringLiteral("nuclear_test")
                                      : r < 0.8  ? QStringLiteral("missile_launch")
                                      : r < 0.95 ? QStringLiteral("satellite_launch")
                                                 : QStringLiteral("other");
            const int lag = 3 + int(-std::log(1.0 - real() * 0.999) * 30.0);
            const QDate when = date.addDays(-lag);
            const QString description = eventDescription(eventKind, state);
            const QString key = QStringLiteral("%1|%2|%3|%4").arg(state.id).arg(when.toString(Qt::ISODate), eventKind,
                                                                                description);
            if (m_eventKeys.contains(key))
                continue;
            m_eventKeys.insert(key);
            const qint64 eventId = m_nextEventId++;
            rows.events.append({eventId, state.id, when.toString(Qt::ISODate), eventKind, description,
                                QStringLiteral("https://press.un.org/en/synthetic/%1").arg(eventId)});
            rows.triggers.append({id, eventId, triggerPosition++});
            QString phrase = description.section(QLatin1Char('('), 0, 0).trimmed();
            phrase[0] = phrase[0].toLower();
            eventPhrases << phrase;
            eventKinds << displayName(fromCode<EventKind>(eventKind).value_or(EventKind::Other)).toLower();
            ++summary.triggerEvents;
        }
    }

    // Measures, continuing each (state, type) lineage chain.
    QStringList typeNames;
    int position = 0;
    for (const StateInfo *s : concerned) {
        const QList<const TypeInfo *> types = typesFor(kind);
        for (const TypeInfo *t : types) {
            const auto chainKey = qMakePair(s->id, t->id);
            const ChainHead head = m_chains.value(chainKey);
            // Several resolutions can share a day at large scales; one adopted the same day as the chain's
            // head leaves that measure alone rather than "change" a measure that is not earlier.
            if (head.measureId != 0 && head.adoptedOn >= date)
                continue;
            QString action = QStringLiteral("introduces");
            if (head.measureId != 0) {
                const double a = real();
                action = t->code == QLatin1String("panel_of_experts") ? QStringLiteral("renews")
                         : a < 0.35                                    ? QStringLiteral("expands")
                         : a < 0.70                                    ? QStringLiteral("tightens")
                         : a < 0.85                                    ? QStringLiteral("renews")
                         : a < 0.95                                    ? QStringLiteral("relaxes")
                                                                       : QStringLiteral("terminates");
            }
            double cap = 0;
            QString unit;
            if (t->hasCap && action != QLatin1String("terminates")) {
                unit = t->code.contains(QLatin1String("coal")) ? QStringLiteral("US$") : QStringLiteral("barrels");
                const double start = unit == QLatin1String("US$") ? 4.0e8 : 4.0e6;
                cap = head.cap > 0 ? head.cap : start * (0.5 + real());
                if (action == QLatin1String("tightens"))
                    cap *= 0.5 + 0.4 * real();
                else if (action == QLatin1String("relaxes"))
                    cap *= 1.1 + 0.2 * real();
                cap = std::round(cap / 1000.0) * 1000.0;
            }
            QVariant from, to;
            if (chance(0.15))
                from = date.addDays(between(30, 120)).toString(Qt::ISODate);
            if (t->code == QLatin1String("panel_of_experts"))
                to = date.addMonths(13).toString(Qt::ISODate);
            else if (chance(0.05))
                to = date.addYears(between(1, 3)).toString(Qt::ISODate);
            const qint64 measureId = m_nextMeasureId++;
            rows.measures.append({measureId, id, position, s->id, t->id, action,
                                  measureDescription(*t, action, *s, cap, unit),
                                  QStringLiteral("OP %1").arg(position + 1), cap > 0 ? QVariant(cap) : QVariant(),
                                  cap > 0 ? QVariant(unit) : QVariant(), cap > 0 ? QVariant(QStringLiteral("year")) : QVariant(),
                                  from, to, head.measureId != 0 ? QVariant(head.measureId) : QVariant(), source});
            ++position;
            ++summary.measures;
            if (!vetoed) {
                if (action == QLatin1String("terminates"))
                    m_chains.remove(chainKey);
                else
                    m_chains.insert(chainKey, {measureId, cap, date});
            }
            if (typeNames.size() < 4)
                typeNames << t->name.toLower();
        }
    }

    QString title;
    if (kind == QLatin1String("panel_renewal"))
        title = QStringLiteral("renewal of the Panel of Experts on %1").arg(state.name);
    else if (kind == QLatin1String("sanctions"))
        title = !eventPhrases.isEmpty() ? QStringLiteral("sanctions on %1 after the %2").arg(state.name, eventKinds.first())
                : typeNames.isEmpty()   ? QStringLiteral("sanctions on %1").arg(state.name)
                                        : QStringLiteral("sanctions on %1: %2").arg(state.name, typeNames.first());
    else
        title = QStringLiteral("the situation concerning %1").arg(state.name);
    title = vetoed ? QStringLiteral("Draft resolution %1: %2 (vetoed)").arg(symbol, title)
                   : QStringLiteral("Resolution %1 (%2): %3").arg(number.toLongLong()).arg(year).arg(title);
    QString summaryText = eventPhrases.isEmpty()
                              ? QStringLiteral("The Council acted on %1.").arg(state.name)
                              : QStringLiteral("Condemned the %1.").arg(eventPhrases.join(QStringLiteral(" and the ")));
    if (!typeNames.isEmpty())
        summaryText += QStringLiteral(" Measures: %1.").arg(typeNames.join(QStringLiteral(", ")));

    int votesFor = 15, against = 0, abstain = 0;
    QString vetoedBy = QStringLiteral("");
    static const QStringList permanent{QStringLiteral("CHN"), QStringLiteral("FRA"), QStringLiteral("GBR"),
                                       QStringLiteral("RUS"), QStringLiteral("USA")};
    if (vetoed) {
        against = between(1, 2);
        abstain = between(0, 2);
        votesFor = 15 - against - abstain;
        vetoedBy = pick(permanent);
    } else if (chance(0.2)) {
        abstain = between(1, 4);
        votesFor = 15 - abstain;
    }
    const QVariant chapterVii = kind == QLatin1String("other") ? QVariant(0) : QVariant(1);
    rows.resolutions.append({id, symbol, number, dateText, vetoed ? QStringLiteral("vetoed") : QStringLiteral("adopted"),
                             kind, title, votesFor, against, abstain, vetoedBy, chapterVii, summaryText});
    for (int i = 0; i < concerned.size(); ++i)
        rows.resolutionStates.append({id, concerned[i]->id, i});
    rows.sources.append({id, 0, source});
    ++summary.resolutions;
}

Status flush(const BulkRepository &bulk, const Rows &rows)
{
    const QList<std::pair<QString, std::pair<QStringList, const QList<QVariantList> *>>> tables{
        {QStringLiteral("resolutions"), {kResolutionColumns, &rows.resolutions}},
        {QStringLiteral("resolution_states"),
         {{QStringLiteral("resolution_id"), QStringLiteral("state_id"), QStringLiteral("position")},
          &rows.resolutionStates}},
        {QStringLiteral("resolution_sources"),
         {{QStringLiteral("resolution_id"), QStringLiteral("position"), QStringLiteral("url")}, &rows.sources}},
        {QStringLiteral("trigger_events"), {kEventColumns, &rows.events}},
        {QStringLiteral("resolution_triggers"),
         {{QStringLiteral("resolution_id"), QStringLiteral("event_id"), QStringLiteral("position")}, &rows.triggers}},
        {QStringLiteral("measures"), {kMeasureColumns, &rows.measures}},
    };
    for (const auto &[table, spec] : tables) {
        if (auto done = bulk.insert(table, spec.first, *spec.second); !done)
            return done;
    }
    return {};
}

Result<SyntheticSummary> Generator::run(const Database &db)
{
    const BulkRepository bulk(db);
    QSet<QString> taken;
    auto existing = StateRepository(db).all();
    if (!existing)
        return existing.error();
    for (const SanctionedState &s : existing.value())
        taken.insert(s.code);
    auto stateId = bulk.maxOf(QStringLiteral("states"));
    auto resolutionId = bulk.maxOf(QStringLiteral("resolutions"));
    auto measureId = bulk.maxOf(QStringLiteral("measures"));
    auto eventId = bulk.maxOf(QStringLiteral("trigger_events"));
    auto number = bulk.maxOf(QStringLiteral("resolutions"), QStringLiteral("number"));
    for (const auto *r : {&stateId, &resolutionId, &measureId, &eventId, &number}) {
        if (!*r)
            return r->error();
    }
    m_nextResolutionId = resolutionId.value() + 1;
    m_nextMeasureId = measureId.value() + 1;
    m_nextEventId = eventId.value() + 1;
    m_nextNumber = number.value() + 1;

    SyntheticSummary summary;
    m_states = makeStates(taken, stateId.value() + 1);
    QList<QVariantList> stateRows;
    for (const StateInfo &s : m_states)
        stateRows.append({s.id, s.code, s.name});
    if (auto done = bulk.insert(QStringLiteral("states"),
                                {QStringLiteral("id"), QStringLiteral("code"), QStringLiteral("name")}, stateRows);
        !done)
        return done.error();
    summary.states = int(m_states.size());

    Rows rows;
    for (int i = 0; i < m_options.resolutions; ++i) {
        addResolution(i, rows, summary);
        if (rows.resolutions.size() == kChunk || i + 1 == m_options.resolutions) {
            if (auto done = flush(bulk, rows); !done)
                return done.error();
            rows.clear();
        }
    }
    return summary;
}

Result<QList<TypeInfo>> measureTypes(const Database &db)
{
    const MeasureTypeRepository repository(db);
    auto stored = repository.all();
    if (!stored)
        return stored.error();
    QList<MeasureType> types = stored.value();
    if (types.isEmpty()) {
        // An empty database: take the vocabulary of the bundled dataset.
        auto bundled = readDatasetJson(bundledDatasetJson());
        if (!bundled)
            return bundled.error();
        for (MeasureType t : bundled.value().measureTypes) {
            auto id = repository.upsert(t);
            if (!id)
                return id.error();
            t.id = id.value();
            types << t;
        }
    }
    QList<TypeInfo> out;
    for (const MeasureType &t : types) {
        if (t.code != QLatin1String("tobacco_ban")) // proposed only, in a vetoed draft
            out.append({t.id, t.code, t.name, t.description, t.hasCap});
    }
    return out;
}

} // namespace

Result<SyntheticSummary> generateSyntheticDataset(const Database &db, const SyntheticOptions &options)
{
    if (options.resolutions < 1 || options.states < 1) {
        return Error{Error::Code::InvalidInput,
                     QCoreApplication::translate("st::SyntheticDataset",
                                                 "The synthetic dataset needs at least one resolution and one state.")};
    }
    Transaction tx(db);
    if (!tx.began())
        return tx.began().error();
    auto types = measureTypes(db);
    if (!types)
        return types.error();
    Generator generator(options, types.value());
    auto summary = generator.run(db);
    if (!summary)
        return summary.error();
    if (auto done = BulkRepository(db).optimize(); !done)
        return done.error();
    if (auto done = tx.commit(); !done)
        return done.error();
    return summary;
}

} // namespace st
