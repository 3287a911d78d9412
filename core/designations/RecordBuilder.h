#pragma once

#include "domain/UnListRecord.h"
#include "domain/UnListTags.h"

#include <array>

namespace st {

// Assembles one record of the list from its elements' text as the reader meets them, and says what
// is wrong with it. It knows the list's fields; the reader knows the XML's structure and where in
// the file each element is, and puts the two together in its messages.
class RecordBuilder {
public:
    // A new record, whose element starts at `line` of the file.
    void start(DesignationKind kind, qint64 line);

    // An empty string, or what is wrong with the value (a sentence without position).
    QString setScalar(Tag tag, QString text);
    void addValue(DetailSection section, QString text); // a VALUE of TITLE, NATIONALITY, ...
    void startGroup(Tag group);                          // an alias, address, document, ...
    void addGroupField(Tag field, QString text);
    void finishGroup();
    void addNote(const QString &path, QString text); // an element or attribute the reader does not know

    // What is missing, empty when the record is complete; `element` is INDIVIDUAL or ENTITY.
    [[nodiscard]] QString problem(const QString &element) const;
    // "KPi.001", or where the record starts while its reference number is not known yet.
    [[nodiscard]] QString label() const;
    [[nodiscard]] const UnListRecord &record() const { return m_record; }
    UnListRecord take();

private:
    int nextItem(DetailSection section) { return m_items[std::size_t(section)]++; }

    UnListRecord m_record;
    qint64 m_line = 0;
    std::array<int, kDetailSectionCount> m_items{};
    DetailSection m_groupSection = DetailSection::Note;
    bool m_groupIsAlias = false;
    UnListAlias m_alias;
    QList<QPair<Tag, QString>> m_groupFields;
};

} // namespace st
