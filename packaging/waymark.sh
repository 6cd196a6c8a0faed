#!/usr/bin/env bash
# One entry point for a new machine: installs what is missing (apt), configures, builds, then
# either starts Waymark or runs the whole test suite.
#   bash packaging/waymark.sh run [waymark options, e.g. --database FILE]
#   bash packaging/waymark.sh test
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-run}
shift || true
build_dir=${WAYMARK_BUILD_DIR:-build}

install_packages() {
    local wanted missing=()
    mapfile -t wanted < <(grep -v '^\s*#' packaging/debian-packages.txt | grep -v '^\s*$')
    for p in "${wanted[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [[ ${#missing[@]} -eq 0 ]] && return 0
    echo "waymark: installing ${#missing[@]} missing Debian package(s): ${missing[*]}"
    local sudo=()
    [[ $(id -u) -ne 0 ]] && sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

build() {
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    cmake --build "$build_dir" --parallel "$(nproc)"
}

install_packages
build
case $mode in
    run)
        exec "$build_dir/bin/waymark" "$@"
        ;;
    test)
        export QT_QPA_PLATFORM=offscreen
        exec ctest --test-dir "$build_dir" --output-on-failure --parallel "$(nproc)" "$@"
        ;;
    build)
        ;;
    *)
        echo "usage: bash packaging/waymark.sh run|test|build" >&2
        exit 2
        ;;
esac
