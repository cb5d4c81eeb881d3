#!/usr/bin/env bash
# Validates the desktop entry and the AppStream metadata the way distributions do.
# Usage: validate-metadata.sh DESKTOP_FILE METAINFO_FILE
set -euo pipefail
desktop="$1"
metainfo="$2"
desktop-file-validate "$desktop"
# --no-net: the test run talks to nothing but 127.0.0.1 (the screenshot URL is not fetched).
appstreamcli validate --no-net --explain "$metainfo"
# The launcher's icon and id are the AppStream id.
id=$(basename "$metainfo" .metainfo.xml)
grep -qx "Icon=$id" "$desktop" || { echo "the desktop entry's Icon= is not $id"; exit 1; }
[ "$(basename "$desktop" .desktop)" = "$id" ] || { echo "the desktop file is not named $id.desktop"; exit 1; }
echo "desktop entry and AppStream metadata are valid"
