# UN Security Council Consolidated List import, reconciliation and CSV export.
# target_sources(st_ui PRIVATE ${CMAKE_CURRENT_LIST_DIR}/File.h ${CMAKE_CURRENT_LIST_DIR}/File.cpp)
