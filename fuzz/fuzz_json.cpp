// The JSON interchange reader (--import, File > Import): syntax, duplicate keys, types, vocabularies,
// dates, validation and references, on bytes alone. No database: KnownRecords stays empty, so every
// reference must resolve inside the input itself.
#include "FuzzSupport.h"
#include "interchange/JsonDatasetReader.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    st::fuzz::startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto dataset = st::readDatasetJson(st::fuzz::bytesOf(data, size));
    // A refusal must say something: an empty message would leave the user with no clue.
    if (!dataset && dataset.error().message.isEmpty())
        abort();
    return 0;
}
