#!/usr/bin/env bash
# Renders the PNG sizes desktops expect from qadesk.svg (needs Debian's librsvg2-bin). The PNGs
# are committed so a build needs no SVG renderer; run this after changing the SVG.
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 22 24 32 48 64 128 256 512; do
    mkdir -p "hicolor/${size}x${size}"
    rsvg-convert -w "$size" -h "$size" qadesk.svg -o "hicolor/${size}x${size}/qadesk.png"
done
