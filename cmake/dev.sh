#!/bin/sh
# SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The README's two commands, on a fresh Debian 12 machine:
#   cmake/dev.sh demo   install what is missing, build, open the app on its demo show
#   cmake/dev.sh test   install what is missing, build, check formatting, run the whole test suite, then
#                       run it again built with AddressSanitizer + UBSan
# Packages come from Debian's archive only. Installing asks for sudo when not run as root.
set -eu

cd "$(dirname "$0")/.."

PACKAGES="qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql qtkeychain-qt6-dev
qt6-httpserver-dev qt6-websockets-dev qt6-networkauth-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
libgl-dev libxkbcommon-dev dbus dbus-x11 gnome-keyring libsecret-1-0 libsecret-tools
xvfb xauth imagemagick fonts-dejavu-core libqt6svg6 ninja-build cmake g++ clang-format"

install_missing() {
    missing=""
    for package in $PACKAGES; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing="$missing $package"
        fi
    done
    [ -z "$missing" ] && return 0
    echo "Installing:$missing"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -q
    # shellcheck disable=SC2086 # word splitting of the package list is intended
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends $missing
}

build() {
    cmake --preset dev
    cmake --build --preset dev
}

check_format() {
    # The same clang-format (14, Debian 12) as the .clang-format was written for.
    files=$(git ls-files '*.cpp' '*.h' 2>/dev/null || find app ui models tests -name '*.cpp' -o -name '*.h')
    # shellcheck disable=SC2086
    clang-format --dry-run --Werror $files
    echo "Formatting: $(echo "$files" | wc -w) files checked"
}

case "${1:-}" in
demo)
    install_missing
    build
    exec build/dev/app/episodedesk --demo
    ;;
test)
    install_missing
    build
    check_format
    # Every test gets a real Secret Service (gnome-keyring on a private D-Bus session), as a user has.
    cmake/with-keyring.sh ctest --preset dev
    # The same suite again under AddressSanitizer and UndefinedBehaviorSanitizer.
    cmake --preset asan
    cmake --build --preset asan
    exec cmake/with-keyring.sh ctest --preset asan
    ;;
*)
    echo "usage: $0 demo|test" >&2
    exit 2
    ;;
esac
