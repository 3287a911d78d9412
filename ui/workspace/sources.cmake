# Analyst workspace (docs/workspace.md): the state and search bar, the browser pages, the detail pane
# and the Workspace that wires them to one selection. Charts live in ui/charts.
target_sources(st_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/BrowserTable.h ${CMAKE_CURRENT_LIST_DIR}/BrowserTable.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DateFilterEdit.h ${CMAKE_CURRENT_LIST_DIR}/DateFilterEdit.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TimelineLoader.h ${CMAKE_CURRENT_LIST_DIR}/TimelineLoader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DetailPane.h ${CMAKE_CURRENT_LIST_DIR}/DetailPane.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ResolutionTablePage.h ${CMAKE_CURRENT_LIST_DIR}/ResolutionTablePage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MeasuresPage.h ${CMAKE_CURRENT_LIST_DIR}/MeasuresPage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/WorkspaceBar.h ${CMAKE_CURRENT_LIST_DIR}/WorkspaceBar.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Workspace.h ${CMAKE_CURRENT_LIST_DIR}/Workspace.cpp
)
