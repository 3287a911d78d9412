# Derived facts shared by views and reports: measures in force, cap histories, timeline series.
target_sources(st_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/InForce.h ${CMAKE_CURRENT_LIST_DIR}/InForce.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CapHistory.h ${CMAKE_CURRENT_LIST_DIR}/CapHistory.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Timeline.h ${CMAKE_CURRENT_LIST_DIR}/Timeline.cpp
)
