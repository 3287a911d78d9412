#pragma once

#include "editing/FormData.h"

#include <QString>
#include <QVariant>

namespace st {

// Names for the references an audit row stores as ids, so the History reads "Resolution: S/RES/2397
// (2017)" rather than "resolution_id: 18". Built from the same catalogue the forms use.
class AuditValueNames {
public:
    AuditValueNames() = default;
    explicit AuditValueNames(FormCatalog catalog) : m_catalog(std::move(catalog)) {}

    // "Resolution" for resolution_id, "Measure type" for type_id; other fields as they are.
    [[nodiscard]] static QString fieldName(const QString &field);
    // The referenced record's name for an id field; other values as text; empty for no value.
    [[nodiscard]] QString valueText(const QString &field, const QVariant &value) const;

private:
    FormCatalog m_catalog;
};

} // namespace st
