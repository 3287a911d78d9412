# A Debian package through CPack: `cmake --preset package && cmake --build --preset package &&
# cpack --preset package`. It packs what cmake/Install.cmake installs, under /usr.
set(CPACK_PACKAGE_NAME "sanctions-tracker")
set(CPACK_PACKAGE_VENDOR "The Sanctions Tracker developers")
set(CPACK_PACKAGE_CONTACT "The Sanctions Tracker developers <maintainers@sanctionstracker.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "follow UN Security Council sanctions, offline")
set(CPACK_PACKAGE_DESCRIPTION
    "Sanctions Tracker is a desktop tool for analysts who follow United Nations Security Council
sanctions: a timeline of the resolutions and the events that triggered them, caps over time, a
browser of resolutions and measures with full-text search and \"in force on\", validated forms with
undo, the import of the UN Security Council Consolidated List, and summary reports as PDF or HTML.
It ships a sourced dataset of every UN sanctions round on North Korea since 2006.")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://sanctionstracker.org/")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_GENERATOR "DEB")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
# Runtime dependencies from the ELF file itself (dpkg-shlibdeps), not a hand-kept list...
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# ...plus the Qt plugins the app loads at run time, which no linker records: the QSQLITE driver (the
# database) and the SVG icon engine (the bundled icons).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6")
# qt6-translations-l10n: Qt's own French (standard buttons, file dialogs) under --lang fr. fonts-noto-cjk:
# the UN list's names in Korean, Chinese and Japanese script (the 1718 list's originals are Korean), which a
# desktop without a CJK font draws as empty boxes.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "hicolor-icon-theme, shared-mime-info, desktop-file-utils, qt6-translations-l10n, fonts-noto-cjk")
set(CPACK_SOURCE_IGNORE_FILES "/build/;/\\\\.git/")
include(CPack)
