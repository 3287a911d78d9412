# Small pieces every feature of the UI shares (icons, docks built on first use, grabs).
target_sources(st_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AppIcons.h ${CMAKE_CURRENT_LIST_DIR}/AppIcons.cpp
    ${CMAKE_CURRENT_LIST_DIR}/EditorsOnly.h ${CMAKE_CURRENT_LIST_DIR}/EditorsOnly.cpp
    ${CMAKE_CURRENT_LIST_DIR}/LazyDockPage.h ${CMAKE_CURRENT_LIST_DIR}/LazyDockPage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PngEncoding.h ${CMAKE_CURRENT_LIST_DIR}/PngEncoding.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SettledGrab.h ${CMAKE_CURRENT_LIST_DIR}/SettledGrab.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ShortcutHints.h ${CMAKE_CURRENT_LIST_DIR}/ShortcutHints.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TypedDateEdit.h ${CMAKE_CURRENT_LIST_DIR}/TypedDateEdit.cpp
)

# Bundled icons: the application icon and the action icons (freedesktop names) that the app falls
# back to when the desktop has no icon theme. Each action icon also gets a dark-palette variant,
# made here from the same SVG by swapping the stroke colour, so there is one drawing to maintain.
set(_icons_dir "${PROJECT_SOURCE_DIR}/resources/icons")
file(GLOB _action_icons RELATIVE "${_icons_dir}/actions" CONFIGURE_DEPENDS "${_icons_dir}/actions/*.svg")
set(_icon_files "")
foreach(_icon IN LISTS _action_icons)
    list(APPEND _icon_files "actions/${_icon}")
    file(READ "${_icons_dir}/actions/${_icon}" _svg)
    string(REPLACE "#4a5568" "#d5dbe3" _svg "${_svg}")
    string(REPLACE "#2b6cb0" "#7fb3ea" _svg "${_svg}")
    file(WRITE "${CMAKE_CURRENT_BINARY_DIR}/icons/actions-dark/${_icon}" "${_svg}")
    set_source_files_properties("${CMAKE_CURRENT_BINARY_DIR}/icons/actions-dark/${_icon}"
        PROPERTIES QT_RESOURCE_ALIAS "actions-dark/${_icon}")
    list(APPEND _dark_icon_files "${CMAKE_CURRENT_BINARY_DIR}/icons/actions-dark/${_icon}")
endforeach()
# The window icon is the drawing; the PNG sizes are for the desktop's icon theme (cmake/Install.cmake).
list(APPEND _icon_files "app/sanctions-tracker.svg")
list(TRANSFORM _icon_files PREPEND "${_icons_dir}/")
qt_add_resources(st_ui "bundled_icons" PREFIX "/icons" BASE "${_icons_dir}" FILES ${_icon_files})
qt_add_resources(st_ui "bundled_dark_icons" PREFIX "/icons" FILES ${_dark_icon_files})
