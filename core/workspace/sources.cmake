# Analyst workspace: browser filters, full-text search, detail data.
# target_sources(st_core PRIVATE ${CMAKE_CURRENT_LIST_DIR}/File.h ${CMAKE_CURRENT_LIST_DIR}/File.cpp)
