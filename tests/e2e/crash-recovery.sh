#!/bin/bash
# Crash safety, end to end: the editor runs on a virtual screen (Xvfb) on a copy of the
# fixture edition; xdotool types a sentence into the open lemma without saving; once the
# journal holds it, the editor is killed with SIGKILL. The next start must offer the text;
# Enter takes it back into the editor and Ctrl+S saves it into the lemma.
#
#   tests/e2e/crash-recovery.sh PATH/TO/trendweb-studio PATH/TO/fixture-edition
set -euo pipefail

app=${1:?usage: crash-recovery.sh PATH/TO/trendweb-studio FIXTURE}
fixture=${2:?usage: crash-recovery.sh PATH/TO/trendweb-studio FIXTURE}

if [ -z "${CRASH_RECOVERY_ON_XVFB:-}" ]; then
    export CRASH_RECOVERY_ON_XVFB=1
    exec xvfb-run -a -s '-screen 0 1280x800x24' "$0" "$@"
fi
unset QT_QPA_PLATFORM

home=$(mktemp -d)
pid=""
trap '[ -n "$pid" ] && kill -9 "$pid" 2>/dev/null; rm -rf "$home"' EXIT
export HOME=$home XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config XDG_CACHE_HOME=$home/cache
edition=$home/editie
cp -r "$fixture" "$edition"
lemma=$edition/lemmas/van-mobiliteit-naar-bereikbaarheid.md
sentence="Herstelbare zin over fietspaden en overstappen."

# Waits until the command in $1 succeeds, at most $2 seconds. The editor is another
# process: this waits on the files it writes (its log, its journal, the lemma), woken by
# inotify, and looks again at each change (or at least every second).
until_true() {
    local condition=$1 deadline=$((SECONDS + $2))
    until eval "$condition"; do
        if [ $SECONDS -ge $deadline ]; then
            echo "crash-recovery: gave up waiting for: $condition" >&2
            tail -20 "$home"/app*.log >&2 || true
            exit 1
        fi
        inotifywait -qq -r -t 1 -e modify,close_write,moved_to,create "$home" 2>/dev/null || true
    done
}

journal_holds() { grep -rqsF -- "$sentence" "$XDG_DATA_HOME"; }
# The editor says "klaar" once the edition is loaded, the dictionary read and the preview drawn.
ready_in() { grep -q "Trendweb Studio: klaar" "$1"; }

mkdir -p "$XDG_DATA_HOME"
# An author who said who she is before: no "Wie bent u?" stands between her and the text.
mkdir -p "$XDG_CONFIG_HOME/Trendbureau Overijssel"
printf '[auteur]\nnaam=Anne de Vries\nemail=anne@example.org\n' \
    > "$XDG_CONFIG_HOME/Trendbureau Overijssel/trendweb-studio.conf"
"$app" "$edition" > "$home/app.log" 2>&1 &
pid=$!
window=$(xdotool search --sync --onlyvisible --name "Trendweb Studio" | head -n 1)
until_true 'ready_in "$home/app.log"' 120

xdotool mousemove --window "$window" 620 400 click 1
xdotool key --window "$window" ctrl+End Return Return
xdotool type --window "$window" --delay 20 -- "$sentence"
until_true journal_holds 30
echo "journaled: the unsaved sentence is in the journal"

kill -9 "$pid"
wait "$pid" 2>/dev/null || true
pid=""
if grep -qF -- "$sentence" "$lemma"; then
    echo "crash-recovery: the sentence reached the lemma without a save" >&2
    exit 1
fi

"$app" "$edition" > "$home/app2.log" 2>&1 &
pid=$!
until_true 'grep -q "niet-opgeslagen tekst teruggevonden voor lemmas/van-mobiliteit-naar-bereikbaarheid.md" "$home/app2.log"' 60
echo "offered: the next start offers the text"
window=$(xdotool search --sync --onlyvisible --name "Trendweb Studio" | head -n 1)
until_true 'ready_in "$home/app2.log"' 120
# A click beside the dialog gives the window the keyboard; the dialog keeps its focus.
xdotool mousemove --window "$window" 100 700 click 1
xdotool key Return
xdotool key ctrl+s
until_true 'grep -qF -- "$sentence" "$lemma"' 30
echo "recovered: Enter put it back and Ctrl+S saved it into the lemma"
until_true '! journal_holds' 10
echo "the journal entry is gone after the save"
kill "$pid"
wait "$pid" 2>/dev/null || true
pid=""
