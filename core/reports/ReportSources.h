#pragma once

#include "reports/ReportContent.h"

#include <QHash>

namespace st {

// Numbers the sources a report cites in the order they are first cited, each URL once.
class SourceRegister {
public:
    // The number of `url`, new or already given; 0 for an empty URL (nothing to cite).
    int cite(const QString &url);
    [[nodiscard]] QList<ReportSource> list() const { return m_sources; }
    // Sorted, without duplicates or zeros: how a row lists its references.
    static QList<int> normalised(QList<int> refs);

private:
    QHash<QString, int> m_numbers;
    QList<ReportSource> m_sources;
};

} // namespace st
