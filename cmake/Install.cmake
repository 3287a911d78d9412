# Install rules: where a Linux desktop expects each file (GNUInstallDirs, so a .deb puts them under
# /usr and `cmake --install --prefix ~/.local` works for one user). cmake/Packaging.cmake turns the
# same rules into a Debian package.
include(GNUInstallDirs)
# Debian names the documentation folder after the package, not the CMake project (GNUInstallDirs'
# CMAKE_INSTALL_DOCDIR would be share/doc/SanctionsTracker).
set(ST_INSTALL_DOCDIR "${CMAKE_INSTALL_DATADIR}/doc/sanctions-tracker")

set(_desktop_dir "${PROJECT_SOURCE_DIR}/resources/desktop")
set(_icons_dir "${PROJECT_SOURCE_DIR}/resources/icons/app")

install(TARGETS sanctions-tracker
    RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}"
    BUNDLE DESTINATION .)

install(FILES "${_desktop_dir}/${ST_APP_ID}.desktop" DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${_desktop_dir}/sanctions-tracker-mime.xml"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/mime/packages" RENAME "sanctions-tracker.xml")

install(FILES "${_icons_dir}/sanctions-tracker.svg" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
foreach(size IN ITEMS 16 22 24 32 48 64 128 256 512)
    install(FILES "${_icons_dir}/${size}x${size}/sanctions-tracker.png"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps")
endforeach()

# AppStream metainfo: its <releases> are read from CHANGELOG.md ("## [X.Y.Z] - YYYY-MM-DD" and the
# summary line under it), so the version has one home: project(VERSION) above, checked against the
# changelog here so a release cannot go out with a changelog that does not mention it.
file(STRINGS "${PROJECT_SOURCE_DIR}/CHANGELOG.md" _changelog ENCODING UTF-8)
set(ST_METAINFO_RELEASES "")
set(_newest_release "")
set(_pending_version "")
foreach(_line IN LISTS _changelog)
    if(_line MATCHES "^## \\[([0-9]+\\.[0-9]+\\.[0-9]+)\\] - ([0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9])$")
        set(_pending_version "${CMAKE_MATCH_1}")
        set(_pending_date "${CMAKE_MATCH_2}")
        if(NOT _newest_release)
            set(_newest_release "${_pending_version}")
        endif()
    elseif(_pending_version AND NOT _line STREQUAL "")
        string(REPLACE "&" "&amp;" _summary "${_line}")
        string(REPLACE "<" "&lt;" _summary "${_summary}")
        string(APPEND ST_METAINFO_RELEASES
            "    <release version=\"${_pending_version}\" date=\"${_pending_date}\">\n"
            "      <description><p>${_summary}</p></description>\n"
            "    </release>\n")
        set(_pending_version "")
    endif()
endforeach()
string(STRIP "${ST_METAINFO_RELEASES}" ST_METAINFO_RELEASES)
set(ST_METAINFO_RELEASES "    ${ST_METAINFO_RELEASES}")
if(NOT _newest_release STREQUAL PROJECT_VERSION)
    message(FATAL_ERROR "CHANGELOG.md's newest release is '${_newest_release}' but the project's version is "
                        "${PROJECT_VERSION}: add a '## [${PROJECT_VERSION}] - DATE' entry to CHANGELOG.md")
endif()
set(ST_METAINFO_FILE "${PROJECT_BINARY_DIR}/${ST_APP_ID}.metainfo.xml")
configure_file("${_desktop_dir}/${ST_APP_ID}.metainfo.xml.in" "${ST_METAINFO_FILE}" @ONLY)
install(FILES "${ST_METAINFO_FILE}" DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")

# The man page is made from --help and --version at build time (help2man), so it cannot drift from
# the options; docs/sanctions-tracker.h2m adds the sections --help does not have.
find_program(HELP2MAN help2man REQUIRED)
set(ST_MAN_PAGE "${PROJECT_BINARY_DIR}/sanctions-tracker.1")
add_custom_command(OUTPUT "${ST_MAN_PAGE}" "${ST_MAN_PAGE}.gz"
    COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=0 LANG=C.UTF-8 LANGUAGE=
            "${HELP2MAN}" --no-info --no-discard-stderr
            --name "follow UN Security Council sanctions, offline"
            --include "${PROJECT_SOURCE_DIR}/docs/sanctions-tracker.h2m"
            --output "${ST_MAN_PAGE}" "$<TARGET_FILE:sanctions-tracker>"
    COMMAND gzip -9 -n -f -k "${ST_MAN_PAGE}"
    DEPENDS sanctions-tracker "${PROJECT_SOURCE_DIR}/docs/sanctions-tracker.h2m"
    COMMENT "Writing the man page from sanctions-tracker --help"
    VERBATIM)
add_custom_target(man_page ALL DEPENDS "${ST_MAN_PAGE}.gz")
install(FILES "${ST_MAN_PAGE}.gz" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")

# The translations are embedded in the binary too; the installed copies are for translators and tools
# that look for them where Qt applications keep theirs.
install(FILES ${ST_QM_FILES} DESTINATION "${CMAKE_INSTALL_DATADIR}/sanctions-tracker/translations")

install(FILES "${PROJECT_SOURCE_DIR}/README.md" "${PROJECT_SOURCE_DIR}/CHANGELOG.md"
              "${PROJECT_SOURCE_DIR}/docs/data-licence.md"
    DESTINATION "${ST_INSTALL_DOCDIR}")
install(FILES "${PROJECT_SOURCE_DIR}/resources/packaging/copyright" DESTINATION "${ST_INSTALL_DOCDIR}")
