#pragma once

#include "domain/Entities.h"
#include "common/Sha256.h"
#include "storage/DesignationRepository.h"

namespace st {

// SHA-256 over the records a report read, in a canonical text form: two reports with the same
// checksum were made from the same data, whatever else the database holds. Row ids are left out
// (lineage is named by symbol), so a copy of the data imported elsewhere gives the same checksum.
// Hashing what was read costs nothing extra; hashing a full export of a 20,000-resolution
// database took a minute.
class ReportChecksum {
public:
    ReportChecksum();

    void add(const SanctionedState &state);
    void add(const MeasureType &type);
    void add(const Regime &regime);
    void add(const Resolution &resolution);
    void add(const Measure &measure);
    void add(const TriggerEvent &event, const QString &resolutionSymbol);
    void add(const RegimeDesignationCount &count);
    void add(const DesignationTally &tally, const QString &resolutionSymbol);

    // The checksum, in hex; call once, after the last add().
    [[nodiscard]] QString hex();

private:
    void record(const char *kind, const QStringList &fields);
    Sha256 m_hash; // the processor's SHA instructions: Qt's SHA-256 was 28 % of the busiest report's content
};

} // namespace st
