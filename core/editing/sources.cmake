# Data entry: edit operations that can be undone exactly.
# target_sources(st_core PRIVATE ${CMAKE_CURRENT_LIST_DIR}/File.h ${CMAKE_CURRENT_LIST_DIR}/File.cpp)
