#!/bin/bash
# Times the same jobs with two builds, alternating, as users meet them: the whole process through ./newsdesk (with
# its class-data archive), each build on its own files and cache. Usage, from the repository:
#   git worktree add /tmp/before <commit> && (cd /tmp/before && mvn -q package -DskipTests)
#   mvn -q package -DskipTests && bench/before-after.sh /tmp/before
# Prints "job build milliseconds" lines; a run that fails prints FAILED.
set -u
before=${1:?usage: bench/before-after.sh BEFORE_CHECKOUT}
after=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
cd "$work"
dir() { [ "$1" = after ] && echo "$after" || echo "$before"; }
run() { XDG_CACHE_HOME="$work/cache-$1" "$(dir "$1")/newsdesk" "${@:2}"; }
t() { local s=$(date +%s%N); run "$@" >/dev/null 2>&1 || { echo FAILED; return; }; echo $(( ($(date +%s%N) - s) / 1000000 )); }
for v in before after; do
  run $v init --db empty-$v.db >/dev/null
  run $v demo --db big-$v.db --articles 20000 --comments 10 --subscribers 200000 >/dev/null
  run $v stats --db empty-$v.db >/dev/null # records the class-data archive
done
run after export-subscribers --db big-after.db --format csv --out subs.csv >/dev/null
for i in 1 2 3 4 5 6 7 8 9; do for v in before after; do echo "stats $v $(t $v stats --db empty-$v.db)"; done; done
for i in 1 2 3 4 5; do for v in before after; do
  echo "articles-list-200 $v $(t $v articles --db big-$v.db --limit 200)"
  echo "articles-search $v $(t $v articles --db big-$v.db --search tram --limit 100)"
done; done
for i in 1 2 3; do for v in before after; do
  rm -f imp-$v.db*; cp empty-$v.db imp-$v.db
  echo "import-subscribers-200k $v $(t $v import-subscribers subs.csv --db imp-$v.db)"
  rm -f out-$v.json
  echo "export-200k $v $(t $v export --db big-$v.db --out out-$v.json)"
done; done
rm -rf "$work"
