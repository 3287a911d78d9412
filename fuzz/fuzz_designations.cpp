// The UN Consolidated List reader (--import-un-list, File > Import UN Consolidated List): XML
// syntax, the list's vocabulary, dates and the reader's bounds, on bytes alone. Records go to a
// sink that drops them, as the importer's writer would take them, so nothing is written.
#include "FuzzSupport.h"
#include "designations/UnListReader.h"

#include <QBuffer>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    st::fuzz::startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes = st::fuzz::bytesOf(data, size);
    QBuffer device(&bytes);
    device.open(QIODevice::ReadOnly);
    // Read once keeping the records and once through a sink: the two paths the app uses.
    const auto kept = st::readUnList(device);
    if (!kept && kept.error().message.isEmpty())
        abort();
    device.seek(0);
    qsizetype sunk = 0;
    const auto streamed = st::readUnList(device, {}, [&sunk](QList<st::UnListRecord> &&records) {
        sunk += records.size();
        return true;
    });
    // Both paths must agree on whether the file is acceptable and on how many records it holds.
    if (kept.ok() != streamed.ok())
        abort();
    if (kept && sunk != kept.value().records.size())
        abort();
    return 0;
}
