#!/usr/bin/env bash
# Installs the npm dependencies when node_modules is missing or older than the lock file,
# so `npm start` and `npm test` work straight from a fresh clone.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing npm dependencies…"
  # `npm install`, not `npm ci`: the registry here serves only this platform's builds of
  # @swc/html's optional packages, so the lock file cannot list the others and `npm ci`
  # refuses it as out of sync. The lock file still pins every version that is installed.
  npm install --no-audit --no-fund
fi
