# Shared by scripts/run and scripts/test: install the Debian packages QA Desk needs (only
# those missing), then configure and build one CMake preset.
set -euo pipefail

QADESK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# Build and runtime packages (Debian bookworm). Tests add PostgreSQL.
QADESK_BUILD_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools libgl-dev
    qt6-charts-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libqt6sql6-psql
    catch2
    libgumbo-dev
    qt6-httpserver-dev qt6-websockets-dev
    qtkeychain-qt6-dev
    libxlsxwriter-dev
    libcurl4-openssl-dev
)

qadesk_install_packages() {
    local missing=()
    local pkg
    for pkg in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing Debian packages: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

qadesk_build() {
    local preset="$1"
    shift
    cmake --preset "$preset" -S "$QADESK_ROOT" "$@" >/dev/null
    cmake --build --preset "$preset" --parallel "$(nproc)"
}
