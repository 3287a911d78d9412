#include "reports/ReportChecksum.h"

#include "domain/MeasureTexts.h"

namespace st {

namespace {

QString text(const QDate &d) { return d.toString(Qt::ISODate); }
QString text(const std::optional<bool> &b) { return b ? QString::number(int(*b)) : QString(); }
QString text(double v) { return QString::number(v, 'g', 17); }

} // namespace

ReportChecksum::ReportChecksum()
{
    record("report-checksum", {QStringLiteral("1")}); // the form's version: change it when the form changes
}

// One line per record: its kind, then its fields, separated by control characters that cannot occur
// in the data, so no two different records serialise alike.
void ReportChecksum::record(const char *kind, const QStringList &fields)
{
    m_hash.addData(kind);
    for (const QString &f : fields) {
        m_hash.addData("\x1f");
        m_hash.addData(f.toUtf8());
    }
    m_hash.addData("\x1e");
}

void ReportChecksum::add(const SanctionedState &s) { record("state", {s.code, s.name}); }

void ReportChecksum::add(const MeasureType &t)
{
    record("measure-type", {t.code, t.name, t.category, QString::number(int(t.hasCap)), t.description});
}

void ReportChecksum::add(const Regime &g)
{
    record("regime", {g.code, g.name, g.stateCode, g.establishedBy, g.unListType, g.source});
}

void ReportChecksum::add(const Resolution &r)
{
    record("resolution", {r.symbol, r.number ? QString::number(*r.number) : QString(), text(r.date), toCode(r.status),
                          toCode(r.kind), r.regimeCode, r.states.join(QLatin1Char(' ')), r.title,
                          QString::number(r.votes.inFavour), QString::number(r.votes.against),
                          QString::number(r.votes.abstaining), r.vetoedBy.join(QLatin1Char(' ')), text(r.chapterVii),
                          r.summary, r.sources.join(QLatin1Char('\x1d')), r.note});
}

void ReportChecksum::add(const Measure &m)
{
    QStringList fields{m.resolution, QString::number(m.position), m.stateCode, m.typeCode, toCode(m.action), m.description,
                       m.paragraph, m.cap ? text(m.cap->value) : QString(), m.cap ? m.cap->unit : QString(),
                       m.cap ? m.cap->period : QString(), text(m.effectiveFrom), text(m.effectiveTo),
                       m.changes ? m.changes->resolution : QString(), m.changes ? m.changes->type : QString(),
                       m.changes ? m.changes->paragraph : QString(), m.source, m.note};
    // The report quotes them, so they count; only where entered, so a checksum over data without them
    // stays what it was before each text existed.
    for (const MeasureText &t : measureTexts()) {
        if (!(m.*(t.member)).isEmpty())
            fields << m.*(t.member);
    }
    record("measure", fields);
}

void ReportChecksum::add(const TriggerEvent &e, const QString &resolutionSymbol)
{
    record("trigger", {resolutionSymbol, e.stateCode, text(e.date), text(e.localDate), toCode(e.kind), e.description,
                       e.source, e.note});
}

void ReportChecksum::add(const RegimeDesignationCount &c)
{
    record("designations", {c.regimeCode, c.regimeName, QString::number(c.individuals), QString::number(c.entities)});
}

void ReportChecksum::add(const DesignationTally &t, const QString &resolutionSymbol)
{
    record("listed by", {resolutionSymbol, QString::number(t.individuals), QString::number(t.entities),
                         QString::number(t.delisted)});
}

QString ReportChecksum::hex() { return QString::fromLatin1(m_hash.result().toHex()); }

} // namespace st
