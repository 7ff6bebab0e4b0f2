#!/usr/bin/env bash
# Times `newsdesk site sync` as users run it (whole process, cold JVM, java -jar) against a real WordPress:
#   bench/site-sync.sh URL USER FIRST_RUNS
# with NEWSDESK_SITE_PASSWORD set. FIRST_RUNS fresh newsrooms each make a first full pull of every comment the
# site has; the last one is kept and then synced again with nothing new, as a later sync meets it. Prints seconds.
set -euo pipefail
url=$1; user=$2; runs=${3:-3}
jar=${NEWSDESK_JAR:-target/newsdesk.jar}
work=$(mktemp -d)
for i in $(seq "$runs"); do
  rm -f "$work"/n.db*
  java -jar "$jar" init --db "$work/n.db" >/dev/null
  java -jar "$jar" site add --db "$work/n.db" --name bench --wordpress "$url" --site-user "$user" >/dev/null
  start=$(date +%s.%N)
  out=$(java -jar "$jar" site sync --db "$work/n.db" --json)
  end=$(date +%s.%N)
  echo "first pull $i: $(echo "$end - $start" | bc) s  $out"
done
start=$(date +%s.%N)
out=$(java -jar "$jar" site sync --db "$work/n.db" --json)
end=$(date +%s.%N)
echo "sync with nothing new: $(echo "$end - $start" | bc) s  $out"
echo "$work/n.db"
