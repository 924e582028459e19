#!/usr/bin/env bash
# Atende quick start: installs the Debian 12 packages the build needs, builds, and then either opens Atende on
# a freshly generated demo database or runs the whole test suite.
#
#   bash scripts/quickstart.sh demo [-- ATENDE_ARGS...]   build and open Atende on a new demo database
#   bash scripts/quickstart.sh test                       build and run every test
#   bash scripts/quickstart.sh deps                       only install the Debian packages
#
# Works as root on a fresh Debian 12 machine, or as a normal user with sudo (only apt-get is run with sudo).
# Idempotent: packages already installed are not installed again, and the build is incremental.
# Environment: BUILD_DIR (default build), CI=true (warnings are errors), DEMO_CUSTOMERS / DEMO_TICKETS.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
mode=${1:-}
shift || true
[ "${1:-}" = "--" ] && shift

BUILD_DIR=${BUILD_DIR:-build}

# Build and run-time packages. Everything comes from Debian 12 (bookworm). qt6-charts-dev draws the dashboard;
# its CMake package needs Qt6OpenGL's, which only libqt6opengl6-dev installs. libqt6sql6-psql is Qt's PostgreSQL
# driver (team mode).
build_packages=(
    g++ cmake ninja-build pkg-config git ca-certificates
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite libgl-dev libspdlog-dev libsqlite3-dev libsodium-dev qtkeychain-qt6-dev
    qt6-charts-dev libqt6opengl6-dev libqt6sql6-psql
    fonts-dejavu-core
)
# What only the test suite needs.
# python3-aiosmtpd and openssl: the real SMTP server (and its certificate) of the mail tests; poppler-utils:
# pdftotext, which reads the PDFs Atende writes back in the tests; postgresql: the throwaway server of the team-mode
# tests (the core suite runs a second time against it).
test_packages=(catch2 clang-format sqlite3 python3-aiosmtpd openssl poppler-utils postgresql)

say() { printf '\033[1m== %s\033[0m\n' "$*" >&2; }

install_packages() {
    local missing=()
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$' || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    say "Installing Debian packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "Run as root or install sudo: apt-get needs root." >&2; exit 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

configure_and_build() {
    local werror=OFF
    [ "${CI:-}" = "true" ] && werror=ON
    say "Building in $BUILD_DIR"
    cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DATENDE_GUI=ON \
        -DATENDE_WERROR="$werror" "$@"
    cmake --build "$BUILD_DIR"
}

case "$mode" in
deps)
    install_packages "${build_packages[@]}" "${test_packages[@]}"
    ;;
demo)
    install_packages "${build_packages[@]}"
    configure_and_build -DATENDE_TESTS=OFF
    demo_db="$BUILD_DIR/demo/atende-demo.sqlite"
    rm -f "$demo_db" "$demo_db-wal" "$demo_db-shm"
    say "Generating the demo database $demo_db"
    "$BUILD_DIR/bin/atendectl" --db "$demo_db" demo --customers "${DEMO_CUSTOMERS:-5000}" \
        --tickets "${DEMO_TICKETS:-50000}" --seed 2026
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
        echo "No graphical display found (DISPLAY/WAYLAND_DISPLAY are empty). Run this from a desktop session," >&2
        echo "or set QT_QPA_PLATFORM=offscreen to run without showing a window." >&2
        exit 1
    fi
    say "Opening Atende"
    exec "$BUILD_DIR/bin/atende" --db "$demo_db" "$@"
    ;;
test)
    install_packages "${build_packages[@]}" "${test_packages[@]}"
    configure_and_build -DATENDE_TESTS=ON
    say "Running the test suite"
    ctest --test-dir "$BUILD_DIR" --output-on-failure --no-tests=error -j2
    ;;
*)
    echo "usage: bash scripts/quickstart.sh demo|test|deps" >&2
    exit 2
    ;;
esac
