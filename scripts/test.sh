#!/usr/bin/env bash
# Every test of the project, from a fresh clone: install what is missing, type-check,
# unit and execution tests, build the site, then the browser tests against the build.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
bash scripts/system-deps.sh

echo "== Type check"
npx tsc --noEmit
echo "== Import rules (ARCHITECTURE.md's layers, .dependency-cruiser.cjs)"
npx depcruise src sandbox proxy plugins --config .dependency-cruiser.cjs
echo "== OpenAPI lint (Redocly's recommended rules, every problem an error)"
bash scripts/lint-openapi.sh
echo "== Unit, build-guard and sample execution tests"
npx vitest run
echo "== Postman collection, with its tests, run by newman against a fresh sandbox"
bash scripts/newman.sh
echo "== Build, then browser tests (Playwright, Chromium)"
# The build lists the sandbox and proxy addresses of scripts/e2e-env.sh, where the tests serve them.
npm run test:e2e
