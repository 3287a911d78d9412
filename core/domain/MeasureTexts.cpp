#include "domain/MeasureTexts.h"

#include <QCoreApplication>

namespace st {

namespace {

const MeasureText kTexts[] = {
    // An operative paragraph with its subparagraphs runs to a few thousand characters at most.
    {"legal_basis", &Measure::legalBasis, 4000, QT_TRANSLATE_NOOP("st::MeasureTexts", "Legal basis"),
     QT_TRANSLATE_NOOP("st::MeasureTexts", "&Legal basis:"),
     QT_TRANSLATE_NOOP("st::MeasureTexts", "Optional: the paragraph's wording, as the resolution's text gives it")},
};

QString translated(const char *text) { return QCoreApplication::translate("st::MeasureTexts", text); }

} // namespace

std::span<const MeasureText> measureTexts() { return kTexts; }

const MeasureText *measureText(QStringView column)
{
    for (const MeasureText &t : kTexts) {
        if (column == QLatin1String(t.column))
            return &t;
    }
    return nullptr;
}

QString nameOf(const MeasureText &text) { return translated(text.name); }
QString formLabelOf(const MeasureText &text) { return translated(text.formLabel); }
QString placeholderOf(const MeasureText &text) { return translated(text.placeholder); }

} // namespace st
