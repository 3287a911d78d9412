#!/usr/bin/env bash
# Builds the Debian package from a configured and built tree, unpacks it into a temporary root
# (dpkg-deb -x, no installation) and checks it as a user would meet it: its control fields, the
# files a desktop needs in their places, and the packaged binary itself running --version and a
# headless --export of the bundled dataset.
#
# Usage: check_deb.sh BUILD_DIR SOURCE_DIR EXPECTED_VERSION
set -euo pipefail

build="$1"
source_dir="$2"
version="$3"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log" >&2; fail "cpack could not build the package"; }
deb=$(find "$work/out" -maxdepth 1 -name '*.deb' | head -n 1)
[ -n "$deb" ] || fail "cpack wrote no .deb (see $work/cpack.log)"
echo "built $(basename "$deb") ($(stat -c %s "$deb") bytes)"

field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = "sanctions-tracker" ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', the project's is $version"
depends=$(field Depends)
echo "Depends: $depends"
# From dpkg-shlibdeps (the libraries the binary links), and the two plugins no linker records.
for needed in libqt6core6 libqt6gui6 libqt6widgets6 libqt6charts6 libqt6sql6 libqt6printsupport6 libc6 \
              libqt6sql6-sqlite libqt6svg6; do
    echo "$depends" | grep -Eq "(^|, )$needed( |,|$)" || fail "Depends lacks $needed"
done

root="$work/root"
dpkg-deb -x "$deb" "$root"
app_id=org.sanctionstracker.SanctionsTracker
expected_files=(
    usr/bin/sanctions-tracker
    "usr/share/applications/$app_id.desktop"
    "usr/share/metainfo/$app_id.metainfo.xml"
    usr/share/mime/packages/sanctions-tracker.xml
    usr/share/icons/hicolor/scalable/apps/sanctions-tracker.svg
    usr/share/man/man1/sanctions-tracker.1.gz
    usr/share/doc/sanctions-tracker/copyright
    usr/share/doc/sanctions-tracker/CHANGELOG.md
    usr/share/doc/sanctions-tracker/data-licence.md
    usr/share/sanctions-tracker/translations/sanctions-tracker_fr.qm
    usr/share/sanctions-tracker/translations/sanctions-tracker_en.qm
)
for size in 16 22 24 32 48 64 128 256 512; do
    expected_files+=("usr/share/icons/hicolor/${size}x${size}/apps/sanctions-tracker.png")
done
for f in "${expected_files[@]}"; do
    [ -s "$root/$f" ] || fail "the package lacks /$f"
done
# Every PNG really is of the size its folder says (a 48 px icon in the 512 folder looks blurred).
for size in 16 22 24 32 48 64 128 256 512; do
    png="$root/usr/share/icons/hicolor/${size}x${size}/apps/sanctions-tracker.png"
    dims=$(od -An -tu1 -j16 -N8 "$png" | awk '{print $3*256+$4 "x" $7*256+$8}')
    [ "$dims" = "${size}x${size}" ] || fail "$png is $dims"
done
grep -q "<release version=\"$version\"" "$root/usr/share/metainfo/$app_id.metainfo.xml" ||
    fail "the metainfo's releases do not include $version"
zcat "$root/usr/share/man/man1/sanctions-tracker.1.gz" | grep -q -- '--import-un-list' ||
    fail "the man page does not document --import-un-list"
if find "$root/usr/share/sanctions-tracker/translations" -name '*.qm' 2>/dev/null | grep -q .; then
    echo "translations: $(find "$root/usr/share/sanctions-tracker/translations" -name '*.qm' -printf '%f ')"
fi

# The packaged binary, not the build tree's: it must run from where the package puts it.
bin="$root/usr/bin/sanctions-tracker"
out=$(QT_QPA_PLATFORM=offscreen "$bin" --version)
[ "$out" = "sanctions-tracker $version" ] || fail "--version printed '$out'"
QT_QPA_PLATFORM=offscreen HOME="$work/home" "$bin" --database "$work/db.sqlite" --export "$work/export.json" ||
    fail "the packaged binary could not export"
cmp -s "$work/export.json" "$source_dir/resources/data/un-sanctions.json" ||
    fail "the packaged binary's export differs from the bundled dataset"
echo "the packaged binary printed '$out' and exported the bundled dataset byte for byte ($(stat -c %s "$work/export.json") bytes)"
