#pragma once

#include "domain/Entities.h"

#include <QString>

#include <span>

namespace st {

// The optional wording a measure may quote beside its facts — today its legal basis, the operative
// paragraph's own words. Every such text is stored in a column of `measures` of its own, exported under
// that name in JSON (only where entered) and CSV, held to a length, compared by name in an edit conflict,
// and edited in a text area of the measure form, always in the same way; so each is one row of this
// table, and those places read the table rather than name the field. Adding one is a row here, a member
// of Measure, a schema step for each engine, and wherever the detail pane and the report choose to quote
// it (docs/architecture.md, "Adding a field").
struct MeasureText {
    const char *column;       // column, JSON key, CSV header and validation field: "legal_basis"
    QString Measure::*member; // where a Measure keeps it
    qsizetype maxLength;      // characters
    const char *name;         // untranslated, context "st::MeasureTexts": what an edit conflict calls it
    const char *formLabel;    // untranslated, with its mnemonic: the form's row label
    const char *placeholder;  // untranslated: the form's hint for the empty field
};

// In the order the form, the JSON, the CSV and the report's data stamp give them: after the paragraph.
std::span<const MeasureText> measureTexts();

// The row for a column, or nullptr when the column is not one of a measure's texts.
const MeasureText *measureText(QStringView column);

// The translated name, form label and placeholder.
QString nameOf(const MeasureText &text);
QString formLabelOf(const MeasureText &text);
QString placeholderOf(const MeasureText &text);

} // namespace st
