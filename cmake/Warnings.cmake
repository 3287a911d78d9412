# One interface target carries the project's warning and sanitizer flags, so every target opts in
# explicitly (target_link_libraries(... PRIVATE st_warnings)) and nothing is set globally.
add_library(st_warnings INTERFACE)
target_compile_options(st_warnings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
    -Woverloaded-virtual -Wcast-align)
if(ST_WARNINGS_AS_ERRORS)
    target_compile_options(st_warnings INTERFACE -Werror)
endif()
# GCC 12's flow analysis at -O3 reports -Wmaybe-uninitialized (and -Wnull-dereference, hence not in
# the list above) inside Qt's own container headers for std::optional<struct with QStringList>: false
# positives that debug builds, where the dev preset and CI check everything, never see.
target_compile_options(st_warnings INTERFACE $<$<AND:$<CONFIG:Release>,$<CXX_COMPILER_ID:GNU>>:-Wno-maybe-uninitialized>)
# Qt strings must say where their encoding comes from; this catches accidental char* conversions.
target_compile_definitions(st_warnings INTERFACE
    QT_NO_CAST_FROM_BYTEARRAY QT_NO_URL_CAST_FROM_STRING QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)

# Assertions in an optimised build: the dev preset is RelWithDebInfo (-O2 -g1, without -DNDEBUG) so the
# suite runs the code the way users get it -- undefined behaviour that Debug hides shows at -O2 -- while
# Q_ASSERT and assert() still fire. Qt's CMake package defines QT_NO_DEBUG for every non-Debug
# configuration; -U comes after the -D on the compiler's command line and so wins.
option(ST_ASSERTIONS "Keep Q_ASSERT and assert() on in optimised builds" OFF)
if(ST_ASSERTIONS)
    target_compile_options(st_warnings INTERFACE -UQT_NO_DEBUG -UNDEBUG)
endif()

if(ST_SANITIZE)
    target_compile_options(st_warnings INTERFACE -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
    target_link_options(st_warnings INTERFACE -fsanitize=address,undefined)
endif()

# libFuzzer's coverage hooks where the fuzz targets (fuzz/) run: the core library and the targets
# themselves (core/CMakeLists.txt, fuzz/CMakeLists.txt link st_fuzz_hooks). Not in the widgets or the
# tests, which the asan pass runs from the same build: there the hooks would only slow them down.
# Only clang has them.
option(ST_FUZZ "Build the libFuzzer targets in fuzz/ (clang; the asan preset)" OFF)
add_library(st_fuzz_hooks INTERFACE)
if(ST_FUZZ)
    target_compile_options(st_fuzz_hooks INTERFACE -fsanitize=fuzzer-no-link)
endif()

# gcov instrumentation for the coverage preset (scripts/coverage.sh turns the counters into figures).
# -O0 keeps one line of source to one block of code, so a line counts as run only when it ran.
option(ST_COVERAGE "Instrument for line and branch coverage (gcov; the coverage preset)" OFF)
if(ST_COVERAGE)
    # Atomic counters: the worker threads (escalation counts, list reading) would otherwise race on them
    # and gcov reads a negative count ("branch taken -1") that stops gcovr.
    # No exception tables: nothing in our code throws or catches but the JSON reader's own failure
    # (core/CMakeLists.txt keeps them there), yet every call that might unwind adds cleanup branches
    # (temporaries, initializer lists, half-built aggregates) that gcov's "throw" flag does not mark
    # and no test could take. Without them the branches counted are the code's own decisions.
    target_compile_options(st_warnings INTERFACE --coverage -O0 -fno-inline -fprofile-update=atomic -fno-exceptions)
    target_link_options(st_warnings INTERFACE --coverage)
endif()
