#pragma once

namespace st {

// Tunes the C library's allocator for this program, before it allocates much: see Allocator.cpp. Called
// first thing by the app and by the benchmarks that measure it in process; harmless to call again.
void keepFreedMemoryForReuse();

} // namespace st
