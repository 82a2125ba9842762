#!/usr/bin/env bash
# The site in development mode with the sandbox beside it; Ctrl-C stops both. Docusaurus's
# development server serves one language, English unless asked: `npm start -- --locale es`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
exec npx concurrently --kill-others --names site,sandbox --prefix-colors blue,green \
  "docusaurus start --host 127.0.0.1 --no-open $*" \
  "tsx sandbox/node/cli.ts"
