#include "reports/ReportHtml.h"

#include "domain/Wording.h"
#include "reports/ReportStyle.h"

#include <QCoreApplication>

#include <algorithm>

namespace st {

namespace fmt = reportformat;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(st::ReportHtml) };

QString esc(const QString &text) { return text.toHtmlEscaped(); }

// Escaped, with its spaces made non-breaking: dates, figures and symbols never wrap mid-way.
QString keep(const QString &text) { return esc(text).replace(QLatin1Char(' '), QStringLiteral("&nbsp;")); }

// Between two blocks of a long table (see HtmlReport::row): where splitReportHtml() may cut. The joint is
// an empty paragraph of class "joint" (styled inline or not) on a line of its own.
const QString kJointStart = QStringLiteral("</table>\n<p class=\"joint\"");


class HtmlReport {
public:
    HtmlReport(const ReportContent &report, const ReportHtmlOptions &options)
        : r(report)
        , o(options)
        , css(!options.styleSheet, options.bodyFonts, options.monoFonts)
    {
    }

    QString render()
    {
        h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        h += QStringLiteral("<title>%1</title>\n").arg(esc(reportTitle(r)));
        if (!css.isInline())
            h += QStringLiteral("<style>\n%1</style>\n").arg(css.sheet());
        h += QStringLiteral("</head>\n<body%1>\n").arg(css.attributes("body"_L1));
        titleBlock();
        if (r.has(ReportSection::Chart))
            chart();
        if (r.has(ReportSection::Rounds))
            rounds();
        if (r.has(ReportSection::Rounds) && !r.acts.isEmpty())
            acts();
        if (r.has(ReportSection::InForce))
            inForce();
        if (r.has(ReportSection::CapHistory))
            capHistory();
        if (r.has(ReportSection::Designations) && !r.designations.isEmpty())
            designations();
        if (r.has(ReportSection::Sources))
            sources();
        h += QStringLiteral("</body>\n</html>\n");
        return h;
    }

private:
    struct Column {
        QString title;
        int widthPercent = 0;
        bool numeric = false;
    };

    // Long tables go out in blocks of kRowsPerTable rows, each its own <table> with the same column
    // widths and only the first with a header: QTextDocument lays many small tables out several
    // times faster than one of thousands of rows. The print path repeats the header on each page
    // (ReportPagination), and a browser shows the blocks as one table.
    static constexpr int kRowsPerTable = 25;

    void beginTable(const QString &cssClass, const QList<Column> &columns)
    {
        m_columns = columns;
        m_tableClass = cssClass;
        m_rowsInTable = 0;
        h += QStringLiteral("<table%1 width=\"100%\" cellspacing=\"0\">\n<thead><tr>").arg(tableAttributes(cssClass));
        for (const Column &c : columns) {
            h += QStringLiteral("<th width=\"%1%\"%2>%3</th>")
                     .arg(QString::number(c.widthPercent), css.attributes("th"_L1, c.numeric ? "num"_L1 : QLatin1String()),
                          esc(c.title));
        }
        h += QStringLiteral("</tr></thead>\n<tbody>\n");
    }

    void row(const QStringList &cells)
    {
        const bool newBlock = m_rowsInTable == kRowsPerTable;
        if (newBlock) {
            h += QStringLiteral("</tbody>\n</table>\n<p%1></p>\n").arg(css.attributes("p"_L1, "joint"_L1))
                 + QStringLiteral("<table%1 width=\"100%\" cellspacing=\"0\">\n<tbody>\n").arg(tableAttributes(m_tableClass));
            m_rowsInTable = 0;
        }
        h += QStringLiteral("<tr>");
        for (qsizetype i = 0; i < cells.size() && i < m_columns.size(); ++i) {
            const Column &c = m_columns[i];
            h += QStringLiteral("<td%1%2>%3</td>")
                     .arg(newBlock ? QStringLiteral(" width=\"%1%\"").arg(c.widthPercent) : QString(),
                          css.attributes("td"_L1, c.numeric ? "num"_L1 : QLatin1String()), cells[i]);
        }
        h += QStringLiteral("</tr>\n");
        ++m_rowsInTable;
    }

    void endTable() { h += QStringLiteral("</tbody>\n</table>\n"); }

    // A table's class names it (rounds, inforce, ...) whether or not a rule styles it.
    QString tableAttributes(const QString &cssClass) const
    {
        return QStringLiteral(" class=\"%1\"").arg(cssClass) + css.attributes("table"_L1);
    }

    // A paragraph of class `cls` (none: empty) holding `innerHtml`.
    QString paragraph(QLatin1String cls, const QString &innerHtml) const
    {
        return QStringLiteral("<p%1>%2</p>\n").arg(css.attributes("p"_L1, cls), innerHtml);
    }

    // The source numbers a row cites, as " [3, 7]".
    QString refs(const QList<int> &numbers) const
    {
        if (!r.has(ReportSection::Sources) || numbers.isEmpty())
            return {};
        return QLatin1Char(' ') + css.span("ref"_L1, esc(fmt::references(numbers)));
    }

    QString muted(const QString &innerHtml) const { return css.span("muted"_L1, innerHtml); }
    // Dark red: vetoed, superseded, contested.
    QString alert(const QString &innerHtml) const { return css.span("vetoed"_L1, innerHtml); }

    void heading(const QString &title)
    {
        h += QStringLiteral("<h2%1>%2&nbsp;&nbsp;%3</h2>\n").arg(css.attributes("h2"_L1)).arg(++section).arg(esc(title));
    }

    void stampRow(const QString &label, const QString &valueHtml)
    {
        h += QStringLiteral("<tr><th width=\"22%\"%1>%2</th><td%3>%4</td></tr>\n")
                 .arg(css.attributes("th"_L1, "stamp"_L1), esc(label), css.attributes("td"_L1, "stamp"_L1), valueHtml);
    }

    void titleBlock()
    {
        const ReportStamp &s = r.stamp;
        h += QStringLiteral("<h1%1>%2</h1>\n").arg(css.attributes("h1"_L1), esc(reportTitle(r)));
        h += paragraph("subtitle"_L1, esc(Tr::tr("Summary report, %1. Measures in force as of %2.").arg(reportPeriod(r), fmt::date(r.to))));
        h += QStringLiteral("<table%1 width=\"100%\" cellspacing=\"0\">\n").arg(tableAttributes(QStringLiteral("stamp")));
        stampRow(Tr::tr("Generated"), esc(Tr::tr("%1, %2 UTC").arg(fmt::date(s.generatedAt.date()),
                                                                  s.generatedAt.toString(QStringLiteral("HH:mm")))));
        stampRow(Tr::tr("Database"), esc(s.database));
        stampRow(Tr::tr("Data checksum"),
                 css.span("mono"_L1, esc(s.checksum)) + QStringLiteral("<br>")
                     + muted(esc(Tr::tr("SHA-256 of the records this report was made from"))));
        // Without an imported UN list, "0 designations" would read as a fact about the state.
        const QString designations = s.designationsKnown
                                         ? Tr::tr("%n designation(s) as of %1", nullptr, s.designations).arg(fmt::date(s.designationsAsOf))
                                         : Tr::tr("designations not known (no UN Consolidated List imported)");
        QStringList kinds{Tr::tr("%n sanctions round(s)", nullptr, s.sanctionsRounds),
                          Tr::tr("%n vetoed draft(s)", nullptr, s.vetoedDrafts)};
        if (s.notAdoptedDrafts > 0)
            kinds << Tr::tr("%n draft(s) not adopted for lack of nine votes", nullptr, s.notAdoptedDrafts);
        stampRow(Tr::tr("Covered"),
                 esc(Tr::tr("%1 (%2), %3, %4; %5")
                         .arg(Tr::tr("%n resolution(s) and draft(s)", nullptr, s.resolutions),
                              kinds.join(QStringLiteral(", ")), Tr::tr("%n measure(s)", nullptr, s.measures),
                              Tr::tr("%n trigger event(s)", nullptr, s.triggerEvents), designations)));
        if (s.designationsKnown && s.listImportedAt.isValid())
            stampRow(Tr::tr("UN list"), esc(listProvenance(s)));
        h += QStringLiteral("</table>\n");
    }

    // What the designation counts rest on: the list's own date, not the day the report was printed.
    static QString listProvenance(const ReportStamp &s)
    {
        const QString imported = s.listImportedAt.isValid() ? fmt::date(s.listImportedAt.date()) : Tr::tr("an unknown date");
        if (!s.listGenerated.isValid())
            return Tr::tr("UN Security Council Consolidated List without a generation date, imported on %1").arg(imported);
        return Tr::tr("UN Security Council Consolidated List generated on %1, imported on %2")
            .arg(fmt::date(s.listGenerated.date()), imported);
    }

    void chart()
    {
        heading(Tr::tr("Timeline"));
        if (o.chartSource.isEmpty()) {
            h += paragraph("muted"_L1, esc(Tr::tr("The timeline chart is not available.")));
            return;
        }
        h += paragraph("figure"_L1, QStringLiteral("<img src=\"%1\" width=\"%2\" height=\"%3\" alt=\"%4\">")
                                        .arg(esc(o.chartSource))
                                        .arg(o.chartSize.width())
                                        .arg(o.chartSize.height())
                                        .arg(esc(Tr::tr("Timeline of resolutions, trigger events and measures in force"))));
        h += paragraph("legend"_L1, esc(Tr::tr("Figure 1. Resolutions and drafts concerning %1 by date, in lanes: sanctions rounds "
                             "(circles), Panel of Experts renewals (squares), vetoed drafts (diamonds) and other "
                             "texts. Below them the trigger events (stars: nuclear tests; triangles: missile "
                             "launches; pentagons: satellite launches), each linked to the resolution it led to, "
                             "with the lag in days. The stepped line counts the measure types in force (right-hand "
                             "axis).")
                              .arg(r.stateCode)
                          + (r.timeline.acts.isEmpty()
                                 ? QString()
                                 : QLatin1Char(' ')
                                       + Tr::tr("The lane “Statements, reports” holds what is not a resolution, "
                                                "listed after the resolutions: presidential statements (dark "
                                                "circles), Committee decisions (red triangles), Panel of Experts "
                                                "reports (pale squares) and MSMT documents (brown pentagons)."))));
    }

    QString measureLine(const MeasureRecord &m)
    {
        QString text = QStringLiteral("<b>%1</b> %2").arg(esc(fmt::action(m.action)), esc(m.typeName));
        if (m.cap)
            text += QStringLiteral(": %1").arg(esc(fmt::cap(m.cap)));
        if (m.effectiveFrom.isValid())
            text += QStringLiteral(" %1").arg(esc(Tr::tr("from %1").arg(fmt::date(m.effectiveFrom))).replace(QLatin1Char(' '), QStringLiteral("&nbsp;")));
        if (m.effectiveTo.isValid())
            text += QStringLiteral(" %1").arg(esc(Tr::tr("until %1").arg(fmt::date(m.effectiveTo))).replace(QLatin1Char(' '), QStringLiteral("&nbsp;")));
        if (!m.paragraph.isEmpty())
            text += QLatin1Char(' ') + muted(QStringLiteral("(%1)").arg(esc(m.paragraph)));
        // The paragraph's own words, where entered: what a reader quotes when citing the measure.
        if (!m.legalBasis.isEmpty())
            text += QStringLiteral("<br>") + muted(QStringLiteral("<i>%1</i>").arg(esc(Tr::tr("\u201c%1\u201d").arg(m.legalBasis))));
        return text;
    }

    static QString kindLabel(const ReportRound &round)
    {
        if (round.status != ResolutionStatus::Adopted)
            return displayName(round.status); // a vetoed draft, or one not adopted for lack of votes
        switch (round.kind) {
        case ResolutionKind::Sanctions:
            return Tr::tr("Sanctions round");
        case ResolutionKind::PanelRenewal:
            return Tr::tr("Panel renewal");
        case ResolutionKind::Other:
            return Tr::tr("Other");
        }
        return {};
    }

    void rounds()
    {
        const bool anyNotAdopted = std::any_of(r.rounds.cbegin(), r.rounds.cend(), [](const ReportRound &round) {
            return round.status == ResolutionStatus::NotAdopted;
        });
        heading(anyNotAdopted ? Tr::tr("Resolutions, vetoed drafts and drafts not adopted") : Tr::tr("Resolutions and vetoed drafts"));
        if (r.rounds.isEmpty()) {
            h += paragraph("muted"_L1, esc(Tr::tr("No resolution or draft concerning %1 falls between %2 and %3.")
                                  .arg(r.stateCode, fmt::date(r.from), fmt::date(r.to))));
            return;
        }
        beginTable(QStringLiteral("rounds"), {{Tr::tr("Resolution"), 19}, {Tr::tr("Date"), 13}, {Tr::tr("Vote"), 9},
                                               {Tr::tr("Ch. VII"), 6}, {Tr::tr("Trigger (lag)"), 16},
                                               {Tr::tr("Measures introduced or changed"), 37}});
        for (const ReportRound &round : r.rounds) {
            const bool vetoed = round.status == ResolutionStatus::Vetoed;
            const bool failed = round.status != ResolutionStatus::Adopted;
            QString vote = keep(fmt::votes(round.votes));
            if (vetoed && !round.vetoedBy.isEmpty())
                vote += QStringLiteral("<br>") + alert(esc(Tr::tr("vetoed by %1").arg(round.vetoedBy.join(QStringLiteral(", ")))));
            QStringList triggers;
            for (const ReportTrigger &t : round.triggers) {
                QString when = keep(fmt::date(t.date));
                if (t.newYorkDate.isValid()) // on a line of its own: the column is narrow
                    when += QStringLiteral("<br>") + keep(Tr::tr("NY %1").arg(fmt::date(t.newYorkDate)));
                triggers << QStringLiteral("%1<br>%2").arg(esc(displayName(t.kind)),
                                                           muted(QStringLiteral("%1 &middot; %2").arg(when, keep(fmt::days(t.lagDays)))));
            }
            QStringList measures;
            for (const MeasureRecord &m : round.measures)
                measures << measureLine(m);
            if (round.designations.total() > 0)
                measures << designationLine(round.designations);
            row({QStringLiteral("<b>%1</b><br>%2%3")
                     .arg(keep(round.symbol), failed ? alert(esc(kindLabel(round))) : muted(esc(kindLabel(round))),
                          refs(round.sourceRefs)),
                 keep(fmt::date(round.date)), vote, esc(fmt::chapterVii(round.chapterVii)),
                 triggers.isEmpty() ? QStringLiteral("&mdash;") : triggers.join(QStringLiteral("<br>")),
                 measures.isEmpty() ? QStringLiteral("&mdash;") : measures.join(QStringLiteral("<br>"))});
        }
        endTable();
        h += paragraph("legend"_L1, esc(Tr::tr("Resolutions carry their New York dates. Trigger events carry the date sources cite (local and UTC), "
                             "with the New York date (NY) where it differs. Vote: in favour–against–abstaining. Ch. VII: adopted "
                             "under Chapter VII of the UN Charter (n/k: not known). Lag: days from the trigger event "
                             "to the vote, both counted as New York dates. Numbers in brackets refer to the sources at the end.")));
    }

    // "lists 16 individuals and 12 entities (UN Consolidated List; 2 since delisted)"
    QString designationLine(const DesignationTally &t) const
    {
        QString note = Tr::tr("UN Consolidated List");
        if (t.delisted > 0)
            note += Tr::tr("; %1 since delisted").arg(t.delisted);
        const QString individuals = t.individuals == 1 ? Tr::tr("1 individual")
                                                       : Tr::tr("%1 individuals").arg(fmt::number(t.individuals));
        const QString entities = t.entities == 1 ? Tr::tr("1 entity") : Tr::tr("%1 entities").arg(fmt::number(t.entities));
        return QStringLiteral("<b>%1</b> %2 %3")
            .arg(esc(Tr::tr("lists")), esc(Tr::tr("%1 and %2").arg(individuals, entities)),
                 muted(QStringLiteral("(%1)").arg(esc(note))));
    }

    static QString lineage(const QStringList &symbols)
    {
        QStringList parts;
        for (const QString &s : symbols)
            parts << keep(fmt::shortSymbol(s));
        return parts.join(QStringLiteral(" &rarr; "));
    }

    void inForce()
    {
        heading(Tr::tr("Measures in force on %1").arg(fmt::date(r.to)));
        if (r.inForce.isEmpty()) {
            h += paragraph("muted"_L1, esc(Tr::tr("No measure was in force on that day.")));
            return;
        }
        for (const ReportInForceGroup &g : r.inForce) {
            h += QStringLiteral("<h3%1>%2</h3>\n").arg(css.attributes("h3"_L1), esc(fmt::category(g.category)));
            beginTable(QStringLiteral("inforce"), {{Tr::tr("Measure"), 22}, {Tr::tr("In force since"), 13},
                                                    {Tr::tr("Last changed by"), 27}, {Tr::tr("Cap or limit"), 20},
                                                    {Tr::tr("Lineage"), 18}});
            for (const ReportInForceType &t : g.types) {
                for (const ReportInForceMeasure &m : t.measures) {
                    QString since = keep(fmt::date(m.since));
                    if (m.until.isValid())
                        since += QStringLiteral("<br>") + muted(keep(Tr::tr("until %1").arg(fmt::date(m.until))));
                    QString changedBy = QStringLiteral("%1 %2").arg(keep(m.symbol), muted(esc(m.paragraph)));
                    changedBy += QStringLiteral("<br>%1%2")
                                     .arg(muted(esc(Tr::tr("%1 on %2").arg(fmt::action(m.action), fmt::date(m.lastChangedOn)))),
                                          refs(m.sourceRefs));
                    for (qsizetype i = 0; i < m.disputes.size(); ++i) {
                        changedBy += QStringLiteral("<br>%1 %2%3")
                                         .arg(alert(esc(Tr::tr("Contested by %1:").arg(m.disputes[i].parties.join(QStringLiteral(", "))))),
                                              esc(m.disputes[i].view), refs({m.disputeRefs.value(i)}));
                    }
                    const QString limit = m.cap ? esc(fmt::cap(m.cap)) : (m.tightenedToBan ? esc(Tr::tr("full ban")) : QStringLiteral("&mdash;"));
                    QStringList chains;
                    for (const QStringList &l : m.lineages)
                        chains << lineage(l);
                    row({esc(t.typeName), since, changedBy, limit, chains.join(QStringLiteral("; "))});
                }
            }
            endTable();
        }
        h += paragraph("legend"_L1, esc(Tr::tr("One row per measure, however many resolutions shaped it. In force since: the day it "
                             "first applied, without a break since. Last changed by: the latest resolution that "
                             "introduced, expanded, tightened, relaxed or renewed it. Lineage: the resolutions it "
                             "grew from, oldest first, by number; separate chains are divided by a semicolon. "
                             "Measures of vetoed drafts never apply.")));
        const bool anyContested = std::any_of(r.inForce.cbegin(), r.inForce.cend(), [](const ReportInForceGroup &g) {
            return std::any_of(g.types.cbegin(), g.types.cend(), [](const ReportInForceType &t) {
                return std::any_of(t.measures.cbegin(), t.measures.cend(),
                                   [](const ReportInForceMeasure &m) { return !m.disputes.isEmpty(); });
            });
        });
        if (anyContested) {
            h += paragraph("legend"_L1, esc(Tr::tr("Contested: a measure listed as in force, as the UN Secretariat applies it, "
                                 "whose status the named members dispute. Both views are given with their sources; "
                                 "this report does not decide between them.")));
        }
    }

    QString period(const ReportCapStep &s)
    {
        switch (s.kind) {
        case ReportCapStep::Kind::Applied:
            if (s.step.until.isValid())
                return QStringLiteral("%1 &ndash; %2").arg(keep(fmt::date(s.step.from)), keep(fmt::date(s.step.until.addDays(-1))));
            return keep(Tr::tr("from %1").arg(fmt::date(s.step.from)));
        case ReportCapStep::Kind::SupersededBeforeEffect:
            return esc(Tr::tr("would have applied from")) + QStringLiteral(" ") + keep(fmt::date(s.step.from));
        case ReportCapStep::Kind::VetoedProposal:
            return esc(Tr::tr("proposed")) + QStringLiteral(" ") + keep(fmt::date(s.step.from));
        }
        return {};
    }

    QString status(const ReportCapStep &s)
    {
        switch (s.kind) {
        case ReportCapStep::Kind::Applied:
            if (s.step.from > r.to)
                return esc(Tr::tr("adopted, not yet in effect"));
            if (s.step.until.isNull() || s.step.until > r.to)
                return QStringLiteral("<b>%1</b>").arg(esc(Tr::tr("in force")));
            return esc(Tr::tr("applied"));
        case ReportCapStep::Kind::SupersededBeforeEffect:
            return alert(esc(s.supersededBy.isEmpty() ? Tr::tr("superseded before effect")
                                                       : Tr::tr("superseded before effect by %1").arg(s.supersededBy)));
        case ReportCapStep::Kind::VetoedProposal:
            return alert(esc(Tr::tr("vetoed draft, never in force")));
        }
        return {};
    }

    void capHistory()
    {
        heading(Tr::tr("Cap histories"));
        if (r.capHistories.isEmpty()) {
            h += paragraph("muted"_L1, esc(Tr::tr("No capped measure concerns %1.").arg(r.stateCode)));
            return;
        }
        for (const ReportCapHistory &c : r.capHistories) {
            QStringList applied;
            for (const ReportCapStep &s : c.steps) {
                const QString n = fmt::shortSymbol(s.step.symbol);
                if (s.kind == ReportCapStep::Kind::Applied && (applied.isEmpty() || applied.last() != n))
                    applied << n;
            }
            h += QStringLiteral("<h3%1>%2</h3>\n").arg(css.attributes("h3"_L1), esc(c.typeName));
            if (!applied.isEmpty()) {
                QStringList kept;
                for (const QString &a : applied)
                    kept << keep(a);
                h += paragraph("muted"_L1, QStringLiteral("%1 %2").arg(esc(Tr::tr("Applied by")), kept.join(QStringLiteral(" &rarr; "))));
            }
            beginTable(QStringLiteral("caps"), {{Tr::tr("Period"), 26}, {Tr::tr("Cap"), 24}, {Tr::tr("Resolution"), 24},
                                                 {Tr::tr("Status"), 26}});
            for (const ReportCapStep &s : c.steps) {
                row({period(s), esc(fmt::cap(s.step.value, s.step.unit, s.step.period)),
                     QStringLiteral("%1 %2%3").arg(keep(s.step.symbol), muted(esc(s.paragraph)), refs(s.sourceRefs)),
                     status(s)});
            }
            endTable();
        }
        h += paragraph("legend"_L1, esc(Tr::tr("Alternative limits (tonnes against barrels, “whichever is lower”) are in the "
                             "resolution texts. “No figure”: a ban with exemptions or a cap relative to past "
                             "deliveries.")));
    }

    void acts()
    {
        heading(Tr::tr("Statements, Committee decisions and reports"));
        beginTable(QStringLiteral("acts"), {{Tr::tr("Date"), 13}, {Tr::tr("Kind"), 22}, {Tr::tr("Document"), 65}});
        for (const ReportAct &a : r.acts) {
            QString document = a.act.symbol.isEmpty() ? esc(a.act.title)
                                                      : QStringLiteral("%1 %2").arg(keep(a.act.symbol), muted(esc(a.act.title)));
            row({keep(fmt::date(a.act.date)), esc(displayName(a.act.kind)), document + refs(a.sourceRefs)});
        }
        endTable();
        h += paragraph("legend"_L1, esc(Tr::tr("None of these is a resolution: they have no vote and impose no measure, so they "
                             "change nothing in force. The Monitoring Team (MSMT) was set up by eleven states "
                             "outside the UN.")));
    }

    void designations()
    {
        heading(Tr::tr("Designations"));
        beginTable(QStringLiteral("designations"), {{Tr::tr("Regime"), 52}, {Tr::tr("Individuals"), 16, true},
                                                     {Tr::tr("Entities"), 16, true}, {Tr::tr("Total"), 16, true}});
        for (const ReportDesignationCount &d : r.designations) {
            row({esc(d.regimeName) + refs(d.sourceRefs), fmt::number(d.individuals), fmt::number(d.entities),
                 fmt::number(d.individuals + d.entities)});
        }
        endTable();
        h += paragraph("legend"_L1, esc(designationsLegend(r.stamp)));
    }

    static QString designationsLegend(const ReportStamp &s)
    {
        if (!s.listImportedAt.isValid()) // entered by hand, no list imported
            return Tr::tr("Designations recorded in this database, listed on or before %1 and not removed by then.")
                .arg(fmt::date(s.designationsAsOf));
        const QString list = listProvenance(s);
        if (s.listGenerated.isValid() && s.designationsAsOf < s.listGenerated.date())
            return Tr::tr("Designations listed on or before %1 and not removed by then, as recorded in the %2.")
                .arg(fmt::date(s.designationsAsOf), list);
        return Tr::tr("Designations on the %1. Later listings and removals are not in this database.").arg(list);
    }

    void sources()
    {
        heading(Tr::tr("Sources"));
        if (r.sources.isEmpty()) {
            h += paragraph("muted"_L1, esc(Tr::tr("No source is cited.")));
            return;
        }
        // Paragraphs, not a list: the numbers are the ones the tables cite, and a list of thousands of
        // items is slow to load into a QTextDocument.
        for (const ReportSource &s : r.sources) {
            h += paragraph("source"_L1, QStringLiteral("[%1]&nbsp;<a href=\"%2\"%3>%2</a>")
                                            .arg(QString::number(s.number), esc(s.url), css.attributes("a"_L1)));
        }
    }

    const ReportContent &r;
    const ReportHtmlOptions &o;
    const ReportStyle css;
    QString h;
    int section = 0;
    QList<Column> m_columns;
    QString m_tableClass;
    int m_rowsInTable = 0;
};

} // namespace

QString reportTitle(const ReportContent &report)
{
    return QCoreApplication::translate("st::ReportHtml", "UN Security Council sanctions: %1").arg(report.stateLabel());
}

QString reportPeriod(const ReportContent &report)
{
    return QStringLiteral("%1 \u2013 %2").arg(fmt::date(report.from), fmt::date(report.to));
}

QString renderReportHtml(const ReportContent &report, const ReportHtmlOptions &options)
{
    return HtmlReport(report, options).render();
}

qsizetype reportBodyStart(const QString &html)
{
    const qsizetype tag = html.indexOf(QStringLiteral("<body"));
    const qsizetype end = tag < 0 ? -1 : html.indexOf(QStringLiteral(">\n"), tag);
    return end < 0 ? -1 : end + 2;
}

QStringList splitReportHtml(const QString &html, qsizetype minimumChars)
{
    const QString bodyEnd = QStringLiteral("</body>\n</html>\n");
    const qsizetype bodyAt = reportBodyStart(html);
    const qsizetype endAt = html.lastIndexOf(bodyEnd);
    if (bodyAt < 0 || endAt < bodyAt || html.size() - bodyAt < 2 * minimumChars)
        return {html};
    const QString head = html.left(bodyAt);
    const qsizetype tableEnd = QStringLiteral("</table>\n").size(); // the part before a joint keeps it
    QStringList parts;
    qsizetype from = head.size();
    while (from < endAt) {
        // The first joint at least minimumChars on that leaves at least as much for the last part.
        const qsizetype joint = html.indexOf(kJointStart, from + minimumChars);
        const bool last = joint < 0 || joint > endAt - minimumChars;
        const qsizetype to = last ? endAt : joint + tableEnd;
        parts << head + html.mid(from, to - from) + bodyEnd;
        const QString jointEnd = QStringLiteral("</p>\n");
        from = last ? endAt : html.indexOf(jointEnd, joint) + jointEnd.size();
    }
    return parts;
}

} // namespace st
