#!/usr/bin/env bash
# `make stop`: stop what `make run` started.
set -uo pipefail
cd "$(dirname "$0")/.."
for name in worker api; do
  file=.run/$name.pid
  if [ -s "$file" ] && kill -0 "$(cat "$file")" 2>/dev/null; then
    kill "$(cat "$file")" && echo "stopped the $name"
    for _ in $(seq 1 50); do kill -0 "$(cat "$file")" 2>/dev/null || break; sleep 0.2; done
  fi
  rm -f "$file"
done
[ -n "${NEO4J_URI:-}" ] || .venv/bin/newsgraph neo4j stop
