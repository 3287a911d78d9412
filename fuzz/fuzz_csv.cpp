// The two CSV readers: parseCsv() (the designations CSV read back, core/interchange/Csv) and
// readScreeningCsv() (the names file of --screen, core/screening/ScreeningFiles).
#include "FuzzSupport.h"
#include "screening/ScreeningFiles.h"
#include "interchange/Csv.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    st::fuzz::startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = st::fuzz::bytesOf(data, size);
    const auto table = st::parseCsv(bytes);
    if (table) {
        // What parses must write back to a document that parses to the same cells, apostrophes
        // aside: csvDocument() neutralises formulas, so compare only cells it leaves alone.
        const auto again = st::parseCsv(st::csvDocument(table.value()));
        if (!again || again.value().size() != table.value().size())
            abort();
    }
    const auto queries = st::readScreeningCsv(bytes);
    if (!queries && queries.error().message.isEmpty())
        abort();
    return 0;
}
