#!/bin/sh
# SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The README's commands, on a fresh Debian 12 machine:
#   cmake/dev.sh demo      install what is missing, build, open the app on its demo show
#   cmake/dev.sh package   install what is missing, build the release preset, make the Debian package
#                          (build/release/episodedesk_VERSION_ARCH.deb) and check it
#                          (tests/packaging/check-package.sh)
#   cmake/dev.sh test      install what is missing, check formatting, then four legs, each built and run:
#                          dev (the whole test suite), asan (the whole suite again under AddressSanitizer +
#                          UBSan), tsan (the posting, store and command-line tests under ThreadSanitizer)
#                          and package (the package above, made and checked).
#                          Every leg runs even when an earlier one failed; any failure fails the script.
#                          The `*_postgresql` tests run on a PostgreSQL server ctest starts and stops itself
#                          (cmake/test-postgres.sh, one port per preset).
# Packages come from Debian's archive only. Installing asks for sudo when not run as root.
set -eu

cd "$(dirname "$0")/.."

PACKAGES="qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql qtkeychain-qt6-dev
qt6-httpserver-dev qt6-websockets-dev qt6-networkauth-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
libgl-dev libxkbcommon-dev dbus dbus-x11 gnome-keyring libsecret-1-0 libsecret-tools
xvfb xauth imagemagick fonts-dejavu-core libqt6svg6 qt6-image-formats-plugins ninja-build cmake g++ clang-format
postgresql libpq-dev zlib1g-dev lld
dpkg-dev fakeroot file desktop-file-utils appstream man-db groff-base zsh fish"

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

# record_leg NAME COMMAND...: runs one leg of `test`, timed. A failure is recorded, not fatal, so the
# later legs still run.
failed=""
record_leg() {
    leg=$1
    shift
    leg_start=$(date +%s)
    if "$@"; then
        echo "== $leg: passed in $(($(date +%s) - leg_start)) s"
    else
        echo "== $leg: FAILED after $(($(date +%s) - leg_start)) s" >&2
        failed="$failed $leg"
    fi
}

# Configures, builds and tests one preset (every test inside a throw-away keyring, as a user has a
# Secret Service).
test_preset() {
    cmake --preset "$1" && cmake --build --preset "$1" && cmake/with-keyring.sh ctest --preset "$1"
}
run_leg() {
    record_leg "$1" test_preset "$1"
}

# The Debian package: the release preset built, packed by CPack (dpkg-shlibdeps computes the
# dependencies) and checked as a user's machine would meet it.
package() {
    cmake --preset release || return 1
    cmake --build --preset release || return 1
    # One package in the folder, so that the check and `apt-get install ./build/release/episodedesk_*.deb`
    # take this one, not a version built before.
    rm -f build/release/episodedesk_*.deb
    cpack --preset release || return 1
    tests/packaging/check-package.sh build/release/episodedesk_*.deb
}

check_format() {
    # The same clang-format (14, Debian 12) as the .clang-format was written for.
    files=$(git ls-files '*.cpp' '*.h' 2>/dev/null || find app ui models tests -name '*.cpp' -o -name '*.h')
    # shellcheck disable=SC2086
    clang-format --dry-run --Werror $files || return 1
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
    check_format || failed="$failed format"
    run_leg dev
    # The same suite again under AddressSanitizer and UndefinedBehaviorSanitizer.
    run_leg asan
    # The tests with the `tsan` label (posting, store, command line), under ThreadSanitizer: the preset
    # builds only those and the executable they run (README.md, "Tests").
    run_leg tsan
    # The Debian package of the release preset, made and checked (tests/packaging/check-package.sh).
    record_leg package package
    if [ -n "$failed" ]; then
        echo "Failed:$failed" >&2
        exit 1
    fi
    ;;
package)
    install_missing
    package
    ;;
*)
    echo "usage: $0 demo|package|test" >&2
    exit 2
    ;;
esac
