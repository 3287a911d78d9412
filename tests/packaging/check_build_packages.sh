#!/usr/bin/env bash
# Fails when the build uses a Debian package that scripts/lib.sh would not install on a bare machine.
#
# Usage: check_build_packages.sh BUILD_DIR PACKAGE_LIST_SCRIPT [--without PACKAGE]
#
# The build's packages are found from what it really used: every CMake package directory
# (*_DIR entries in CMakeCache.txt) and every shared library the app and the tests link (ldd), each
# mapped to the Debian package that owns it (dpkg -S). What a bare machine gets is the closure of
# hard dependencies (Depends and Pre-Depends; recommends are not installed, as lib.sh uses
# --no-install-recommends) of PACKAGES in lib.sh. A package of the first set outside the second is
# one a fresh machine lacks, as libqt6opengl6-dev once was. --without drops a package from lib.sh's
# list, so a test can prove that this check fails when a needed package is left out.
set -euo pipefail

build="$1"
list_script="$2"
shift 2

# lib.sh defines PACKAGES and functions only; sourcing it installs nothing.
# shellcheck source=/dev/null
source "$list_script"
if [ "${1:-}" = "--without" ]; then
    dropped="$2"
    kept=()
    for p in "${PACKAGES[@]}"; do [ "$p" = "$dropped" ] || kept+=("$p"); done
    PACKAGES=("${kept[@]}")
fi

cache="$build/CMakeCache.txt"
[ -f "$cache" ] || { echo "no CMakeCache.txt in $build: configure first" >&2; exit 2; }

# Files the build used: one config file per CMake package directory (a directory can be shared by
# several packages, a config file cannot), then the libraries of every built program.
used_files=()
while IFS='=' read -r key dir; do
    [ -d "$dir" ] || continue
    name="${key%_DIR}"
    config=""
    for candidate in "$dir/${name}Config.cmake" "$dir/$(echo "$name" | tr '[:upper:]' '[:lower:]')-config.cmake"; do
        if [ -f "$candidate" ]; then config="$candidate"; break; fi
    done
    [ -n "$config" ] && used_files+=("$(realpath "$config")")
done < <(grep -E '^[A-Za-z0-9_]+_DIR:PATH=' "$cache" | sed 's/:PATH=/=/')

programs=()
while IFS= read -r -d '' f; do
    if head -c 4 "$f" | grep -q 'ELF'; then programs+=("$f"); fi
done < <(find "$build" -type f -perm -u+x \( -name 'sanctions-tracker' -o -name 'tst_*' -o -name 'bench_*' \) -print0)
[ "${#programs[@]}" -gt 0 ] || { echo "no built programs under $build: build first" >&2; exit 2; }

while IFS= read -r lib; do
    used_files+=("$(realpath "$lib")")
done < <(for p in "${programs[@]}"; do ldd "$p"; done | awk '$2 == "=>" && $3 ~ /^\// {print $3}' | sort -u)

# Owner packages, in one dpkg -S call (one call per file takes minutes on a busy machine). With
# merged /usr a library may be registered under /lib or /usr/lib: each file is asked under both.
declare -A used=()
declare -A found=()
queries=()
for f in "${used_files[@]}"; do queries+=("$f" "${f#/usr}"); done
while IFS= read -r line; do
    owners="${line%%: /*}"
    path="/${line#*: /}"
    found["$path"]=1
    found["/usr$path"]=1
    for pkg in ${owners//,/ }; do used["${pkg%%:*}"]="$path"; done
done < <(dpkg -S "${queries[@]}" 2>/dev/null || true)
for f in "${used_files[@]}"; do
    [ -n "${found[$f]:-}" ] || used["?unowned"]="$f"
done

# Hard-dependency closure of the install list (virtual packages resolve to their providers, which
# apt-cache prints as top-level entries too).
declare -A closure=()
while IFS= read -r pkg; do
    closure["${pkg%%:*}"]=1
done < <(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks \
             --no-replaces --no-enhances "${PACKAGES[@]}" 2>/dev/null | grep -v '^ ' | grep -v '^<')
for p in "${PACKAGES[@]}"; do closure["$p"]=1; done

# Essential packages are on every Debian system, bare ones included.
while IFS= read -r pkg; do closure["$pkg"]=1; done < <(dpkg-query -W -f='${Essential} ${Package}\n' | awk '$1 == "yes" {print $2}')

missing=()
for pkg in "${!used[@]}"; do
    if [ -z "${closure[$pkg]:-}" ]; then missing+=("$pkg (for ${used[$pkg]})"); fi
done

echo "checked ${#used_files[@]} files from ${#programs[@]} programs and the CMake cache: ${#used[@]} packages used, ${#closure[@]} in the install closure"
if [ "${#missing[@]}" -gt 0 ]; then
    echo "packages the build uses that scripts/lib.sh does not install (add them to PACKAGES):"
    printf '  %s\n' "${missing[@]}" | sort
    exit 1
fi
echo "every package the build uses is installed by scripts/lib.sh"
