#!/usr/bin/env bash
# A later sync as users meet it: N new comments on a big site, then `site sync`, whole process and cold, through the
# launcher (./newsdesk) and java -jar alternately (issue 19's "100 new of 100,000 in ≤ 2 s"):
#   bench/site-sync-new.sh NEWSROOM.db WORDPRESS_DIR HOST:PORT POST_ID [NEW] [RUNS]
# with NEWSDESK_SITE_PASSWORD set and the newsroom already synced once with that site (bench/site-sync.sh keeps one).
# Prints each run's seconds and peak resident memory.
set -euo pipefail
db=$1; wordpress=$2; host=$3; post=$4; new=${5:-100}; runs=${6:-5}
here=$(cd "$(dirname "$0")/.." && pwd)
"$here/newsdesk" site sync --db "$db" --json >/dev/null # records the launcher's class-data archive for a sync
for i in $(seq "$runs"); do
  for how in launcher jar; do
    php "$here/bench/wordpress-comments.php" "$wordpress" "$host" "$post" "$new" >/dev/null
    if [ $how = launcher ]; then
      /usr/bin/time -f "launcher %e s, %M KB" "$here/newsdesk" site sync --db "$db" --json
    else
      /usr/bin/time -f "java -jar %e s, %M KB" java -jar "$here/target/newsdesk.jar" site sync --db "$db" --json
    fi
  done
done
