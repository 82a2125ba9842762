#!/usr/bin/env bash
# Runs the Postman collection, with its tests, through newman against a fresh sandbox: the
# Node sandbox's own command on a free port, its data in memory, the demo token, no rate limit.
# The collection runs in its order, one sandbox for the whole run (see README, "OpenAPI, Postman").
set -euo pipefail
cd "$(dirname "$0")/.."
dir="$(mktemp -d)"
sandbox_pid=""
cleanup() {
  if [ -n "$sandbox_pid" ]; then kill "$sandbox_pid" 2>/dev/null || true; wait "$sandbox_pid" 2>/dev/null || true; fi
  rm -rf "$dir"
}
trap cleanup EXIT
npx tsx scripts/write-exports.ts "$dir"

# node itself (not npx), so that the pid is the sandbox's and stopping it stops the sandbox.
SANDBOX_PORT=0 SANDBOX_DB=:memory: SANDBOX_RATE_LIMIT=0 SANDBOX_TOKEN=sandbox-demo-token-not-a-secret \
  node --import tsx sandbox/node/cli.ts > "$dir/sandbox.log" 2>&1 &
sandbox_pid=$!
base_url=""
for _ in $(seq 1 600); do
  base_url="$(sed -n 's/^Sandbox API: *//p' "$dir/sandbox.log")"
  [ -n "$base_url" ] && break
  kill -0 "$sandbox_pid" 2>/dev/null || { cat "$dir/sandbox.log"; exit 1; }
  sleep 0.1
done
[ -n "$base_url" ] || { echo "The sandbox did not start:"; cat "$dir/sandbox.log"; exit 1; }

npx newman run "$dir/postman_collection.json" \
  --env-var "baseUrl=$base_url" --env-var "token=sandbox-demo-token-not-a-secret" \
  --reporters cli --color off
