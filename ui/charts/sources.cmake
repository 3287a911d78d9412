# Qt Charts views (the only place that includes QtCharts).
# target_sources(st_ui PRIVATE ${CMAKE_CURRENT_LIST_DIR}/File.h ${CMAKE_CURRENT_LIST_DIR}/File.cpp)
