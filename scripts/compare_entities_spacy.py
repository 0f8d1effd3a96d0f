"""Compares spaCy en_core_web_sm NER with Dateline's entity layer on the seed articles.

Usage (from scripts/compare-entities-spacy.sh): python compare_entities_spacy.py DATELINE.jsonl

Both systems read the same cleaned text (Dateline's `text` field), so offsets agree. Counted:
- names: every whole-word "Putin" and "Xi". Dateline is right when a mention covering it resolves to the
  right Wikidata id; spaCy when a PERSON entity covers it (spaCy links nothing, so finding it is its best).
- pronouns, roles, metonyms: the cases of scripts/seed-entity-gold.json. Dateline is right when a mention
  covering the word resolves to the expected person (or, for metonyms, to the country's government);
  spaCy has no coreference or linking: a pronoun or role is never resolved; a metonym counts as right
  when spaCy labels it GPE or ORG (the OntoNotes convention for governments), without telling which.
"""
import json
import pathlib
import re
import sys

import spacy

IDS = {"Putin": "Q7747", "Xi": "Q15031"}
GOLD = json.loads((pathlib.Path(__file__).parent / "seed-entity-gold.json").read_text())


def word_offsets(word, text):
    return [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text)]


def locate(text, context, mention):
    at = text.find(context)
    if at < 0:
        return None
    inner = re.search(r"(?<!\w)" + re.escape(mention) + r"(?!\w)", context)
    return at + inner.start() if inner else None


def covering(mentions, offset):
    return [m for m in mentions if m["start"] <= offset < m["end"]]


def main(path):
    records = {}
    for line in open(path, encoding="utf-8"):
        record = json.loads(line)
        records[record["id"][:3]] = record
    nlp = spacy.load("en_core_web_sm")
    tally = {key: [0, 0, 0] for key in ("names", "pronouns", "roles", "metonyms")}  # total, dateline, spacy
    misses = []
    for seed in sorted(records):
        record = records[seed]
        text = record["text"]
        mentions = [dict(m, entity=e) for e in record["entities"] for m in e["mentions"]]
        doc = nlp(text)
        spans = [(ent.start_char, ent.end_char, ent.label_) for ent in doc.ents]
        spacy_at = lambda offset: [label for start, end, label in spans if start <= offset < end]
        for word, wikidata in IDS.items():
            for offset in word_offsets(word, text):
                tally["names"][0] += 1
                ok_d = any(m["entity"]["id"] == wikidata for m in covering(mentions, offset))
                ok_s = "PERSON" in spacy_at(offset)
                tally["names"][1] += ok_d
                tally["names"][2] += ok_s
                if not ok_d:
                    misses.append(f"{seed} name '{word}' at {offset}")
        for kind in ("pronouns", "roles", "metonyms"):
            for gold_seed, context, word, expected in GOLD[kind]:
                if gold_seed != seed:
                    continue
                offset = locate(text, context, word)
                tally[kind][0] += 1
                if offset is None:
                    misses.append(f"{seed} {kind}: context '{context}' not in the cleaned text")
                    continue
                found = covering(mentions, offset)
                if kind == "metonyms":
                    ok_d = any(m["entity"]["kind"] == "country" and m["entity"]["country"] == expected for m in found)
                    ok_s = bool({"GPE", "ORG"} & set(spacy_at(offset)))
                else:
                    ok_d = any(m["entity"]["name"] == expected for m in found)
                    ok_s = False
                tally[kind][1] += ok_d
                tally[kind][2] += ok_s
                if not ok_d:
                    got = ", ".join(f"{m['entity']['name']}" for m in found) or "nothing"
                    misses.append(f"{seed} {kind} '{word}' in '{context}': expected {expected}, Dateline gave {got}")
        resolved_pronouns = sum(1 for m in mentions if (m.get("basis") or "").startswith("pronoun"))
        print(f"{record['id']}: spaCy entities {len(doc.ents)} "
              f"(PERSON {sum(1 for s in spans if s[2] == 'PERSON')}, GPE {sum(1 for s in spans if s[2] == 'GPE')}, "
              f"ORG {sum(1 for s in spans if s[2] == 'ORG')}, NORP {sum(1 for s in spans if s[2] == 'NORP')}); "
              f"Dateline mentions {len(mentions)} ({resolved_pronouns} pronouns resolved)")
    print()
    print(f"{'':34} {'cases':>6} {'Dateline':>9} {'spaCy sm':>9}")
    labels = {"names": "Putin/Xi names (right person)", "pronouns": "pronouns resolved right",
              "roles": "roles resolved to the holder", "metonyms": "metonyms (government)"}
    for key, (total, dateline, spacy_right) in tally.items():
        print(f"{labels[key]:34} {total:6d} {dateline:9d} {spacy_right:9d}")
    print("(spaCy: names = tagged PERSON, it links no ids; no coreference, so pronouns and roles stay unresolved;"
          " metonyms = tagged GPE/ORG, government or place not told apart)")
    if misses:
        print("\nDateline misses:")
        for miss in misses:
            print("  " + miss)


if __name__ == "__main__":
    main(sys.argv[1])
