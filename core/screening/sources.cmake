# Name screening against the imported UN Consolidated List (docs/screening.md): normalisation and
# transliteration (ICU), similarity, the index, the query and result files.
find_package(PkgConfig REQUIRED)
pkg_check_modules(ST_ICU REQUIRED IMPORTED_TARGET icu-uc icu-i18n)
target_link_libraries(st_core PRIVATE PkgConfig::ST_ICU)
target_sources(st_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/NameVocabulary.h ${CMAKE_CURRENT_LIST_DIR}/NameVocabulary.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Transliteration.h ${CMAKE_CURRENT_LIST_DIR}/Transliteration.cpp
    ${CMAKE_CURRENT_LIST_DIR}/NameNormaliser.h ${CMAKE_CURRENT_LIST_DIR}/NameNormaliser.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Similarity.h ${CMAKE_CURRENT_LIST_DIR}/Similarity.cpp
    ${CMAKE_CURRENT_LIST_DIR}/NameComparison.h ${CMAKE_CURRENT_LIST_DIR}/NameComparison.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ScreeningTarget.h ${CMAKE_CURRENT_LIST_DIR}/ScreeningTarget.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ScreeningExplanation.h ${CMAKE_CURRENT_LIST_DIR}/ScreeningExplanation.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ScreeningIndex.h ${CMAKE_CURRENT_LIST_DIR}/ScreeningIndex.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ScreeningFiles.h ${CMAKE_CURRENT_LIST_DIR}/ScreeningFiles.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ScreeningEvaluation.h ${CMAKE_CURRENT_LIST_DIR}/ScreeningEvaluation.cpp
)
# The romanisation variants, honorifics, company suffixes and country spellings are data, compiled in.
qt_add_resources(st_core "screening_data"
    PREFIX "/screening"
    BASE "${CMAKE_CURRENT_LIST_DIR}/data"
    FILES
        "${CMAKE_CURRENT_LIST_DIR}/data/korean-romanisation.txt"
        "${CMAKE_CURRENT_LIST_DIR}/data/name-words.txt"
        "${CMAKE_CURRENT_LIST_DIR}/data/countries.txt")
