# UN Security Council Consolidated List: the import dialog (review before apply), the Designations dock
# and File ▸ Export CSV… (docs/un-list-import.md).
target_sources(st_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/DesignationsPage.h ${CMAKE_CURRENT_LIST_DIR}/DesignationsPage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ReconciliationView.h ${CMAKE_CURRENT_LIST_DIR}/ReconciliationView.cpp
    ${CMAKE_CURRENT_LIST_DIR}/UnListImportDialog.h ${CMAKE_CURRENT_LIST_DIR}/UnListImportDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/UnListFeature.h ${CMAKE_CURRENT_LIST_DIR}/UnListFeature.cpp
)
