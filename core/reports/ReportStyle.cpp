#include "reports/ReportStyle.h"

#include <array>
#include <utility>

namespace st {

namespace {

// Print CSS for QTextDocument and browsers alike: only properties both understand, sizes in pt.
// Class rules name their elements (span.muted, not .muted): where Qt reads the sheet (an HTML file
// opened in a QTextBrowser, say), its selector indexes rules by element and tries a rule without one
// on every node.
struct Rule {
    QLatin1String selector;     // as the sheet writes it
    QLatin1String elements;     // the elements it applies to, space-separated
    QLatin1String cls;          // the class it needs; empty for an element's own rule
    bool byContext;             // selected by an ancestor's class ("table.stamp td"): the element has no class
    bool browsersOnly;          // Qt lays out without it (ReportPagination cuts the pages)
    QLatin1String declarations; // @body-fonts@ and @mono-fonts@ stand for the font families
};

using namespace Qt::Literals::StringLiterals;

const std::array kRules{
    Rule{"body"_L1, "body"_L1, {}, false, false, "font-family: @body-fonts@; font-size: 8.5pt; color: #1b1f24;"_L1},
    Rule{"h1"_L1, "h1"_L1, {}, false, false, "font-size: 16pt; color: #0f2f55; margin-top: 0; margin-bottom: 3pt;"_L1},
    Rule{"h2"_L1, "h2"_L1, {}, false, false, "font-size: 12pt; color: #0f2f55; margin-top: 14pt; margin-bottom: 5pt;"_L1},
    Rule{"h3"_L1, "h3"_L1, {}, false, false, "font-size: 9.5pt; color: #0f2f55; margin-top: 9pt; margin-bottom: 3pt;"_L1},
    Rule{"p"_L1, "p"_L1, {}, false, false, "margin-top: 0; margin-bottom: 4pt;"_L1},
    Rule{"p.subtitle"_L1, "p"_L1, "subtitle"_L1, false, false, "font-size: 10.5pt; color: #3d4a57; margin-bottom: 8pt;"_L1},
    Rule{"p.legend"_L1, "p"_L1, "legend"_L1, false, false, "font-size: 7.5pt; color: #4f5b66; margin-top: 3pt;"_L1},
    Rule{"p.figure"_L1, "p"_L1, "figure"_L1, false, false, "text-align: center; margin-top: 2pt; margin-bottom: 2pt;"_L1},
    Rule{"table"_L1, "table"_L1, {}, false, false, "width: 100%;"_L1},
    Rule{"th"_L1, "th"_L1, {}, false, false,
         "background-color: #e6ecf3; color: #0f2f55; font-weight: bold; text-align: left; vertical-align: bottom; "
         "padding: 3px 4px; border-bottom: 1px solid #8fa3b8;"_L1},
    Rule{"td"_L1, "td"_L1, {}, false, false, "vertical-align: top; padding: 3px 4px; border-bottom: 1px solid #d3dae2;"_L1},
    Rule{"table.stamp th"_L1, "th"_L1, "stamp"_L1, true, false,
         "background-color: #ffffff; color: #3d4a57; vertical-align: top; border-bottom: 1px solid #e3e8ee;"_L1},
    Rule{"table.stamp td"_L1, "td"_L1, "stamp"_L1, true, false, "border-bottom: 1px solid #e3e8ee;"_L1},
    Rule{"th.num, td.num"_L1, "th td"_L1, "num"_L1, false, false, "text-align: right;"_L1},
    Rule{"span.muted, p.muted"_L1, "span p"_L1, "muted"_L1, false, false, "color: #4f5b66;"_L1},
    Rule{"span.vetoed"_L1, "span"_L1, "vetoed"_L1, false, false, "color: #8a1c1c;"_L1},
    Rule{"span.ref"_L1, "span"_L1, "ref"_L1, false, false, "color: #1d4f91; font-size: 7pt;"_L1},
    Rule{"span.mono"_L1, "span"_L1, "mono"_L1, false, false, "font-family: @mono-fonts@; font-size: 7.5pt;"_L1},
    Rule{"a"_L1, "a"_L1, {}, false, false, "color: #1d4f91; text-decoration: none;"_L1},
    Rule{"p.joint"_L1, "p"_L1, "joint"_L1, false, false, "font-size: 1pt; margin-top: 0; margin-bottom: 0;"_L1},
    Rule{"p.source"_L1, "p"_L1, "source"_L1, false, false,
         "font-size: 7.5pt; margin-top: 0; margin-bottom: 1pt; margin-left: 2.6em; text-indent: -2.6em;"_L1},
    Rule{"tr"_L1, "tr"_L1, {}, false, true, "page-break-inside: avoid;"_L1},
};

bool appliesTo(const Rule &rule, QLatin1String element)
{
    const QString elements(rule.elements); // outlives the views split() gives
    for (const QStringView part : QStringView(elements).split(u' ')) {
        if (part == element)
            return true;
    }
    return false;
}

// A CSS font-family value: names with a space quoted, as a browser needs them; in single quotes for
// a style attribute, which is itself in double quotes.
QString cssFamilies(const QStringList &families, QChar quote)
{
    QStringList names;
    for (const QString &f : families)
        names << (f.contains(u' ') ? quote + f + quote : f);
    return names.join(u", ");
}

QString declarationsOf(const Rule &rule, const QStringList &bodyFonts, const QStringList &monoFonts, QChar quote)
{
    return QString(rule.declarations)
        .replace(u"@body-fonts@"_s, cssFamilies(bodyFonts, quote))
        .replace(u"@mono-fonts@"_s, cssFamilies(monoFonts, quote));
}

// Whether `element` says its class: always, unless the class only stands for an ancestor's (the cells
// of table.stamp have none of their own).
bool saysClass(QLatin1String element, QLatin1String cls)
{
    if (cls.isEmpty())
        return false;
    for (const Rule &rule : kRules) {
        if (rule.cls == cls && rule.byContext && appliesTo(rule, element))
            return false;
    }
    return true;
}

// The colour a class of <span> sets, when that is all it sets.
QString colourOnly(QLatin1String cls)
{
    const QString prefix = u"color: "_s;
    for (const Rule &rule : kRules) {
        const QString d(rule.declarations);
        if (rule.cls == cls && appliesTo(rule, "span"_L1) && d.startsWith(prefix) && d.count(u':') == 1)
            return d.mid(prefix.size()).chopped(1); // "#4f5b66"
    }
    return {};
}

} // namespace

ReportStyle::ReportStyle(bool inlineStyle, QStringList bodyFonts, QStringList monoFonts)
    : m_inline(inlineStyle)
    , m_bodyFonts(std::move(bodyFonts))
    , m_monoFonts(std::move(monoFonts))
{
}

QString ReportStyle::sheet() const
{
    QString sheet;
    for (const Rule &rule : kRules)
        sheet += QString(rule.selector) + u" { "_s + declarationsOf(rule, m_bodyFonts, m_monoFonts, u'"') + u" }\n"_s;
    return sheet;
}

// Every declaration that applies to `element` of class `cls`, in the cascade's order: the element's
// own rules, then those of its class (a later declaration of the same property wins, as in CSS).
QString ReportStyle::inlineDeclarations(QLatin1String element, QLatin1String cls) const
{
    QStringList out;
    for (const bool ofClass : {false, true}) {
        for (const Rule &rule : kRules) {
            if (rule.browsersOnly || ofClass == rule.cls.isEmpty()
                || (ofClass && rule.cls != cls) || !appliesTo(rule, element))
                continue;
            out << declarationsOf(rule, m_bodyFonts, m_monoFonts, u'\'');
        }
    }
    return out.join(u' ');
}

QString ReportStyle::attributes(QLatin1String element, QLatin1String cls) const
{
    const QString key = QString(element) + u'.' + QString(cls);
    if (const auto it = m_attributes.constFind(key); it != m_attributes.constEnd())
        return *it;
    QString out;
    if (saysClass(element, cls))
        out += u" class=\""_s + QString(cls) + u'"';
    if (m_inline) {
        if (const QString style = inlineDeclarations(element, cls); !style.isEmpty())
            out += u" style=\""_s + style + u'"';
    }
    return *m_attributes.insert(key, out);
}

QString ReportStyle::span(QLatin1String cls, const QString &innerHtml) const
{
    if (m_inline) {
        const QString key = u"font."_s + QString(cls);
        auto it = m_attributes.constFind(key);
        if (it == m_attributes.constEnd()) {
            const QString colour = colourOnly(cls);
            it = m_attributes.insert(key, colour.isEmpty() ? QString() : u" color=\""_s + colour + u'"');
        }
        if (!it->isEmpty())
            return u"<font"_s + *it + u'>' + innerHtml + u"</font>"_s;
    }
    return u"<span"_s + attributes("span"_L1, cls) + u'>' + innerHtml + u"</span>"_s;
}

} // namespace st
