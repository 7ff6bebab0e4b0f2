#!/usr/bin/env bash
# Measures the foundation's promises on this machine: demo of 1,000,000 subscribers + 1,000,000 comments, then
# export and import of it, next to the sqlite3 shell's -json output of the same tables. Run after `mvn package`.
# usage: bench/foundation.sh [WORKDIR]   (needs sqlite3 and about 3 GB of free disk)
set -euo pipefail
jar=$(cd "$(dirname "$0")/.." && pwd)/target/newsdesk.jar
work=${1:-$(mktemp -d)}
mkdir -p "$work" && cd "$work"
rm -f bench.db* copy.db* *.json
t() { local start=$(date +%s.%N); "$@" >/dev/null; echo "$(echo "$(date +%s.%N) - $start" | bc)"; }
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB, $(java -version 2>&1 | head -1)"
echo "demo (20,000 articles, 1,000,000 comments, 1,000,000 subscribers): $(t java -jar "$jar" demo --db bench.db --articles 20000 --comments 1000000 --subscribers 1000000) s"
echo "export whole newsroom (-Xmx256m):            $(t java -Xmx256m -jar "$jar" export --db bench.db --out all.json) s, $(du -m all.json | cut -f1) MB"
echo "sqlite3 -json of articles+comments+subscribers: $(t sh -c 'sqlite3 -json bench.db "select * from articles; select * from comments; select * from subscribers" > s3-all.json') s, $(du -m s3-all.json | cut -f1) MB"
echo "export subscribers only (-Xmx256m):          $(t java -Xmx256m -jar "$jar" export --db bench.db --only subscribers --out subs.json) s, $(du -m subs.json | cut -f1) MB"
echo "sqlite3 -json of subscribers:                $(t sh -c 'sqlite3 -json bench.db "select * from subscribers" > s3-subs.json') s, $(du -m s3-subs.json | cut -f1) MB"
echo "cp of the whole export (the disk):           $(t cp all.json copy.json) s"
echo "import whole newsroom into an empty file:    $(t java -jar "$jar" import --db copy.db all.json) s"
java -jar "$jar" export --db copy.db --out again.json >/dev/null
if diff <(tail -n +2 all.json) <(tail -n +2 again.json) >/dev/null && [ "$(head -c 40 all.json)" = "$(head -c 40 again.json)" ]; then
  echo "export -> import -> export: identical but exportedAt"
else
  echo "export -> import -> export: DIFFERENT"; exit 1
fi
