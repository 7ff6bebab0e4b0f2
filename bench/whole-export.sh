#!/bin/bash
# Times the export of a whole newsroom as users meet it, cold (page cache dropped before every run, so run as
# root), alternating two builds' ./newsdesk (each with its own class-data archive) and `sqlite3 -json` of the three
# tables, the issue's peer. Usage, from the repository:
#   git worktree add /tmp/before <commit> && (cd /tmp/before && mvn -q package -DskipTests)
#   mvn -q package -DskipTests && bench/whole-export.sh /tmp/before NEWSROOM.db [ROUNDS]
# Prints "who seconds peak-KB" lines, then whether both builds wrote the same bytes (exportedAt aside).
set -u
before=${1:?usage: bench/whole-export.sh BEFORE_CHECKOUT NEWSROOM.db [ROUNDS]}
db=${2:?usage: bench/whole-export.sh BEFORE_CHECKOUT NEWSROOM.db [ROUNDS]}
rounds=${3:-5}
after=$(cd "$(dirname "$0")/.." && pwd)
script=$(grep -v '^--' "$after/src/bench/resources/com/newsdesk/bench/whole-newsroom-json.sql")
work=$(mktemp -d)
dir() { [ "$1" = after ] && echo "$after" || echo "$before"; }
cold() {
  sync; echo 3 > /proc/sys/vm/drop_caches
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>&1 && cat "$work/time" || echo FAILED
}
export_with() { echo env XDG_CACHE_HOME="$work/cache-$1" "$(dir "$1")/newsdesk" export --db "$db" --out "$work/$1.json"; }
for v in before after; do $(export_with $v) >/dev/null 2>&1; done # an untimed round: each build records its archive
for i in $(seq "$rounds"); do
  for v in before after; do echo "$v $(cold $(export_with $v))"; done
  echo "sqlite3-json $(cold sh -c 'sqlite3 -json "$1" "$2" > "$3"' sh "$db" "$script" "$work/sqlite3.json")"
done
cmp -s <(sed 1d "$work/before.json") <(sed 1d "$work/after.json") && echo "same bytes" || echo "the bytes differ"
rm -rf "$work"
