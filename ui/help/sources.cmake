# Help ▸ User Guide (F1): the guide ships inside the binary, so it works offline.
target_sources(st_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/UserGuide.h ${CMAKE_CURRENT_LIST_DIR}/UserGuide.cpp
)
qt_add_resources(st_ui "user_guide" PREFIX "/help" BASE "${PROJECT_SOURCE_DIR}/resources/help"
    FILES "${PROJECT_SOURCE_DIR}/resources/help/user-guide.html")
