# Sourced by the browser-test scripts: the addresses the e2e build lists, where
# tests/e2e/try-it.spec.ts serves the sandbox and starts the proxy for the real API.
export SANDBOX_PORT="${E2E_SANDBOX_PORT:-4311}"
export TRY_IT_PROXY="http://127.0.0.1:${E2E_PROXY_PORT:-4321}"
# The build is published where the tests serve it: its sitemap, canonical links and OpenAPI name it.
export SITE_URL="http://127.0.0.1:${E2E_SITE_PORT:-3310}"
# A secret the build must not carry: tests/e2e/hostile-display.spec.ts searches the built site
# for it. The sandboxes the browser tests start take the demo token, never this one.
SANDBOX_TOKEN="$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n')"
export SANDBOX_TOKEN
