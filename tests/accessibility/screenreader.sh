#!/bin/bash
# The window as a screen reader hears it: the editor runs on a virtual screen (Xvfb) in a
# D-Bus session with the accessibility bus (AT-SPI, what Orca listens to); listen.py reads
# its accessible tree, checks names, states and roles, and walks the Tab order.
#
#   tests/accessibility/screenreader.sh PATH/TO/trendweb-studio [OUTPUT-FOLDER]
set -euo pipefail

app=${1:?usage: screenreader.sh PATH/TO/trendweb-studio [OUTPUT-FOLDER]}
output=${2:-}
here=$(cd "$(dirname "$0")" && pwd)

# A session bus of its own, then a screen of its own.
if [ -z "${SCREENREADER_IN_SESSION:-}" ]; then
    export SCREENREADER_IN_SESSION=1
    exec dbus-run-session -- "$0" "$@"
fi
if [ -z "${SCREENREADER_ON_XVFB:-}" ]; then
    export SCREENREADER_ON_XVFB=1
    exec xvfb-run -a -s '-screen 0 1280x800x24' "$0" "$@"
fi
unset QT_QPA_PLATFORM QT_QUICK_BACKEND

home=$(mktemp -d)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$home"' EXIT
export HOME=$home XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config XDG_CACHE_HOME=$home/cache
export XDG_RUNTIME_DIR=$home/run
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
[ -n "$output" ] && mkdir -p "$output"

# The accessibility bus, as a desktop session starts it for Orca.
/usr/libexec/at-spi-bus-launcher --launch-immediately &
pids+=($!)

# An edition in the middle of a merge that could not combine one paragraph: Anne and Bram
# both rewrote the first sentence of lemma A (the second run of the editor opens it).
edition=$home/editie-met-conflict
cp -r "$here/../../content" "$edition"
lemma=$(ls "$edition"/lemmas/*mobiliteit*.md)
as() { GIT_AUTHOR_NAME=$1 GIT_AUTHOR_EMAIL=$1@example.org GIT_COMMITTER_NAME=$1 \
       GIT_COMMITTER_EMAIL=$1@example.org git -C "$edition" "${@:2}"; }
as Anne init -q -b main
as Anne add -A
as Anne commit -q -m "De editie"
as Bram checkout -q -b bram
sed -i 's/Hoe kom je op werk of school/Hoe reis je naar werk of school/' "$lemma"
as Bram commit -q -am "Eerste zin herschreven"
as Anne checkout -q main
sed -i 's/Hoe kom je op werk of school/Hoe ga je naar je werk of school/' "$lemma"
as Anne commit -q -am "Eerste zin anders"
if as Anne merge -q bram >/dev/null 2>&1; then
    echo "the prepared merge has no conflict" >&2
    exit 1
fi

# A new author: no name known yet, the built-in edition, accessibility on as with Orca.
export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1
"$app" >"$home/app.log" 2>&1 &
pids+=($!)

status=0
/usr/bin/python3 "$here/listen.py" --pid "${pids[1]}" ${output:+--output "$output"} || status=$?
if [ $status -ne 0 ]; then
    echo "--- the editor's log ---" >&2
    tail -30 "$home/app.log" >&2 || true
fi

# The same author (her name is known now) opens the edition with the conflict.
kill "${pids[1]}" 2>/dev/null || true
wait "${pids[1]}" 2>/dev/null || true
"$app" "$edition" >"$home/app-conflict.log" 2>&1 &
pids+=($!)
conflict=0
/usr/bin/python3 "$here/listen.py" --conflict --pid "${pids[2]}" ${output:+--output "$output"} \
    || conflict=$?
if [ $conflict -ne 0 ]; then
    echo "--- the editor's log (conflict) ---" >&2
    tail -30 "$home/app-conflict.log" >&2 || true
fi
exit $((status + conflict))
