# Derived facts shared by views and reports: measures in force, cap histories, timeline series.
# target_sources(st_core PRIVATE ${CMAKE_CURRENT_LIST_DIR}/File.h ${CMAKE_CURRENT_LIST_DIR}/File.cpp)
