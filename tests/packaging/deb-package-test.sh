#!/usr/bin/env bash
# Builds the Debian package from a build folder with CPack, unpacks it into a throwaway root
# (dpkg -x) and runs the installed program from there: --version, demo init, a command on the
# demo workspace, and the menu entry's command (the window, offscreen, saving a screenshot).
# Usage: deb-package-test.sh BUILD_DIR EXPECTED_VERSION
set -euo pipefail
build="$1"
version="$2"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log"; fail "cpack could not build the package"; }
deb=$(ls "$work"/out/qadesk_*.deb)
echo "package: $(basename "$deb") ($(du -h "$deb" | cut -f1))"

# Metadata: name, version, and dependencies on Debian's Qt 6 and the other runtime libraries.
[ "$(dpkg-deb -f "$deb" Package)" = qadesk ] || fail "package name"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "package version is $(dpkg-deb -f "$deb" Version), not $version"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for lib in libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libqt6network6 libgumbo1 \
           libqt6keychain1 libqt6sql6-sqlite; do
    grep -qE "(^|, )$lib( |,|$)" <<<"$depends" || fail "Depends lacks $lib"
done
# Every dependency is a real package of this system (what apt would install on a clean bookworm).
for dep in $(tr ',' '\n' <<<"$depends" | sed -E 's/\(.*\)//; s/\|.*//; s/[[:space:]]//g'); do
    dpkg-query -W "$dep" >/dev/null 2>&1 || apt-cache show "$dep" >/dev/null 2>&1 || fail "unknown dependency $dep"
done

# Contents: the program, the menu entry, AppStream data and the icons at the paths desktops use.
dpkg-deb -c "$deb" >"$work/contents"
for path in ./usr/bin/qadesk ./usr/share/applications/example.qadesk.QADesk.desktop \
            ./usr/share/metainfo/example.qadesk.QADesk.metainfo.xml \
            ./usr/share/icons/hicolor/scalable/apps/example.qadesk.QADesk.svg \
            ./usr/share/icons/hicolor/48x48/apps/example.qadesk.QADesk.png \
            ./usr/share/icons/hicolor/256x256/apps/example.qadesk.QADesk.png; do
    grep -q " $path\$" "$work/contents" || fail "the package lacks $path"
done
if grep -q "$build" "$work/contents"; then fail "the package refers to the build folder"; fi

root="$work/root"
dpkg -x "$deb" "$root"
bin="$root/usr/bin/qadesk"
# A clean user: own HOME and data folders, no QADESK_DB, and nothing from the build tree.
export HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config"
export XDG_CACHE_HOME="$work/home/cache" XDG_STATE_HOME="$work/home/state"
unset QADESK_DB
cd "$work"

out=$("$bin" --version)
echo "$out"
grep -q "$version" <<<"$out" || fail "qadesk --version does not print $version"
if strings "$bin" | grep -q "$build"; then fail "the installed program refers to the build folder"; fi

db="sqlite:$work/demo.qadesk"
"$bin" demo init --db "$db" || fail "qadesk demo init"
"$bin" tickets list --db "$db" --json >"$work/tickets.json" || fail "qadesk tickets list"
grep -q '"subject"' "$work/tickets.json" || fail "the demo workspace has no tickets"
# Translations are inside the program: Russian help text without any file from the build tree.
LANGUAGE=ru LANG=ru_RU.UTF-8 "$bin" --help >"$work/help-ru.txt" 2>&1 || fail "qadesk --help"
grep -q "Использование: qadesk" "$work/help-ru.txt" || fail "the Russian translation is not found by the installed program"

# The menu entry's command starts the window (offscreen here): for a new user the welcome page,
# then, given a workspace, that workspace.
exec_line=$(sed -n 's/^Exec=//p' "$root/usr/share/applications/example.qadesk.QADesk.desktop")
command=${exec_line%% *}
[ "$command" = qadesk ] || fail "the menu entry runs '$command'"
QT_QPA_PLATFORM=offscreen timeout 60 "$root/usr/bin/$command" --screenshot "$work/welcome.png" \
    || fail "the window did not start from the menu entry's command"
[ -s "$work/welcome.png" ] || fail "no screenshot of the welcome page"
QT_QPA_PLATFORM=offscreen timeout 60 "$root/usr/bin/$command" --db "$db" --screenshot "$work/window.png" \
    || fail "the window did not start from the installed program"
[ -s "$work/window.png" ] || fail "no screenshot of the installed program's window"
echo "the installed package runs"
