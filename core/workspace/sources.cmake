# Analyst workspace (docs/workspace.md): windowed browser models, filters and full-text search, the
# detail pane's content, chart geometry and the synthetic dataset. The workspace's SQL lives with the
# rest of the SQL in core/storage (BrowserRepository, BulkRepository); it is listed here because it
# serves this feature only.
target_sources(st_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/../storage/BrowserRepository.h ${CMAKE_CURRENT_LIST_DIR}/../storage/BrowserRepository.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../storage/BulkRepository.h ${CMAKE_CURRENT_LIST_DIR}/../storage/BulkRepository.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PageCache.h ${CMAKE_CURRENT_LIST_DIR}/RecentResults.h
    ${CMAKE_CURRENT_LIST_DIR}/WindowedTableModel.h ${CMAKE_CURRENT_LIST_DIR}/WindowedTableModel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ResolutionSelection.h ${CMAKE_CURRENT_LIST_DIR}/ResolutionSelection.cpp
    ${CMAKE_CURRENT_LIST_DIR}/WorkspaceLists.h ${CMAKE_CURRENT_LIST_DIR}/WorkspaceLists.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ResolutionBrowserModel.h ${CMAKE_CURRENT_LIST_DIR}/ResolutionBrowserModel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MeasureBrowserModel.h ${CMAKE_CURRENT_LIST_DIR}/MeasureBrowserModel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FilterSettings.h ${CMAKE_CURRENT_LIST_DIR}/FilterSettings.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ResolutionDetail.h ${CMAKE_CURRENT_LIST_DIR}/ResolutionDetail.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ChartGeometry.h ${CMAKE_CURRENT_LIST_DIR}/ChartGeometry.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SyntheticDataset.h ${CMAKE_CURRENT_LIST_DIR}/SyntheticDataset.cpp
)
