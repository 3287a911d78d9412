# Summary reports: content computed from the database, and its HTML (no screen needed).
target_sources(st_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ReportContent.h
    ${CMAKE_CURRENT_LIST_DIR}/ReportBuilder.h ${CMAKE_CURRENT_LIST_DIR}/ReportBuilder.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ReportMeasures.h ${CMAKE_CURRENT_LIST_DIR}/ReportMeasures.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ReportChecksum.h ${CMAKE_CURRENT_LIST_DIR}/ReportChecksum.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ReportSources.h ${CMAKE_CURRENT_LIST_DIR}/ReportSources.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ReportStyle.h ${CMAKE_CURRENT_LIST_DIR}/ReportStyle.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ReportHtml.h ${CMAKE_CURRENT_LIST_DIR}/ReportHtml.cpp
)
