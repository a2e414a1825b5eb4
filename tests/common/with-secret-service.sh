#!/bin/sh
# Runs a command with a real Secret Service of its own: a private D-Bus session with
# gnome-keyring-daemon, its keyring unlocked with a test password, HOME and the data folder
# in a temporary folder that is removed afterwards.
#   with-secret-service.sh COMMAND [ARGUMENTS…]
set -eu
command -v dbus-run-session > /dev/null || { echo "dbus-run-session ontbreekt: apt-get install dbus-daemon" >&2; exit 1; }
command -v gnome-keyring-daemon > /dev/null || { echo "gnome-keyring-daemon ontbreekt: apt-get install gnome-keyring" >&2; exit 1; }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/home" "$scratch/data" "$scratch/run"
chmod 700 "$scratch/run"
HOME="$scratch/home" XDG_DATA_HOME="$scratch/data" XDG_RUNTIME_DIR="$scratch/run" \
    dbus-run-session -- sh -c '
        eval "$(printf test | gnome-keyring-daemon --unlock --components=secrets --daemonize)"
        export GNOME_KEYRING_CONTROL
        "$@"
        status=$?
        [ -n "${GNOME_KEYRING_PID:-}" ] && kill "$GNOME_KEYRING_PID" 2> /dev/null
        exit $status
    ' with-secret-service "$@"
