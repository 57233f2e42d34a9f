#!/bin/sh
# SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# with-keyring.sh COMMAND [ARGS...]
#
# Runs COMMAND inside a private D-Bus session bus with a freshly created, unlocked gnome-keyring
# (Secret Service), then exits with COMMAND's exit status. Keychain tests run against this real
# Secret Service instead of a fake (STYLE.md §4; recipe from TOOLCHAIN.md "A real keychain, headless").
#
# A fresh HOME and XDG_RUNTIME_DIR keep the developer's own keyring out of reach: the tests can neither
# read nor clobber real secrets, and every run starts from an empty login collection.
set -eu

if [ "$#" -eq 0 ]; then
    echo "usage: $0 COMMAND [ARGS...]" >&2
    exit 2
fi

for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        # Fail loudly: a keychain test that silently runs without a keychain proves nothing.
        echo "$0: '$tool' not found; install the dbus and gnome-keyring packages" >&2
        exit 127
    fi
done

home_dir=$(mktemp -d "${TMPDIR:-/tmp}/episodedesk-keyring-home.XXXXXX")
runtime_dir=$(mktemp -d "${TMPDIR:-/tmp}/episodedesk-keyring-run.XXXXXX")
# shellcheck disable=SC2317 # called through the trap
cleanup() {
    rm -rf "$home_dir" "$runtime_dir"
}
trap cleanup EXIT
# An interrupted ctest (timeout, Ctrl-C) must not leave keyring directories behind; exiting from the
# signal handler runs the EXIT trap above.
trap 'exit 130' INT
trap 'exit 143' TERM
chmod 700 "$runtime_dir"

export HOME="$home_dir" XDG_RUNTIME_DIR="$runtime_dir"
# gnome-keyring keeps its files under $XDG_DATA_HOME and joins a running daemon found through
# $GNOME_KEYRING_CONTROL: either would lead it to the developer's real keyring.
unset XDG_DATA_HOME XDG_CONFIG_HOME XDG_CACHE_HOME GNOME_KEYRING_CONTROL
# Tells tests that write to the keychain that it is this throw-away one, not the developer's own.
export EPISODEDESK_PRIVATE_KEYRING=1

# The unlock password only protects the throw-away keyring file in $home_dir, but it must not be empty:
# an empty one leaves the login collection missing.
#
# Beyond TOOLCHAIN.md's recipe, the inner script waits until the daemon owns org.freedesktop.secrets on
# the bus before starting COMMAND. Without the wait a quick COMMAND can finish before the daemon has
# connected: the daemon then never sees the bus go away and outlives the session (and a COMMAND that
# asks early makes D-Bus activate a second daemon).
#
# dbus-run-session is not exec'd: the traps above must still clean up after it.
status=0
# shellcheck disable=SC2016 # expanded by the inner shell, not this one
dbus-run-session -- sh -c '
printf "episodedesk-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
tries=0
until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"; do
    tries=$((tries + 1))
    if [ "$tries" -ge 200 ]; then
        echo "with-keyring.sh: gnome-keyring-daemon did not appear on the session bus within 10 s" >&2
        exit 1
    fi
    sleep 0.05
done
exec "$@"' with-keyring "$@" || status=$?
exit "$status"
