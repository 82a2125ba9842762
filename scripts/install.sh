#!/usr/bin/env bash
# Installs the npm dependencies when node_modules is missing or older than the lock file,
# so `npm start` and `npm test` work straight from a fresh clone.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing npm dependencies (npm ci)…"
  npm ci --no-audit --no-fund
fi
