#!/bin/sh
# Pictures of the real window under Xvfb (needs xvfb, libgtk-3-0, xdotool and ImageMagick; see README), into
# screenshots/manual/: the list of keys over presentation mode, the Experiments mode in the dark theme, and the
# window started in Chinese. Run from the repository root after `mvn -B -DskipTests package`.
# Usage: xvfb-run -a -s "-screen 0 1920x1080x24" sh scripts/xvfb-screenshots.sh
set -e
out=screenshots/manual
mkdir -p "$out"
shot() { sleep "$1"; import -window root "$out/$2"; }

java -jar target/bnlab.jar & app=$!
sleep 7
win=$(xdotool search --name "BN Lab" | head -1)
xdotool windowactivate --sync "$win" 2>/dev/null || true
xdotool key --window "$win" space
sleep 3
xdotool key --window "$win" F5
sleep 1
xdotool type --window "$win" '?'
shot 1 presentation-keys-xvfb.png
xdotool key --window "$win" Escape
sleep 0.5
xdotool key --window "$win" Escape
sleep 0.5
xdotool key --window "$win" t
# the mode bar's "Experiments" button sits 185 px right of and 18 px below the window's top-left corner
eval "$(xdotool getwindowgeometry --shell "$win")"
xdotool mousemove $((X + 185)) $((Y + 18)) click 1
shot 4 experiments-dark-xvfb.png
kill "$app"
wait "$app" 2>/dev/null || true

java -jar target/bnlab.jar --lang zh & app=$!
sleep 7
win=$(xdotool search --name "BN Lab" | head -1)
xdotool key --window "$win" space
shot 4 zh-window-xvfb.png
kill "$app"
wait "$app" 2>/dev/null || true
