#pragma once

#include "domain/Dataset.h"

#include <QByteArray>

namespace st {

// Format 2 (issue 16): status "not_adopted", action "reinstates" and a measure's "disputes".
constexpr int kFormatVersion = 2;
constexpr int kOldestReadableFormatVersion = 1;

// The interchange format of docs/data-format.md: documented key order, stable record order, null for
// absent optional values. Writing the same Dataset twice gives the same bytes.
QByteArray writeDatasetJson(const Dataset &dataset);

} // namespace st
