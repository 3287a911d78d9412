#pragma once

#include <QHash>
#include <QLatin1String>
#include <QString>
#include <QStringList>

namespace st {

// The report's look, kept once: as the <style> sheet of the HTML file a browser opens, or as the style
// each element carries itself in the documents the print path lays out (ReportHtmlOptions::styleSheet
// false). Qt matches every rule of a sheet against every element and each of its ancestors (for the
// background colour it inherits), which was half the instructions of parsing a long report; an
// element's own style is read once. Both come from the same rules, in the order the cascade gives
// them, so a page looks the same either way (tst_report_pdf compares the two pixel for pixel).
class ReportStyle {
public:

    // `inlineStyle`: each element carries its style; else the sheet holds it. The font families go
    // first choice first.
    ReportStyle(bool inlineStyle, QStringList bodyFonts, QStringList monoFonts);

    [[nodiscard]] bool isInline() const { return m_inline; }
    // The <style> sheet's rules.
    [[nodiscard]] QString sheet() const;
    // The attributes that style `element` of class `cls` (empty: its own rules only), with a leading
    // space, to write in its opening tag: ` class="cls"` (not where the class stands for an ancestor's,
    // as for the cells of "table.stamp"), and inline also ` style="..."` with every declaration that
    // applies. The body's rule is not written inline: the
    // print path gives the document that font and its painter that colour (ReportPages).
    [[nodiscard]] QString attributes(QLatin1String element, QLatin1String cls = {}) const;
    // A run of text in class `cls` of <span>; inline, a class that only sets a colour becomes
    // <font color="...">, which Qt reads without a CSS parser.
    [[nodiscard]] QString span(QLatin1String cls, const QString &innerHtml) const;

private:
    QString inlineDeclarations(QLatin1String element, QLatin1String cls) const;

    bool m_inline;
    QStringList m_bodyFonts;
    QStringList m_monoFonts;
    // By "element.class" (and "font.class": a span's colour), made on first use.
    mutable QHash<QString, QString> m_attributes;
};

} // namespace st
