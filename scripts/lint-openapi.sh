#!/usr/bin/env bash
# Lints the OpenAPI document the build publishes, generated from the registry, with Redocly's
# recommended rules as errors (redocly.yaml): any problem fails.
set -euo pipefail
cd "$(dirname "$0")/.."
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
npx tsx scripts/write-exports.ts "$dir"
npx redocly lint "$dir/openapi.json" --config redocly.yaml --format=summary
