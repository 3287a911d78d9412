# The team database: File > Connect to Team Database… and live updates when others save (issue 14).
target_sources(st_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ConnectDialog.h ${CMAKE_CURRENT_LIST_DIR}/ConnectDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/LiveUpdates.h ${CMAKE_CURRENT_LIST_DIR}/LiveUpdates.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TeamDatabaseFeature.h ${CMAKE_CURRENT_LIST_DIR}/TeamDatabaseFeature.cpp
)
