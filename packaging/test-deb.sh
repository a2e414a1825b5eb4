#!/usr/bin/env bash
# Builds the .deb, installs it with apt (which resolves its Depends) into a clean Debian 12
# root made with debootstrap, and runs the installed programs there:
#   trendweb --version, trendweb validate on the built-in edition, trendweb-studio --screenshot.
# Everything lives under BUILD_DIR/deb-test; the clean root is made once and kept as a tarball.
#   test-deb.sh BUILD_DIR
set -euo pipefail
build_dir=$(cd "$1" && pwd)
work="$build_dir/deb-test"
mkdir -p "$work"

if [ "$(id -u)" -ne 0 ]; then
    echo "test-deb.sh: debootstrap and chroot need root" >&2
    exit 1
fi

echo "== building the package"
rm -f "$build_dir"/trendweb-studio_*.deb
(cd "$build_dir" && cpack -G DEB > "$work/cpack.log")
deb=$(ls "$build_dir"/trendweb-studio_*.deb)
dpkg-deb --info "$deb" | sed -n '/Depends/p'

echo "== a clean Debian 12 root"
if [ ! -f "$work/bookworm.tar" ]; then
    rm -rf "$work/base"
    debootstrap --variant=minbase bookworm "$work/base" > "$work/debootstrap.log"
    tar -C "$work/base" -cf "$work/bookworm.tar" .
    rm -rf "$work/base"
fi
root="$work/root"
cleanup() {
    # Lazily: a helper process of the app in the root may still hold /proc for a moment.
    umount -l "$root/proc" 2>/dev/null || true
    rm -rf "$root"
}
trap cleanup EXIT
cleanup # what an interrupted earlier run left
mkdir -p "$root"
tar -C "$root" -xf "$work/bookworm.tar"
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp /etc/apt/sources.list.d/* "$root/etc/apt/sources.list.d/" 2>/dev/null || true
mount -t proc proc "$root/proc"
cp "$deb" "$root/tmp/"

echo "== apt-get install ./$(basename "$deb")"
chroot "$root" apt-get update -q > "$work/apt-update.log"
DEBIAN_FRONTEND=noninteractive chroot "$root" apt-get install -y -q --no-install-recommends \
    "/tmp/$(basename "$deb")" > "$work/apt-install.log"

echo "== the installed programs"
chroot "$root" trendweb --version
chroot "$root" trendweb validate /usr/share/trendweb-studio/content > "$work/validate.log" || {
    echo "trendweb validate found errors in the installed edition" >&2
    cat "$work/validate.log" >&2
    exit 1
}
chroot "$root" test -f /usr/share/applications/nl.trendbureauoverijssel.TrendwebStudio.desktop
chroot "$root" test -f /usr/share/metainfo/nl.trendbureauoverijssel.TrendwebStudio.metainfo.xml
chroot "$root" env HOME=/tmp/thuis QT_QPA_PLATFORM=offscreen \
    trendweb-studio --screenshot /tmp/venster.png
size=$(stat -c %s "$root/tmp/venster.png")
echo "screenshot from the installed app: $size bytes"
[ "$size" -gt 20000 ]
test -f "$root/tmp/thuis/.local/share/Trendbureau Overijssel/trendweb-studio/edities/ingebouwd/edition.yaml"
echo "package test passed"
