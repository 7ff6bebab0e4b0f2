#!/bin/bash
# The window's resident memory with an article open and checked (issue 20): the same 768-word article in English
# (checked) and in German (not checked), alternating, through ./newsdesk under Xvfb. Needs Xvfb and xdotool (the
# screenshot tool installs both). The clicks assume the window as it opens on a 1440x900 screen: "Articles" in the
# sidebar, then the first row of the list. Usage, from the repository: mvn -q package -DskipTests &&
# bench/writing-memory.sh [RUNS]. Prints "language resident-MB peak-MB" per run, and a screenshot per language.
set -u
runs=${1:-3}
here=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
cd "$work"
para="The city council approved the new tram line on Tuesday after months of debate. Work starts in the spring, and"
para="$para the first trains should run within three years, the mayor said. Residents of the northern districts, who"
para="$para have waited a decade for a direct link to the centre, welcomed the decision, while shop owners on the main"
para="$para avenue worried about two years of roadworks."
for lang in en de; do
  { printf -- '---\ntitle: Tram line approved after months of debate\nlang: %s\n---\n\n' "$lang"
    for _ in $(seq 12); do printf '%s\n\n' "$para"; done; } > "$lang.md"
  "$here/newsdesk" init --db "$lang.db" >/dev/null && "$here/newsdesk" import-article --db "$lang.db" "$lang.md" >/dev/null
done
measure() {
  local db=$1 disp=:$(( 200 + RANDOM % 100 ))
  Xvfb "$disp" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 & local xpid=$!
  sleep 1
  DISPLAY=$disp XDG_CACHE_HOME="$work/cache" "$here/newsdesk" --db "$work/$db" >"$work/app.log" 2>&1 &
  sleep 9
  local jpid; jpid=$(pgrep -f "com.newsdesk.app.Launcher --db $work/$db" | head -1)
  DISPLAY=$disp xdotool mousemove 152 142 click 1; sleep 2
  DISPLAY=$disp xdotool mousemove 431 261 click --repeat 2 --delay 80 1
  sleep 30 # the language loads (English: about 6 s on two cores) and every paragraph is checked
  command -v import >/dev/null && DISPLAY=$disp import -window root "$work/${db%.db}.png"
  echo "${db%.db} $(awk '/VmRSS/{print int($2/1024)}' /proc/$jpid/status) $(awk '/VmHWM/{print int($2/1024)}' /proc/$jpid/status)"
  kill "$jpid"; sleep 1; kill "$xpid"
}
"$here/newsdesk" --version >/dev/null # the command line's archive; the window's is made by the first run below
for _ in $(seq "$runs"); do measure en.db; measure de.db; done
echo "screenshots in $work"
