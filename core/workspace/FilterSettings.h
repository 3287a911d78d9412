#pragma once

#include "storage/BrowserRepository.h"

#include <QVariantMap>

namespace st {

// The workspace's filters as plain maps, for QSettings: what an analyst set last time comes back.
// Unknown or damaged values read back as "no filter", never as an error.
QVariantMap toVariantMap(const ResolutionFilter &filter);
ResolutionFilter resolutionFilterFrom(const QVariantMap &map);
QVariantMap toVariantMap(const MeasureFilter &filter, const QDate &inForceOn);
MeasureFilter measureFilterFrom(const QVariantMap &map, QDate *inForceOn = nullptr);

} // namespace st
