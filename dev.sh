#!/usr/bin/env bash
# Trendweb Studio, from a fresh Debian 12 machine to a running editor or a test report.
#
#   ./dev.sh run    install what is missing, build, open the editor on the built-in edition
#   ./dev.sh test   install what is missing, build, run every test
#
# Both can be run again at any time; they only do what is still needed.
set -euo pipefail
cd "$(dirname "$0")"

# Everything the build, the programs and the tests need, from Debian 12.
PACKAGES=(
    # build tools
    cmake ninja-build ccache g++ pkg-config clang-format-14 git
    # the fuzzer: clang with libFuzzer and the sanitizers
    clang libclang-rt-14-dev
    # Qt 6 and its QML modules
    qt6-base-dev qt6-declarative-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qml6-module-qtqml qml6-module-qtqml-workerscript qml6-module-qtquick
    qml6-module-qtquick-controls qml6-module-qtquick-layouts qml6-module-qtquick-templates
    qml6-module-qtquick-window qml6-module-qtquick-dialogs qml6-module-qt-labs-folderlistmodel qml6-module-qttest libgl-dev
    qt6-webengine-dev qml6-module-qtwebengine qml6-module-qtwebchannel
    # Qt's own Dutch texts (standard buttons, file dialogs): qtbase_nl.qm and the others
    qt6-translations-l10n
    # Qt Quick's accessible items, completed for screen readers in editor/app/accessibility.cpp
    qt6-declarative-private-dev
    # the C libraries the core wraps
    libgit2-dev libhunspell-dev hunspell-nl libcmark-gfm-dev libcmark-gfm-extensions-dev
    libyaml-cpp-dev libvalijson-dev
    # the desktop keyring for tokens (QtKeychain), and a real Secret Service for its tests
    qtkeychain-qt6-dev gnome-keyring dbus-daemon dbus-x11 libsecret-tools
    # the hunspell command, the baseline of the spelling benchmark
    hunspell
    # sshd on 127.0.0.1 for the tests of sharing over SSH; ssh -G reads ~/.ssh/config
    openssh-server openssh-client
    # Apache with mod_ssl and git http-backend for the tests of sharing over HTTPS
    apache2 apache2-utils
    # a certificate for the HTTPS server of the check-sources test; Qt's TLS through OpenSSL
    openssl libssl3
    # waiting on files, not on the clock, in the end-to-end test of crash recovery
    inotify-tools
    # the site generator the export is built with, and the browser its tests use
    hugo chromium python3
    # the print edition: weasyprint lays out the PDF (a dependency of the .deb); poppler's
    # pdfinfo/pdffonts/pdftotext/pdftoppm and qpdf check it in the tests; DejaVu's italics
    fonts-dejavu-extra weasyprint poppler-utils qpdf
    # packaging: the .deb, its checks, and a clean Debian root to install it in
    dpkg-dev desktop-file-utils appstream debootstrap
    # a display for machines without one, a font, and a typist for the typing benchmark
    xvfb xauth fonts-dejavu-core xdotool
    # the window as a screen reader hears it: the AT-SPI bus and its Python binding
    at-spi2-core gir1.2-atspi-2.0 python3-gi
)

BUILD_DIR=${BUILD_DIR:-build}

say() { printf '\033[1m%s\033[0m\n' "$*" >&2; }

install_missing() {
    local missing=()
    for package in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' ||
            missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    say "Installeren: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# Node and npm run the browser tests; the machine's own Node is used when there is one.
install_node() {
    command -v npm > /dev/null && return 0
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends nodejs npm
}

build() {
    if [ ! -f "$BUILD_DIR/build.ninja" ]; then
        cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
    fi
    cmake --build "$BUILD_DIR"
}

run_editor() {
    local app="$BUILD_DIR/editor/app/trendweb-studio"
    if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
        exec "$app" "$@"
    fi
    # No screen on this machine: open the editor on a virtual one and show what it shows.
    local shot="$BUILD_DIR/trendweb-studio.png"
    xvfb-run -a -s '-screen 0 1280x800x24' "$app" --screenshot "$shot" "$@"
    say "Geen beeldscherm gevonden; de editor draaide op een virtueel scherm: zie $shot"
}

case "${1:-}" in
run)
    shift
    install_missing
    build
    run_editor "$@"
    ;;
test)
    install_missing
    install_node
    build
    # sshd's privilege separation folder; Debian's init scripts make it at boot.
    if [ "$(id -u)" -eq 0 ]; then mkdir -p /run/sshd; fi
    ctest --test-dir "$BUILD_DIR" --output-on-failure --timeout 600
    ;;
*)
    echo "Gebruik: ./dev.sh run [MAP] | ./dev.sh test" >&2
    exit 2
    ;;
esac
