#!/bin/sh
# The installed app (`newsdesk`, from the .deb) next to the jar it is made from (`java -jar target/newsdesk.jar`),
# whole processes, alternating, 7 runs each after one untimed run of each; milliseconds and peak resident memory.
# usage: mvn -q -Pdist package -DskipTests && sudo apt-get install ./target/dist/newsdesk_*.deb && bench/installed.sh
# The window rows need a display (DISPLAY=:N, e.g. under Xvfb); NEWSDESK_STARTUP_PROBE makes the window quit once
# its first screen is laid out.
set -e
jar="$(cd "$(dirname "$0")/.." && pwd)/target/newsdesk.jar"
installed=${NEWSDESK_INSTALLED:-newsdesk}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -jar "$jar" init --db "$work/empty.db" >/dev/null

run() { # prints "ms kB" of one run of the command
  start=$(date +%s%N)
  /usr/bin/time -f %M -o "$work/rss" "$@" >/dev/null 2>&1
  end=$(date +%s%N)
  echo "$(( (end - start) / 1000000 )) $(cat "$work/rss")"
}
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

measure() { # label, then the two commands' arguments after the program
  label=$1; shift
  rm -f "$work/a" "$work/b"
  run "$installed" "$@" >/dev/null; run java -jar "$jar" "$@" >/dev/null
  for i in 1 2 3 4 5 6 7; do
    run "$installed" "$@" >> "$work/a"
    run java -jar "$jar" "$@" >> "$work/b"
  done
  printf '%-44s installed %5s ms %4s MB   jar %5s ms %4s MB\n' "$label" \
    "$(cut -d' ' -f1 "$work/a" | median)" "$(( $(cut -d' ' -f2 "$work/a" | median) / 1024 ))" \
    "$(cut -d' ' -f1 "$work/b" | median)" "$(( $(cut -d' ' -f2 "$work/b" | median) / 1024 ))"
}

echo "$(nproc) cores; installed: $(readlink -f "$(command -v "$installed")"); jar: $jar ($(java -version 2>&1 | head -1))"
measure "--version" --version
measure "export of an empty newsroom" export --db "$work/empty.db" --out "$work/out.json"
if [ -n "$DISPLAY" ]; then
  export NEWSDESK_STARTUP_PROBE=1
  measure "window: start to the first screen" --db "$work/empty.db"
fi
echo "sizes: $(du -sh "$(dirname "$(readlink -f "$(command -v "$installed")")")/.." | cut -f1) installed," \
  "$(du -h "$jar" | cut -f1) jar"
