#include "workspace/ResolutionDetail.h"

#include "storage/Database.h"
#include "storage/DesignationRepository.h"
#include "storage/DisputeRepository.h"
#include "storage/ReferenceData.h"
#include "storage/ResolutionRepository.h"
#include "storage/TriggerEventRepository.h"
#include "domain/Wording.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace st {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(st::ResolutionDetail) };
QString esc(const QString &text) { return text.toHtmlEscaped(); }

QString link(const QUrl &url, const QString &text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(esc(url.toString(QUrl::FullyEncoded)), esc(text));
}

QString resolutionRef(qint64 id, const QString &symbol, const QString &paragraph)
{
    return link(resolutionLink(id), paragraph.isEmpty() ? symbol : symbol + QLatin1Char(' ') + paragraph);
}

QString factLine(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><td class=\"muted\" style=\"padding-right:10px\">%1</td><td>%2</td></tr>")
        .arg(esc(label), valueHtml);
}

QString kindText(const Resolution &r)
{
    if (r.status != ResolutionStatus::Adopted)
        return displayName(r.status);
    return displayName(r.kind);
}

QString measureHtml(const MeasureRecord &m, const QList<LaterChange> &later, const QList<Dispute> &disputes)
{
    QString html = QStringLiteral("<li style=\"margin-bottom:6px\"><b>%1</b>").arg(esc(m.typeName));
    QStringList facts;
    if (!m.paragraph.isEmpty())
        facts << esc(m.paragraph);
    if (m.cap)
        facts << QStringLiteral("<span class=\"cap\">%1</span>").arg(esc(Tr::tr("cap %1").arg(capText(*m.cap))));
    if (m.effectiveFrom.isValid())
        facts << esc(Tr::tr("from %1").arg(dayText(m.effectiveFrom)));
    if (m.effectiveTo.isValid())
        facts << esc(Tr::tr("until %1").arg(dayText(m.effectiveTo)));
    if (!facts.isEmpty())
        html += QStringLiteral(" · ") + facts.join(QStringLiteral(" · "));
    html += QStringLiteral("<br/>") + esc(m.description);
    // The operative paragraph's own words, where entered, so the analyst can quote it as the source gives it.
    if (!m.legalBasis.isEmpty()) {
        html += QStringLiteral("<br/><span class=\"muted\">%1</span> <i>%2</i>")
                    .arg(esc(Tr::tr("Legal basis:")), esc(Tr::tr("\u201c%1\u201d").arg(m.legalBasis)));
    }
    QStringList lineage;
    if (m.changesId != 0 && m.changes)
        lineage << Tr::tr("Changes %1").arg(resolutionRef(m.changesResolutionId, m.changes->resolution, m.changes->paragraph));
    for (const LaterChange &c : later) {
        if (c.changedMeasureId != m.id)
            continue;
        QString ref = resolutionRef(c.resolutionId, c.symbol, c.paragraph);
        if (!c.adopted)
            ref += esc(Tr::tr(" (vetoed draft, never applied)"));
        lineage << Tr::tr("%1 by %2").arg(esc(actionName(c.action)), ref);
    }
    if (!lineage.isEmpty())
        html += QStringLiteral("<br/><span class=\"lineage\">↳ %1</span>").arg(lineage.join(QStringLiteral(" · ")));
    // Contested: each view with whose it is and its source; the app does not decide between them.
    for (const Dispute &d : disputes) {
        html += QStringLiteral("<br/><b class=\"alert\">%1</b> %2 ")
                    .arg(esc(Tr::tr("Contested by %1:").arg(d.parties.join(QStringLiteral(", ")))), esc(d.view));
        html += link(QUrl(d.source), Tr::tr("source"));
    }
    if (!m.note.isEmpty())
        html += QStringLiteral("<br/><span class=\"note\" style=\"font-size:small\">%1</span>").arg(esc(m.note));
    return html + QStringLiteral("</li>");
}

// The names the resolution put on the list. A long list is cut: the Designations view has them all.
QString designationsHtml(const QList<Designation> &designations)
{
    if (designations.isEmpty())
        return {};
    constexpr int kShown = 60;
    DesignationTally tally;
    for (const Designation &d : designations) {
        (d.kind == DesignationKind::Individual ? tally.individuals : tally.entities) += 1;
        tally.delisted += d.delistedOn.isValid() ? 1 : 0;
    }
    const Designation &first = designations.first();
    QString html = QStringLiteral("<h3>%1</h3><p style=\"margin-top:0\">%2 · %3</p><ul>")
                       .arg(esc(Tr::tr("Designations (%1)").arg(designations.size())), esc(designationTallyText(tally)),
                            link(designationsLink({first.listType, first.listedOn}), Tr::tr("show in the Designations view")));
    for (int i = 0; i < designations.size() && i < kShown; ++i) {
        const Designation &d = designations[i];
        html += QStringLiteral("<li><b>%1</b> %2 <span class=\"muted\">(%3)</span>")
                    .arg(esc(d.referenceNumber), esc(d.name),
                         esc(d.kind == DesignationKind::Individual ? Tr::tr("individual") : Tr::tr("entity")));
        if (d.delistedOn.isValid())
            html += QStringLiteral(" <span class=\"alert\">%1</span>").arg(esc(Tr::tr("delisted %1").arg(dayText(d.delistedOn))));
        html += QStringLiteral("</li>");
    }
    html += QStringLiteral("</ul>");
    if (designations.size() > kShown)
        html += QStringLiteral("<p class=\"muted\">%1</p>")
                    .arg(esc(Tr::tr("… and %1 more: see View ▸ Designations.").arg(designations.size() - kShown)));
    return html;
}

} // namespace

QUrl resolutionLink(qint64 id)
{
    QUrl url;
    url.setScheme(QStringLiteral("st-resolution"));
    url.setPath(QString::number(id));
    return url;
}

std::optional<qint64> resolutionIdFromLink(const QUrl &url)
{
    if (url.scheme() != QLatin1String("st-resolution"))
        return std::nullopt;
    bool ok = false;
    const qint64 id = url.path().toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

QUrl designationsLink(const DesignationsOfDay &which)
{
    QUrl url;
    url.setScheme(QStringLiteral("st-designations"));
    url.setPath(which.listType);
    url.setQuery(QStringLiteral("listed=") + which.day.toString(Qt::ISODate));
    return url;
}

std::optional<DesignationsOfDay> designationsFromLink(const QUrl &url)
{
    if (url.scheme() != QLatin1String("st-designations"))
        return std::nullopt;
    const QUrlQuery query(url);
    const QDate day = QDate::fromString(query.queryItemValue(QStringLiteral("listed")), Qt::ISODate);
    if (url.path().isEmpty() || !day.isValid())
        return std::nullopt;
    return DesignationsOfDay{url.path(), day};
}

Result<std::optional<ResolutionDetail>> loadResolutionDetail(const Database &db, qint64 resolutionId)
{
    const Database &conn = db;
    auto summary = ResolutionRepository(conn).summariesOf({resolutionId});
    if (!summary)
        return summary.error();
    if (summary.value().isEmpty())
        return std::optional<ResolutionDetail>();
    auto resolution = ResolutionRepository(conn).findBySymbol(summary.value().first().symbol);
    if (!resolution)
        return resolution.error();
    if (!resolution.value())
        return std::optional<ResolutionDetail>();
    auto triggers = TriggerEventRepository(conn).forResolution(resolutionId);
    if (!triggers)
        return triggers.error();
    const BrowserRepository browser(conn);
    auto measures = browser.measuresOfResolution(resolutionId);
    if (!measures)
        return measures.error();
    auto later = browser.laterChanges(resolutionId);
    if (!later)
        return later.error();
    auto states = StateRepository(conn).all();
    if (!states)
        return states.error();
    auto designations = DesignationRepository(conn).byResolution(resolutionId);
    if (!designations)
        return designations.error();

    auto disputes = DisputeRepository(conn).all();
    if (!disputes)
        return disputes.error();

    ResolutionDetail d{*resolution.value(), triggers.value(), measures.value(), later.value(), designations.value(), {},
                       disputes.value()};
    for (const SanctionedState &s : states.value()) {
        if (d.resolution.states.contains(s.code))
            d.stateNames.insert(s.code, s.name);
    }
    return std::optional<ResolutionDetail>(std::move(d));
}

QString resolutionDetailHtml(const ResolutionDetail &d)
{
    const Resolution &r = d.resolution;
    QString html;
    html += QStringLiteral("<h2 style=\"margin-bottom:2px\">%1</h2>").arg(esc(r.symbol));
    html += QStringLiteral("<p class=\"subtitle\" style=\"margin-top:0\"><i>%1</i></p>").arg(esc(r.title));

    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\">");
    html += factLine(statusName(r.status), esc(dayText(r.date)));
    html += factLine(Tr::tr("Kind"), esc(kindText(r)));
    QString vote = esc(Tr::tr("%1 in favour, %2 against, %3 abstaining")
                           .arg(r.votes.inFavour)
                           .arg(r.votes.against)
                           .arg(r.votes.abstaining));
    if (!r.vetoedBy.isEmpty())
        vote += QStringLiteral("<br/><b class=\"alert\">%1</b>").arg(esc(Tr::tr("Vetoed by %1").arg(r.vetoedBy.join(QStringLiteral(", ")))));
    html += factLine(Tr::tr("Vote"), vote);
    html += factLine(Tr::tr("Chapter VII"), esc(chapterViiText(r.chapterVii)));
    QStringList states;
    for (const QString &code : r.states)
        states << esc(d.stateNames.value(code, code)) + QStringLiteral(" (") + esc(code) + QLatin1Char(')');
    if (!states.isEmpty())
        html += factLine(Tr::tr("Concerns"), states.join(QStringLiteral(", ")));
    if (!r.regimeCode.isEmpty())
        html += factLine(Tr::tr("Regime"), esc(Tr::tr("%1 Committee").arg(r.regimeCode)));
    html += QStringLiteral("</table>");

    if (!r.summary.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(r.summary));

    if (!d.triggers.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(esc(Tr::tr("Triggered by")));
        for (const TriggerEvent &e : d.triggers) {
            const int lag = int(e.date.daysTo(r.date));
            const QString when = esc(eventDayText(e));
            html += QStringLiteral("<li><b>%1</b>, %2 — <b>%3</b><br/>%4")
                        .arg(esc(displayName(e.kind)), when, esc(Tr::tr("%1 before the vote").arg(lagText(lag))),
                             esc(e.description));
            if (!e.source.isEmpty())
                html += QStringLiteral(" ") + link(QUrl(e.source), Tr::tr("source"));
            html += QStringLiteral("</li>");
        }
        html += QStringLiteral("</ul>");
    }

    html += QStringLiteral("<h3>%1</h3>").arg(esc(d.measures.isEmpty() ? Tr::tr("No measures") : Tr::tr("Measures (%1)").arg(d.measures.size())));
    if (r.status == ResolutionStatus::Vetoed && !d.measures.isEmpty())
        html += QStringLiteral("<p class=\"alert\">%1</p>").arg(esc(Tr::tr("Proposed only: a vetoed draft's measures never applied.")));
    if (r.status == ResolutionStatus::NotAdopted && !d.measures.isEmpty())
        html += QStringLiteral("<p class=\"alert\">%1</p>").arg(esc(Tr::tr("Proposed only: the draft got fewer than nine votes in favour, so its measures never applied.")));
    for (const QString &code : allCodes<MeasureAction>()) {
        const MeasureAction action = *fromCode<MeasureAction>(code);
        QString items;
        int n = 0;
        for (const MeasureRecord &m : d.measures) {
            if (m.action == action) {
                items += measureHtml(m, d.laterChanges, d.disputes.value(m.id));
                ++n;
            }
        }
        if (n > 0)
            html += QStringLiteral("<h4 style=\"margin-bottom:2px\">%1 (%2)</h4><ul style=\"margin-top:2px\">%3</ul>")
                        .arg(esc(actionName(action)))
                        .arg(n)
                        .arg(items);
    }

    html += designationsHtml(d.designations);

    if (!r.sources.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(esc(Tr::tr("Sources")));
        for (const QString &url : r.sources)
            html += QStringLiteral("<li>%1</li>").arg(link(QUrl(url), url));
        html += QStringLiteral("</ul>");
    }
    if (!r.note.isEmpty())
        html += QStringLiteral("<p class=\"note\"><small>%1</small></p>").arg(esc(r.note));
    return html;
}

} // namespace st
