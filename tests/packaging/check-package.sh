#!/bin/bash
# SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# tests/packaging/check-package.sh DEB: checks a Debian package that `cmake/dev.sh package` built, the
# way a user and a distribution would meet it, without installing it:
#   - it unpacks (dpkg-deb -x into a scratch root) to exactly tests/packaging/expected-files.txt;
#   - Depends has the plugins Qt loads at run time and what dpkg-shlibdeps found, Recommends the rest;
#   - desktop-file-validate and appstreamcli (offline) accept the desktop file and the metainfo;
#   - the icons are PNGs of their folder's size; the man page renders without a warning and has its
#     EXIT STATUS section; the completions parse and complete;
#   - the systemd service starts the packaged binary, which runs --version, help and a command on a
#     throw-away database.
# Every check runs and prints what its tool said; any failure makes the script exit 1, naming it.
set -u

if [ $# -ne 1 ] || [ ! -f "$1" ]; then
    echo "usage: $0 PACKAGE.deb" >&2
    exit 2
fi
deb=$1
here=$(cd "$(dirname "$0")" && pwd)
expected_files="$here/expected-files.txt"

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
root="$scratch/root"

failures=()
fail() {
    echo "FAILED: $*" >&2
    failures+=("$*")
}
pass() {
    echo "ok: $*"
}
# expect OK-MESSAGE FAILURE-MESSAGE COMMAND...: one check, by the exit status of COMMAND.
expect() {
    local ok=$1 failure=$2
    shift 2
    if "$@"; then pass "$ok"; else fail "$failure"; fi
}
section() {
    printf '\n== %s\n' "$*"
}

section "unpacking $deb"
if ! dpkg-deb -x "$deb" "$root"; then
    echo "FAILED: dpkg-deb could not unpack $deb" >&2
    exit 1
fi

section "file list (against tests/packaging/expected-files.txt)"
(cd "$root" && find . ! -type d | sed 's|^\./||' | LC_ALL=C sort) >"$scratch/files.txt"
cat "$scratch/files.txt"
grep -v '^#' "$expected_files" >"$scratch/expected.txt"
if diff -u "$scratch/expected.txt" "$scratch/files.txt"; then
    pass "the package holds exactly the expected $(wc -l <"$scratch/files.txt") files"
else
    fail "the file list differs from expected-files.txt (- expected, + in the package)"
fi

section "control fields"
dpkg-deb -f "$deb" Package Version Architecture Section Maintainer Depends Recommends
field() {
    dpkg-deb -f "$deb" "$1"
}
# The package names in a relation field, one a line, without versions ("a (>= 1) | b" gives a and b).
names() {
    tr ',|' '\n' | sed -e 's/(.*)//' -e 's/\[.*\]//' -e 's/^ *//' -e 's/ *$//' | sed '/^$/d'
}
expect "Package: episodedesk" "Package is '$(field Package)', not episodedesk" [ "$(field Package)" = episodedesk ]
expect "Section: sound" "Section is '$(field Section)', not sound" [ "$(field Section)" = sound ]
field Depends | names >"$scratch/depends.txt"
# The plugins Qt loads at run time (dpkg-shlibdeps cannot see them), then what the binary links.
for package in libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 qt6-image-formats-plugins \
    libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6sql6 libqt6httpserver6 libqt6networkauth6 \
    libqt6keychain1 libpq5 zlib1g libc6 libstdc++6; do
    expect "Depends: $package" "Depends lacks $package" grep -qx "$package" "$scratch/depends.txt"
done
field Recommends | names >"$scratch/recommends.txt"
for package in gnome-keyring kwalletmanager qt6-translations-l10n qt6-wayland; do
    expect "Recommends: $package" "Recommends lacks $package" grep -qx "$package" "$scratch/recommends.txt"
done

section "desktop-file-validate"
desktop=$(find "$root/usr/share/applications" -name '*.desktop' 2>/dev/null | head -n 1)
if [ -z "$desktop" ]; then
    fail "no desktop file in usr/share/applications"
else
    # Errors fail it (its exit status), and so do warnings; hints are advice.
    output=$(desktop-file-validate "$desktop" 2>&1)
    status=$?
    echo "$output"
    if [ $status -ne 0 ] || echo "$output" | grep -q ': warning: '; then
        fail "desktop-file-validate rejects ${desktop#"$root/"}"
    else
        pass "desktop-file-validate accepts ${desktop#"$root/"}"
    fi
    # What the menu shows and starts must be in the package too.
    icon=$(sed -n 's/^Icon=//p' "$desktop")
    expect "the menu entry's icon $icon is in the hicolor theme" "the menu entry's icon '$icon' is not in the package" \
        [ -f "$root/usr/share/icons/hicolor/scalable/apps/$icon.svg" ]
    command=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
    expect "the menu entry starts $command, in usr/bin" "the menu entry starts '$command', which is not in usr/bin" \
        [ -x "$root/usr/bin/$command" ]
fi

section "appstreamcli validate --no-net"
metainfo=$(find "$root/usr/share/metainfo" -name '*.metainfo.xml' 2>/dev/null | head -n 1)
if [ -z "$metainfo" ]; then
    fail "no metainfo file in usr/share/metainfo"
else
    # Errors and warnings fail it; infos and pedantic hints do not.
    if appstreamcli validate --no-net "$metainfo"; then
        pass "appstreamcli validates ${metainfo#"$root/"}"
    else
        fail "appstreamcli rejects ${metainfo#"$root/"}"
    fi
    # The same over the whole tree: the component's desktop file must be there, under the right name.
    if appstreamcli validate-tree --no-net "$root"; then
        pass "appstreamcli validate-tree: the metainfo's launchable is in the package"
    else
        fail "appstreamcli validate-tree rejects the unpacked tree"
    fi
fi

section "icons"
for png in "$root"/usr/share/icons/hicolor/*/apps/*.png; do
    [ -e "$png" ] || { fail "no PNG icons in usr/share/icons/hicolor"; break; }
    size=$(basename "$(dirname "$(dirname "$png")")") # 48x48
    description=$(file -b "$png")
    echo "${png#"$root/"}: $description"
    case $description in
    "PNG image data, ${size%x*} x ${size#*x}, "*) ;;
    *) fail "${png#"$root/"} is not a ${size} PNG" ;;
    esac
done
svg=$(find "$root/usr/share/icons/hicolor/scalable/apps" -name '*.svg' 2>/dev/null | head -n 1)
if [ -n "$svg" ] && file -b "$svg" | grep -q 'SVG'; then
    echo "${svg#"$root/"}: $(file -b "$svg")"
    pass "icons: the PNGs have their folder's size, the scalable icon is an SVG"
else
    fail "no scalable SVG icon"
fi

section "man --warnings -l episodedesk.1.gz"
page="$root/usr/share/man/man1/episodedesk.1.gz"
if [ ! -f "$page" ]; then
    fail "no man page at usr/share/man/man1/episodedesk.1.gz"
else
    file -b "$page"
    MANWIDTH=80 LC_ALL=C.UTF-8 man --warnings -l "$page" >"$scratch/man.txt" 2>"$scratch/man-warnings.txt"
    status=$?
    head -n 12 "$scratch/man.txt"
    echo "[… $(wc -l <"$scratch/man.txt") lines]"
    if [ -s "$scratch/man-warnings.txt" ]; then
        cat "$scratch/man-warnings.txt"
        fail "man reports warnings for episodedesk(1)"
    elif [ $status -ne 0 ]; then
        fail "man -l failed ($status) on episodedesk(1)"
    else
        pass "episodedesk(1) renders without warnings"
    fi
    for heading in NAME SYNOPSIS DESCRIPTION "EXIT STATUS" ENVIRONMENT; do
        expect "episodedesk(1) has $heading" "episodedesk(1) has no $heading section" \
            grep -qx "$heading" "$scratch/man.txt"
    done
fi

section "completions"
bash_completion="$root/usr/share/bash-completion/completions/episodedesk"
zsh_completion="$root/usr/share/zsh/vendor-completions/_episodedesk"
fish_completion="$root/usr/share/fish/vendor_completions.d/episodedesk.fish"
# shellcheck disable=SC2016 # expanded by the inner bash
bash_words=$(bash -c 'source "$1" && COMP_WORDS=(episodedesk epi) && COMP_CWORD=1 && _episodedesk &&
    printf "%s\n" "${COMPREPLY[@]}"' bash "$bash_completion" 2>&1)
echo "bash, episodedesk epi<TAB>: $bash_words"
expect "bash completes episodes" "the bash completion does not complete 'episodedesk epi'" \
    grep -qx episodes <<<"$bash_words"
if zsh -n "$zsh_completion" 2>&1; then
    pass "the zsh completion parses"
else
    fail "the zsh completion does not parse"
fi
# shellcheck disable=SC2016 # fish's $argv
fish_words=$(fish --no-config -c 'source $argv[1]; and complete -C"episodedesk epi"' "$fish_completion" 2>&1)
echo "fish, episodedesk epi<TAB>: $(echo "$fish_words" | head -n 3)"
expect "fish completes episodes" "the fish completion does not complete 'episodedesk epi'" \
    grep -q '^episodes' <<<"$fish_words"

section "systemd user units"
service="$root/usr/lib/systemd/user/episodedesk-scheduler.service"
if grep -qx 'ExecStart=/usr/bin/episodedesk scheduler run --once' "$service" 2>/dev/null && [ -x "$root/usr/bin/episodedesk" ]; then
    pass "the service starts /usr/bin/episodedesk, which the package installs"
else
    grep ExecStart "$service" 2>&1
    fail "the service does not start the packaged /usr/bin/episodedesk"
fi
# Every file:// the unit documents itself with is in the package (systemctl --user help opens it).
for document in $(sed -n 's/^Documentation=//p' "$service" 2>/dev/null | tr ' ' '\n' | sed -n 's|^file://||p'); do
    expect "the service's Documentation $document is in the package" \
        "the service's Documentation $document is not in the package" [ -f "$root$document" ]
done
expect "the timer can be enabled (WantedBy=timers.target)" "the timer has no [Install] WantedBy=timers.target" \
    grep -q '^WantedBy=timers.target' "$root/usr/lib/systemd/user/episodedesk-scheduler.timer"

section "the packaged binary"
binary="$root/usr/bin/episodedesk"
file -b "$binary"
# The libraries come from the system's folders only (lintian: custom-library-search-path).
if readelf -d "$binary" 2>/dev/null | grep -Eq 'R(UN)?PATH'; then
    fail "the binary carries an RPATH/RUNPATH: $(readelf -d "$binary" | grep -E 'R(UN)?PATH')"
else
    pass "the binary has no RPATH or RUNPATH"
fi
# A home of its own: nothing read from or written to the user's settings, data or keychain folders.
home="$scratch/home"
mkdir -p "$home"
run() {
    env -u DISPLAY -u WAYLAND_DISPLAY HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
        XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$scratch" QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 LANGUAGE= \
        "$binary" "$@"
}
version=$(run --version 2>&1)
echo "\$ episodedesk --version"
echo "$version"
if [ "$version" = "episodedesk $(field Version)" ] && echo "$version" | grep -Eqx 'episodedesk [0-9]+\.[0-9]+\.[0-9]+'; then
    pass "--version prints the package's version"
else
    fail "--version printed '$version', not 'episodedesk $(field Version)'"
fi
if run help >"$scratch/help.txt" 2>&1 && [ -s "$scratch/help.txt" ]; then
    echo "\$ episodedesk help"
    head -n 8 "$scratch/help.txt"
    pass "help runs"
else
    cat "$scratch/help.txt"
    fail "episodedesk help failed"
fi
database="$scratch/show.sqlite"
echo "\$ episodedesk episodes add --title T --db $database && episodedesk episodes list --db $database"
if run episodes add --title T --db "$database" && run episodes list --db "$database" >"$scratch/list.txt" 2>&1; then
    cat "$scratch/list.txt"
    expect "episodes add and list work on a fresh database" "episodes list does not show the episode just added" \
        grep -qw T "$scratch/list.txt"
else
    cat "$scratch/list.txt" 2>/dev/null
    fail "episodes add/list failed on a fresh database"
fi

echo
if [ ${#failures[@]} -ne 0 ]; then
    echo "check-package: ${#failures[@]} check(s) FAILED for $deb:" >&2
    printf '  - %s\n' "${failures[@]}" >&2
    exit 1
fi
echo "check-package: every check passed for $deb"
