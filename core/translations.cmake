# Translations (docs/translations.md). lupdate reads every source of app/, ui/ and core/, so
# `cmake --build --preset dev --target update_translations` refreshes the .ts files after a change of
# text. The build turns them into .qm files, embeds them in st_core (:/i18n, so the tests have the
# English plural forms too) and cmake/Install.cmake installs them.
file(GLOB_RECURSE ST_TRANSLATED_SOURCES CONFIGURE_DEPENDS
    "${PROJECT_SOURCE_DIR}/app/*.cpp" "${PROJECT_SOURCE_DIR}/app/*.h"
    "${PROJECT_SOURCE_DIR}/ui/*.cpp" "${PROJECT_SOURCE_DIR}/ui/*.h"
    "${PROJECT_SOURCE_DIR}/core/*.cpp" "${PROJECT_SOURCE_DIR}/core/*.h")
# No line numbers in the .ts files: their diffs (and merges) stay small. The include directories of
# all three layers: with st_core's alone, lupdate cannot find the headers of ui/ and app/, loses the
# st:: namespace of their classes and files their strings under contexts the app never asks for.
qt_add_translations(st_core
    TS_FILES
        "${PROJECT_SOURCE_DIR}/resources/translations/sanctions-tracker_fr.ts"
        "${PROJECT_SOURCE_DIR}/resources/translations/sanctions-tracker_en.ts"
    SOURCES ${ST_TRANSLATED_SOURCES}
    INCLUDE_DIRECTORIES "${PROJECT_SOURCE_DIR}/core" "${PROJECT_SOURCE_DIR}/ui" "${PROJECT_SOURCE_DIR}/app"
    LUPDATE_OPTIONS -locations none -no-obsolete
    QM_FILES_OUTPUT_VARIABLE ST_QM_FILES)
qt_add_resources(st_core "translations"
    PREFIX "/i18n"
    BASE "${CMAKE_CURRENT_BINARY_DIR}"
    FILES ${ST_QM_FILES})
set(ST_QM_FILES "${ST_QM_FILES}" PARENT_SCOPE)
