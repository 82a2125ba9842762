# Sourced by the browser-test scripts: the addresses the e2e build lists, where
# tests/e2e/try-it.spec.ts serves the sandbox and starts the proxy for the real API.
export SANDBOX_PORT=4311
export TRY_IT_PROXY=http://127.0.0.1:4321
