#!/usr/bin/env bash
# Runs Dateline's test suite, as CI does. Needs ../shared beside the checkout (the seeds and peer suites).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d ../shared/seeds ] && [ -z "${DATELINE_SHARED:-}" ]; then
  echo "scripts/test.sh: ../shared (seeds, eval data) not found beside the checkout; set DATELINE_SHARED" >&2
  exit 2
fi
swift build --build-tests
swift test --skip-build
