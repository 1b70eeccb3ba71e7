#!/usr/bin/env bash
# Takes the user guide's screenshots (docs/guide/LANG/images/*.png) again from the real program,
# in Swedish and in English, on a private X server: the guide always shows the program as it is.
#
#   docs/guide/screenshots.sh            (after a build in build/, or $MINUTEBOOK_BUILD_DIR)
#
# Needs xvfb, xdotool and imagemagick (the set-up script installs them). The archive shown is
# generated (minutebook-cli generate), its minutes in Swedish; settings go to a temporary home.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${MINUTEBOOK_BUILD_DIR:-$root/build}"
app="$build/src/app/minutebook"
cli="$build/src/cli/minutebook-cli"
for tool in Xvfb xdotool import "$app" "$cli"; do
    command -v "$tool" >/dev/null 2>&1 || { echo "screenshots.sh: $tool is missing" >&2; exit 1; }
done

work="$(mktemp -d /tmp/minutebook-shots.XXXXXX)"
xvfb=""
program=""
cleanup() {
    [ -n "$program" ] && kill "$program" 2>/dev/null || true
    [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
archive="$work/Ledningsgruppen.db"
"$cli" --database "$archive" generate --meetings 24 --seed 7 >/dev/null
"$cli" --database "$archive" language sv

display=":$((300 + $$ % 300))"
Xvfb "$display" -screen 0 1280x820x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
export DISPLAY="$display" QT_QPA_PLATFORM=xcb
sleep 1

# The visible top-level window of the program whose title contains $1 (the main window: "").
window() {
    local id
    for _ in $(seq 100); do
        id="$(xdotool search --onlyvisible --pid "$program" --name "$1" 2>/dev/null | tail -1 || true)"
        [ -n "$id" ] && { echo "$id"; return 0; }
        sleep 0.1
    done
    echo "screenshots.sh: no window “$1” appeared" >&2
    return 1
}
shot() { # shot FILE WINDOW
    sleep 1.2
    import -window "$2" "$1"
    echo "  $1"
}

for lang in sv en; do
    images="$root/docs/guide/$lang/images"
    mkdir -p "$images"
    echo "$lang:"
    LANG="$([ "$lang" = sv ] && echo sv_SE.UTF-8 || echo en_GB.UTF-8)" \
        "$app" --database "$archive" --language "$lang" >/dev/null 2>&1 &
    program=$!
    main="$(window Minutebook)"
    # No window manager: the program gets the keyboard only when given it.
    xdotool windowsize "$main" 1280 800 windowmove "$main" 0 0 windowfocus --sync "$main"
    sleep 1.5
    shot "$images/editor.png" "$main"

    xdotool key --window "$main" ctrl+f
    sleep 0.5
    xdotool type --delay 40 budget
    shot "$images/search.png" "$main"

    xdotool key --window "$main" ctrl+shift+a
    shot "$images/assignments.png" "$main"

    title="$([ "$lang" = sv ] && echo Kortkommandon || echo "Keyboard Shortcuts")"
    xdotool key --window "$main" alt+h
    sleep 0.5
    xdotool key k
    dialog="$(window "$title")"
    xdotool windowfocus --sync "$dialog"
    shot "$images/shortcuts.png" "$dialog"
    xdotool key Escape

    kill "$program"
    wait "$program" 2>/dev/null || true
    program=""

    # The appendix: the window with text at 150 % (QT_FONT_DPI 144 instead of 96).
    QT_FONT_DPI=144 LANG="$([ "$lang" = sv ] && echo sv_SE.UTF-8 || echo en_GB.UTF-8)" \
        "$app" --database "$archive" --language "$lang" >/dev/null 2>&1 &
    program=$!
    main="$(window Minutebook)"
    xdotool windowsize "$main" 1280 800 windowmove "$main" 0 0 windowfocus --sync "$main"
    shot "$images/editor-large.png" "$main"
    kill "$program"
    wait "$program" 2>/dev/null || true
    program=""
done
