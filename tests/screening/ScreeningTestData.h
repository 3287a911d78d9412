#pragma once

// The real UN list of 26 September 2024 (tests/data/designations) as screening targets, read once per
// test executable: reading the 2 MB file takes longer than the screening tests themselves.
#include "screening/ScreeningIndex.h"
#include "designations/UnListReader.h"

#include <QTest>

namespace st::test {

inline QString realListPath()
{
    return QStringLiteral(ST_TEST_DATA_DIR "/designations/un-consolidated-list-2024-09-26.xml");
}

inline QString screeningData(const QString &name)
{
    return QStringLiteral(ST_TEST_DATA_DIR "/screening/") + name;
}

inline const QList<ScreeningTarget> &realListTargets()
{
    static const QList<ScreeningTarget> targets = [] {
        auto list = readUnListFile(realListPath());
        if (!list)
            qFatal("cannot read the real UN list: %s", qPrintable(list.error().fullText()));
        QList<ScreeningTarget> out;
        for (const UnListRecord &r : list.value().records)
            out.append(screeningTargetFrom(r));
        return out;
    }();
    return targets;
}

inline const ScreeningIndex &realListIndex()
{
    static const ScreeningIndex index(realListTargets());
    return index;
}

// The reference number of the best candidate for `name`; empty when none.
inline QString bestReference(const QString &name, int birthYear = 0, const QString &country = {})
{
    const auto found = realListIndex().screen({1, name, birthYear, country});
    return found.isEmpty() ? QString() : realListIndex().targets()[found.first().target].referenceNumber;
}

} // namespace st::test
