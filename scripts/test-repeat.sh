#!/usr/bin/env bash
# `npm run test:repeat -- N`: builds the site once, then runs the browser tests N times in a
# row (default 5) and prints each run's result and how many runs passed. A test that fails in
# any run is flaky: find its cause. Extra arguments go to Playwright (e.g. a file or -g NAME).
set -uo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
shift || true
source scripts/e2e-env.sh
bash scripts/install.sh && bash scripts/system-deps.sh || exit 1
npx docusaurus build >/dev/null || exit 1

passed=0
failed=0
for run in $(seq 1 "$runs"); do
  started=$SECONDS
  if npx playwright test --reporter=dot "$@" >"/tmp/test-repeat-$run.log" 2>&1; then
    passed=$((passed + 1)); result=passed
  else
    failed=$((failed + 1)); result="FAILED (log: /tmp/test-repeat-$run.log)"
  fi
  echo "run $run of $runs: $(grep -Eo '[0-9]+ (passed|failed|flaky)' "/tmp/test-repeat-$run.log" | paste -sd, -) in $((SECONDS - started)) s: $result"
done
echo "browser test runs: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
