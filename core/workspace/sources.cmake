# Analyst workspace (docs/workspace.md): windowed browser models, filters and full-text search, the
# detail pane's content and chart geometry. The workspace's SQL (BrowserRepository) is listed with the
# rest of the SQL in core/CMakeLists.txt.
target_sources(st_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/PageCache.h ${CMAKE_CURRENT_LIST_DIR}/RecentResults.h
    ${CMAKE_CURRENT_LIST_DIR}/SearchNarrowing.h ${CMAKE_CURRENT_LIST_DIR}/SearchNarrowing.cpp
    ${CMAKE_CURRENT_LIST_DIR}/WindowedTableModel.h ${CMAKE_CURRENT_LIST_DIR}/WindowedTableModel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ResolutionSelection.h ${CMAKE_CURRENT_LIST_DIR}/ResolutionSelection.cpp
    ${CMAKE_CURRENT_LIST_DIR}/WorkspaceLists.h ${CMAKE_CURRENT_LIST_DIR}/WorkspaceLists.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ResolutionBrowserModel.h ${CMAKE_CURRENT_LIST_DIR}/ResolutionBrowserModel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MeasureBrowserModel.h ${CMAKE_CURRENT_LIST_DIR}/MeasureBrowserModel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FilterSettings.h ${CMAKE_CURRENT_LIST_DIR}/FilterSettings.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ResolutionDetail.h ${CMAKE_CURRENT_LIST_DIR}/ResolutionDetail.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ChartGeometry.h ${CMAKE_CURRENT_LIST_DIR}/ChartGeometry.cpp
)
