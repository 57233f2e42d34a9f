#!/bin/sh
# SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-current.sh GENERATE.cmake PROJECT.cmake TRANSLATIONS_DIR LUPDATE "LANGUAGES" [LUPDATE_OPTIONS…]
# Runs lupdate, as the update_translations target does, on copies of the .ts files and fails when
# that changes them (a string was added or changed in the code and the .ts were not updated) or when a
# language translated in full has an unfinished message.
set -eu
generate=$1 project_cmake=$2 translations=$3 lupdate=$4 languages=$5
shift 5

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# The project description lupdate reads (sources and include paths), made as the target makes it.
cmake "-DIN_FILE=$project_cmake" "-DOUT_FILE=$scratch/project.json" -P "$generate"
# lupdate writes the files the project names; give it the copies instead.
sed "s|$translations/|$scratch/|g" "$scratch/project.json" > "$scratch/copies.json"
cp "$translations"/episodedesk_*.ts "$scratch/"
"$lupdate" -project "$scratch/copies.json" "$@" > "$scratch/lupdate.log" 2>&1 || { cat "$scratch/lupdate.log"; exit 1; }

failed=0
for ts in "$translations"/episodedesk_*.ts; do
    name=$(basename "$ts")
    if ! cmp -s "$ts" "$scratch/$name"; then
        echo "translations/$name is not current: run 'cmake --build --preset dev --target update_translations'"
        diff -u "$ts" "$scratch/$name" | head -40
        failed=1
    fi
done
for language in $languages; do
    ts="$translations/episodedesk_$language.ts"
    unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
    messages=$(grep -c '<message' "$ts" || true)
    echo "episodedesk_$language.ts: $messages messages, $unfinished unfinished"
    if [ "$unfinished" -ne 0 ]; then
        grep -B3 'type="unfinished"' "$ts" | grep '<source>' | head -20
        failed=1
    fi
done
exit $failed
