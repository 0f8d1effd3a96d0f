#!/usr/bin/env bash
# Runs Dateline's seeded fuzzer over every stage for a fixed number of inputs (default 5000, seed 1):
#   bash scripts/fuzz.sh [INPUTS] [SEED]
# Fails on any crash, hang (> 1 s on a 100 KB input) or offset outside the text. The input being run is
# kept in .build/fuzz/current.bin (so a crash leaves it behind) and failing inputs in .build/fuzz/failures/;
# turn each into a regression test in Tests/DatelineKitTests/PathologicalInputTests.swift, as
# textAtEveryOneOfTenThousandLevels keeps the deep-nesting page that once took minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
inputs="${1:-5000}"
seed="${2:-1}"
mkdir -p .build/fuzz
swift build -c release --product dateline
.build/release/dateline fuzz --inputs "$inputs" --seed "$seed" \
  --current-input .build/fuzz/current.bin --save-failures .build/fuzz/failures
