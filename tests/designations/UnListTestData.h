#pragma once

// Where the UN list tests find their lists: all in tests/data/designations (see the README there). The real
// list is a copy of shared/data's, kept in the repository so the tests do not depend on where a
// checkout sits relative to shared/.
#include <QDir>
#include <QFile>
#include <QString>

namespace st::test {

inline QString realUnListPath()
{
    return QStringLiteral(ST_TEST_DATA_DIR "/designations/un-consolidated-list-2024-09-26.xml");
}

inline QString unListFixture(const QString &name)
{
    return QStringLiteral(ST_TEST_DATA_DIR "/designations/") + name;
}

// The list of 26 September 2024 cut to 11 records; the "newer" one of 15 October 2024 adds KPi.066
// and KPe.002, drops KPi.010, and changes KPi.001 (version, an alias), QDe.157 (comments) and
// TAi.173 (a second nationality).
inline QString smallList() { return unListFixture(QStringLiteral("un-list-small.xml")); }
inline QString smallListNewer() { return unListFixture(QStringLiteral("un-list-small-newer.xml")); }

} // namespace st::test
