"""Scores textacy's direct_quotations and Dateline's quotes on the seed gold quotes, side by side.

A gold quote is found when a system's quotation contains the first five words of `starts_with`
(../shared/eval/README.md). Its speaker is then judged two ways:
  strict  - the system names the gold person: Dateline's canonical speaker name, or textacy's speaker
            tokens spelling the full name (same surname and first initial, as SeedGold.samePerson does);
  lenient - the speaker text contains the gold surname ("Putin" for Vladimir Putin).
A pronoun or title speaker ("he", "the Kremlin leader") is right for neither unless the system resolved it.
"""
import argparse
import json
import re
import unicodedata

import spacy
import textacy.extract


def words(s):
    s = unicodedata.normalize("NFKD", s.casefold())
    return [w for w in re.split(r"[^\w]+", "".join(c for c in s if not unicodedata.combining(c))) if w]


def same_person(gold, found):
    a, b = words(gold), words(found)
    if not a or not b:
        return False
    if a == b:
        return True
    return len(a) > 1 and len(b) > 1 and a[-1] == b[-1] and a[0][0] == b[0][0]


def names_surname(gold, found):
    return words(gold)[-1] in words(found)


def squash(text):
    return " ".join(text.split())


def score(gold_records, quotes_by_doc):
    """quotes_by_doc: id -> list of (text, speaker text or None). Returns strict, lenient, found, rows."""
    strict = lenient = found = 0
    rows = []
    for record in gold_records:
        quotes = quotes_by_doc.get(record["id"], [])
        for gq in record["quotes"]:
            first5 = " ".join(gq["starts_with"].split()[:5])
            holders = [q for q in quotes if first5 in squash(q[0])]
            s = any(q[1] and same_person(gq["speaker"], q[1]) for q in holders)
            l = any(q[1] and names_surname(gq["speaker"], q[1]) for q in holders)
            found += bool(holders)
            strict += s
            lenient += l
            speakers = sorted({q[1] or "nobody" for q in holders}) or ["(missed)"]
            rows.append((record["id"][:3], gq["speaker"], first5, s, l, " / ".join(speakers)))
    return strict, lenient, found, rows


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--gold", required=True)
    parser.add_argument("--extract", required=True)
    args = parser.parse_args()
    gold = [json.loads(line) for line in open(args.gold, encoding="utf-8") if line.strip()]
    records = {r["id"]: r for r in (json.loads(line) for line in open(args.extract, encoding="utf-8") if line.strip())}

    nlp = spacy.load("en_core_web_sm")
    textacy_quotes, dateline_quotes = {}, {}
    for doc_id, record in records.items():
        doc = nlp(record["text"])
        textacy_quotes[doc_id] = [
            (q.content.text, " ".join(t.text for t in q.speaker) or None)
            for q in textacy.extract.triples.direct_quotations(doc)
        ]
        dateline_quotes[doc_id] = [
            (q["text"], (q.get("speaker") or {}).get("name"))
            for q in record.get("quotes", []) if q.get("kind") == "direct"
        ]

    total = sum(len(r["quotes"]) for r in gold)
    print(f"seed gold quotes: {total} (same cleaned text for both systems)")
    print(f"{'system':<30} {'found':>6} {'strict':>7} {'lenient':>8}")
    results = {}
    for name, quotes in (("textacy direct_quotations", textacy_quotes), ("dateline", dateline_quotes)):
        strict, lenient, found, rows = score(gold, quotes)
        results[name] = rows
        print(f"{name:<30} {found:>3}/{total} {strict:>4}/{total} {lenient:>5}/{total}")
    print()
    print("per quote (S = strict right, L = lenient right; speaker as each system gave it)")
    for (doc, speaker, first5, ts, tl, tsp), (_, _, _, ds, dl, dsp) in zip(results["textacy direct_quotations"], results["dateline"]):
        mark = lambda s, l: ("S" if s else "-") + ("L" if l else "-")
        print(f"  {doc} {speaker:<15} {first5[:38]:<38} textacy {mark(ts, tl)} {tsp[:24]:<24} dateline {mark(ds, dl)} {dsp[:24]}")


if __name__ == "__main__":
    main()
