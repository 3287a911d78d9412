#include "reports/ReportSources.h"

#include <algorithm>

namespace st {

int SourceRegister::cite(const QString &url)
{
    if (url.isEmpty())
        return 0;
    if (const auto it = m_numbers.constFind(url); it != m_numbers.constEnd())
        return *it;
    const int number = int(m_sources.size()) + 1;
    m_numbers.insert(url, number);
    m_sources.append({number, url});
    return number;
}

QList<int> SourceRegister::normalised(QList<int> refs)
{
    refs.removeAll(0);
    std::sort(refs.begin(), refs.end());
    refs.erase(std::unique(refs.begin(), refs.end()), refs.end());
    return refs;
}

} // namespace st
