#!/bin/bash
# Command starts through two checkouts' ./newsdesk, as a user meets them after a build: the first command is `init`
# (which, before the training run, recorded the class-data archive), then an export of an empty newsroom, `stats`
# and `import-subscribers` of one row, each build with its own files and cache, alternating, the page cache dropped
# before every run when run as root. Usage, from the repository:
#   git worktree add /tmp/before <commit> && (cd /tmp/before && mvn -q package -DskipTests)
#   mvn -q package -DskipTests && bench/command-start.sh /tmp/before [ROUNDS]
# Prints each job's milliseconds and peak resident kilobytes per build, median last; the first round is untimed.
set -u
before=${1:?usage: bench/command-start.sh BEFORE_CHECKOUT [ROUNDS]}
rounds=${2:-5}
after=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf 'email,name\nreader@example.org,A Reader\n' > "$work/one.csv"
dir() { [ "$1" = after ] && echo "$after" || echo "$before"; }
drop() { [ "$(id -u)" = 0 ] && sync && echo 3 > /proc/sys/vm/drop_caches; }
for v in before after; do
  XDG_CACHE_HOME="$work/cache-$v" "$(dir $v)/newsdesk" init --db "$work/$v.db" >/dev/null
done
for round in $(seq 0 "$rounds"); do
  for job in export stats import-subscribers; do
    for v in before after; do
      case $job in
        export) args=(export --db "$work/$v.db" --out "$work/$v.json"); rm -f "$work/$v.json" ;;
        stats) args=(stats --db "$work/$v.db") ;;
        import-subscribers) args=(import-subscribers "$work/one.csv" --db "$work/$v.db") ;;
      esac
      drop
      s=$(date +%s%N)
      XDG_CACHE_HOME="$work/cache-$v" /usr/bin/time -f %M -o "$work/mem" "$(dir $v)/newsdesk" "${args[@]}" \
        >/dev/null 2>&1 || echo "FAILED $job $v"
      [ "$round" -gt 0 ] && echo "$job $v $(( ($(date +%s%N) - s) / 1000000 )) $(cat "$work/mem")"
    done
  done
done | awk '{print} {ms[$1" "$2]=ms[$1" "$2]" "$3; kb[$1" "$2]=kb[$1" "$2]" "$4}
  END {for (k in ms) {n=split(ms[k], a, " "); asort(a); printf "%s: median %d ms (%s ), KB%s\n", k, a[int((n+1)/2)], ms[k], kb[k]}}'
