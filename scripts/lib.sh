#!/usr/bin/env bash
# Shared by run.sh and test.sh: install what is missing, then configure and build one preset.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# Debian 12 packages the build, the app and the test suite need, installed without their
# recommends: a package used only through a recommend is missing on a bare machine, which the
# `packaging_build_packages` test catches. libqt6sql6-sqlite carries the QSQLITE driver, which
# qt6-base-dev does not pull in; Qt6Charts' CMake package needs libqt6opengl6-dev, which qt6-base-dev
# only recommends. help2man writes the man page; dpkg-dev and file let CPack compute the .deb's
# dependencies; desktop-file-utils and appstream validate the desktop entry and the metainfo.
# qt6-tools-dev and qt6-l10n-tools (lupdate, lrelease) build the translations; qt6-translations-l10n
# carries Qt's own French (standard buttons and dialogs). clang and libclang-rt-14-dev (libFuzzer and
# clang's sanitizer runtimes, only recommended by clang) build the fuzz targets (scripts/fuzz.sh).
# postgresql (15, with unaccent) and libqt6sql6-psql (Qt's QPSQL driver) serve the team database and
# the tests labelled postgres, which test.sh runs against a throwaway cluster (scripts/postgres.sh).
# lld links the hundred test programs about four times faster than GNU ld (cmake/Linker.cmake).
PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite libqt6svg6 qt6-svg-dev libgl-dev
    xvfb xauth poppler-utils sqlite3 libsqlite3-dev
    help2man dpkg-dev file desktop-file-utils appstream
    qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    libicu-dev
    clang libclang-rt-14-dev lld
    postgresql libqt6sql6-psql
)

missing_packages() {
    local p
    for p in "${PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
            echo "$p"
        fi
    done
}

ensure_packages() {
    local missing
    missing=$(missing_packages)
    [ -z "$missing" ] && return 0
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then sudo=(sudo); fi
    echo "Installing missing packages: $(echo $missing)"
    "${sudo[@]}" apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends $missing
}

# build_preset BUILD_PRESET [CONFIGURE_PRESET]: the configure preset is the build preset's namesake
# unless given (the fuzz build preset builds only the fuzz targets of the asan configuration).
build_preset() {
    local preset="$1" configure="${2:-$1}"
    cd "$ROOT"
    # Always configure: cheap when nothing changed, and it applies a preset's changed cache variables
    # (the dev preset moved from Debug to RelWithDebInfo) to an existing build folder.
    cmake --preset "$configure" >/dev/null
    cmake --build --preset "$preset" --parallel "$(nproc)"
}
