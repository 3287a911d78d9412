# Data entry: edit operations that can be undone exactly, the rules forms check against the database,
# and the audit log as a model for the History view.
target_sources(st_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/RecordChange.h ${CMAKE_CURRENT_LIST_DIR}/RecordChange.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RecordEdits.h ${CMAKE_CURRENT_LIST_DIR}/RecordEdits.cpp
    ${CMAKE_CURRENT_LIST_DIR}/EditConflict.h ${CMAKE_CURRENT_LIST_DIR}/EditConflict.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FormChecks.h ${CMAKE_CURRENT_LIST_DIR}/FormChecks.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FormData.h ${CMAKE_CURRENT_LIST_DIR}/FormData.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DeletionImpact.h ${CMAKE_CURRENT_LIST_DIR}/DeletionImpact.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AuditLogModel.h ${CMAKE_CURRENT_LIST_DIR}/AuditLogModel.cpp
)
