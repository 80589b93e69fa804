#!/usr/bin/env bash
# `make run`: the local Neo4j (unless NEO4J_URI is set), a sample article ingested, the worker and
# the API running in the background. Run `make stop` to stop them all.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
RUN=.run
mkdir -p "$RUN"
PORT=${NEWSGRAPH_API_PORT:-8000}

# an API key for write routes, made once and kept in .run/api-key
if [ -z "${NEWSGRAPH_API_KEY:-}" ]; then
  [ -s "$RUN/api-key" ] || "$BIN/python" -c 'import secrets; print(secrets.token_urlsafe(24))' > "$RUN/api-key"
  NEWSGRAPH_API_KEY=$(cat "$RUN/api-key")
fi
export NEWSGRAPH_API_KEY
# A freshly opened Neo4j Browser applies newsgraph's style and opens its guide, both served by the API.
# "localhost", not 127.0.0.1: the Browser fetches remote content only from hosts on its allow-list,
# which is "guides.neo4j.com,localhost" by default (app/routes/browser.py: post_connect_cmd).
export NEWSGRAPH_NEO4J_POST_CONNECT_CMD=${NEWSGRAPH_NEO4J_POST_CONNECT_CMD:-"style http://localhost:$PORT/browser/style.grass; play http://localhost:$PORT/browser/guide.html"}

if [ -z "${NEO4J_URI:-}" ]; then
  "$BIN/newsgraph" neo4j start
  export NEO4J_URI="bolt://127.0.0.1:${NEWSGRAPH_NEO4J_BOLT_PORT:-7687}"  # the worker and the API follow the local server
else
  echo "Using the Neo4j at $NEO4J_URI"
fi

stop_pid() {
  local file=$1
  if [ -s "$file" ] && kill -0 "$(cat "$file")" 2>/dev/null; then
    kill "$(cat "$file")" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$(cat "$file")" 2>/dev/null || break; sleep 0.2; done
  fi
  rm -f "$file"
}
stop_pid "$RUN/worker.pid"
stop_pid "$RUN/api.pid"

nohup "$BIN/newsgraph" serve --port "$PORT" > "$RUN/api.log" 2>&1 &
echo $! > "$RUN/api.pid"
nohup "$BIN/newsgraph" worker > "$RUN/worker.log" 2>&1 &
echo $! > "$RUN/worker.pid"

for _ in $(seq 1 120); do
  curl -fsS "http://127.0.0.1:$PORT/health" > /dev/null 2>&1 && break
  sleep 0.5
done
curl -fsS "http://127.0.0.1:$PORT/health" > /dev/null || { echo "the API did not start; see $RUN/api.log"; exit 1; }

SAMPLE=../shared/corpus/dev.jsonl
if [ -f "$SAMPLE" ]; then
  head -n 1 "$SAMPLE" > "$RUN/sample.jsonl"
else
  cp samples/sample-article.jsonl "$RUN/sample.jsonl"
fi
ARTICLE=$("$BIN/newsgraph" ingest "$RUN/sample.jsonl" | cut -f1)
for _ in $(seq 1 240); do
  STATUS=$(curl -fsS "http://127.0.0.1:$PORT/v1/articles/$ARTICLE" | "$BIN/python" -c 'import json,sys; print(json.load(sys.stdin)["status"])' || true)
  [ "$STATUS" = "done" ] || [ "$STATUS" = "failed" ] && break
  sleep 0.5
done
echo "Sample article $ARTICLE: $STATUS"

cat <<TXT

newsgraph is running.
  API:           http://127.0.0.1:$PORT/docs        (key for write routes: $NEWSGRAPH_API_KEY)
  Neo4j Browser: http://localhost:${NEWSGRAPH_NEO4J_HTTP_PORT:-7474}/browser/      (user neo4j, password ${NEO4J_PASSWORD:-newsgraph-local})
                 after connecting, the style applies and the guide opens; by hand:
                 :style http://localhost:$PORT/browser/style.grass   :play http://localhost:$PORT/browser/guide.html
  Logs:          $RUN/api.log, $RUN/worker.log

Try:
  curl 'http://127.0.0.1:$PORT/v1/entities?q=Lebedev'
  curl 'http://127.0.0.1:$PORT/v1/entities/person:sergey-lebedev/relationships'
Stop everything with: make stop
TXT
