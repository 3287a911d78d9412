#include "interchange/JsonDatasetWriter.h"

#include "domain/MeasureTexts.h"
#include "interchange/OrderedJson.h"

namespace st {

namespace {

using J = OrderedJson;

J dateOrNull(const QDate &d) { return d.isValid() ? J::string(d.toString(Qt::ISODate)) : J(); }

J stringArray(const QStringList &list)
{
    J a = J::array();
    for (const QString &s : list)
        a.append(J::string(s));
    return a;
}

J stateJson(const SanctionedState &s)
{
    return J::object().add(QStringLiteral("code"), J::string(s.code)).add(QStringLiteral("name"), J::string(s.name));
}

J measureTypeJson(const MeasureType &t)
{
    J o = J::object();
    o.add(QStringLiteral("code"), J::string(t.code));
    o.add(QStringLiteral("name"), J::string(t.name));
    o.add(QStringLiteral("category"), J::string(t.category));
    o.add(QStringLiteral("has_cap"), J::boolean(t.hasCap));
    o.add(QStringLiteral("description"), J::string(t.description));
    return o;
}

J regimeJson(const Regime &g)
{
    J o = J::object();
    o.add(QStringLiteral("code"), J::string(g.code));
    o.add(QStringLiteral("name"), J::string(g.name));
    o.add(QStringLiteral("state"), J::string(g.stateCode));
    o.add(QStringLiteral("established_by"), J::stringOrNull(g.establishedBy));
    o.add(QStringLiteral("un_list_type"), J::stringOrNull(g.unListType));
    o.add(QStringLiteral("source"), J::stringOrNull(g.source));
    return o;
}

J triggerJson(const TriggerEvent &e)
{
    J o = J::object();
    o.add(QStringLiteral("state"), J::string(e.stateCode));
    o.add(QStringLiteral("date"), dateOrNull(e.date));
    o.add(QStringLiteral("local_date"), dateOrNull(e.localDate));
    o.add(QStringLiteral("kind"), J::string(toCode(e.kind)));
    o.add(QStringLiteral("description"), J::string(e.description));
    o.add(QStringLiteral("source"), J::string(e.source));
    o.add(QStringLiteral("note"), J::stringOrNull(e.note));
    return o;
}

J measureJson(const Measure &m)
{
    J o = J::object();
    o.add(QStringLiteral("type"), J::string(m.typeCode));
    o.add(QStringLiteral("action"), J::string(toCode(m.action)));
    o.add(QStringLiteral("state"), J::string(m.stateCode));
    o.add(QStringLiteral("description"), J::string(m.description));
    o.add(QStringLiteral("paragraph"), J::stringOrNull(m.paragraph));
    // Only where entered, so a dataset without them exports as it did before each text existed.
    for (const MeasureText &t : measureTexts()) {
        if (!(m.*(t.member)).isEmpty())
            o.add(QLatin1String(t.column), J::string(m.*(t.member)));
    }
    if (m.cap) {
        o.add(QStringLiteral("cap"), J::object()
                                         .add(QStringLiteral("value"), J::number(m.cap->value))
                                         .add(QStringLiteral("unit"), J::string(m.cap->unit))
                                         .add(QStringLiteral("period"), J::stringOrNull(m.cap->period)));
    } else {
        o.add(QStringLiteral("cap"), J());
    }
    o.add(QStringLiteral("effective_from"), dateOrNull(m.effectiveFrom));
    o.add(QStringLiteral("effective_to"), dateOrNull(m.effectiveTo));
    if (m.changes) {
        o.add(QStringLiteral("changes"), J::object()
                                             .add(QStringLiteral("resolution"), J::string(m.changes->resolution))
                                             .add(QStringLiteral("type"), J::string(m.changes->type))
                                             .add(QStringLiteral("paragraph"), J::stringOrNull(m.changes->paragraph)));
    } else {
        o.add(QStringLiteral("changes"), J());
    }
    o.add(QStringLiteral("source"), J::string(m.source));
    o.add(QStringLiteral("note"), J::stringOrNull(m.note));
    // Only where a status is contested, so records without one read as they did in format 1.
    if (!m.disputes.isEmpty()) {
        J disputes = J::array();
        for (const Dispute &d : m.disputes) {
            disputes.append(J::object()
                                .add(QStringLiteral("parties"), stringArray(d.parties))
                                .add(QStringLiteral("view"), J::string(d.view))
                                .add(QStringLiteral("source"), J::string(d.source)));
        }
        o.add(QStringLiteral("disputes"), std::move(disputes));
    }
    return o;
}

J resolutionJson(const ResolutionRecord &rec)
{
    const Resolution &r = rec.resolution;
    J o = J::object();
    o.add(QStringLiteral("symbol"), J::string(r.symbol));
    o.add(QStringLiteral("number"), r.number ? J::number(*r.number) : J());
    o.add(QStringLiteral("date"), dateOrNull(r.date));
    o.add(QStringLiteral("status"), J::string(toCode(r.status)));
    o.add(QStringLiteral("kind"), J::string(toCode(r.kind)));
    o.add(QStringLiteral("regime"), J::stringOrNull(r.regimeCode));
    o.add(QStringLiteral("states"), stringArray(r.states));
    o.add(QStringLiteral("title"), J::string(r.title));
    o.add(QStringLiteral("votes"), J::object()
                                       .add(QStringLiteral("for"), J::number(r.votes.inFavour))
                                       .add(QStringLiteral("against"), J::number(r.votes.against))
                                       .add(QStringLiteral("abstain"), J::number(r.votes.abstaining)));
    o.add(QStringLiteral("vetoed_by"), stringArray(r.vetoedBy));
    o.add(QStringLiteral("chapter_vii"), r.chapterVii ? J::boolean(*r.chapterVii) : J());
    o.add(QStringLiteral("summary"), J::string(r.summary));
    o.add(QStringLiteral("sources"), stringArray(r.sources));
    o.add(QStringLiteral("note"), J::stringOrNull(r.note));
    J triggers = J::array();
    for (const TriggerEvent &e : rec.triggers)
        triggers.append(triggerJson(e));
    o.add(QStringLiteral("triggers"), std::move(triggers));
    J measures = J::array();
    for (const Measure &m : rec.measures)
        measures.append(measureJson(m));
    o.add(QStringLiteral("measures"), std::move(measures));
    return o;
}

J designationJson(const Designation &d)
{
    J o = J::object();
    o.add(QStringLiteral("reference_number"), J::string(d.referenceNumber));
    o.add(QStringLiteral("kind"), J::string(toCode(d.kind)));
    o.add(QStringLiteral("name"), J::string(d.name));
    o.add(QStringLiteral("listed_on"), dateOrNull(d.listedOn));
    o.add(QStringLiteral("regime"), J::stringOrNull(d.regimeCode));
    o.add(QStringLiteral("state"), J::stringOrNull(d.stateCode));
    o.add(QStringLiteral("resolution"), J::stringOrNull(d.resolution));
    o.add(QStringLiteral("un_list_type"), J::stringOrNull(d.listType));
    o.add(QStringLiteral("delisted_on"), dateOrNull(d.delistedOn));
    return o;
}

J actJson(const Act &a)
{
    J o = J::object();
    o.add(QStringLiteral("kind"), J::string(toCode(a.kind)));
    o.add(QStringLiteral("date"), dateOrNull(a.date));
    o.add(QStringLiteral("symbol"), J::stringOrNull(a.symbol));
    o.add(QStringLiteral("title"), J::string(a.title));
    o.add(QStringLiteral("regime"), J::stringOrNull(a.regimeCode));
    o.add(QStringLiteral("summary"), J::string(a.summary));
    o.add(QStringLiteral("source"), J::string(a.source));
    o.add(QStringLiteral("source_note"), J::stringOrNull(a.sourceNote));
    return o;
}

template <typename T, typename F>
J arrayOf(const QList<T> &items, F toJson)
{
    J a = J::array();
    for (const T &item : items)
        a.append(toJson(item));
    return a;
}

} // namespace

QByteArray writeDatasetJson(const Dataset &d)
{
    J root = J::object();
    root.add(QStringLiteral("format"), J::string(QStringLiteral("sanctions-tracker")));
    root.add(QStringLiteral("format_version"), J::number(kFormatVersion));
    root.add(QStringLiteral("states"), arrayOf(d.states, stateJson));
    root.add(QStringLiteral("measure_types"), arrayOf(d.measureTypes, measureTypeJson));
    root.add(QStringLiteral("regimes"), arrayOf(d.regimes, regimeJson));
    root.add(QStringLiteral("resolutions"), arrayOf(d.resolutions, resolutionJson));
    root.add(QStringLiteral("designations"), arrayOf(d.designations, designationJson));
    // Only when there are any, so a database without them exports byte for byte as before.
    if (!d.acts.isEmpty())
        root.add(QStringLiteral("acts"), arrayOf(d.acts, actJson));
    return root.serialize();
}

} // namespace st
