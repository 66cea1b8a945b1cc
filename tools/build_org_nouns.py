"""Build ``src/ruextract/data/org_nouns.tsv``: common nouns of organisations, counted on NEREL
v1.1 train (``../shared/data/gold/nerel_train.jsonl``; Loukachevitch et al. 2021, CC BY 4.0).

One lexicon, two uses, each with its own threshold on the same counts (the thresholds live
beside the code that applies them):

- ``ruextract.organizations`` takes a lower-case noun on its own as an organisation mention
  ("правительство", "полиция") when NEREL tags it as (part of) an ORGANIZATION most of the
  times it is written in lower case: columns ``lower_inside`` of ``lower_total`` (lower-case
  words of 4+ letters read by pymorphy3's likeliest parse as a noun);
- ``ruextract.roles`` takes a noun as the head of an organisation's name in a post ("судья
  районного суда") when it heads lower-case ORGANIZATION spans (``heads``: the span's first
  word whose likeliest parse is a noun) and some of its occurrences in any case lie inside an
  ORGANIZATION span (``inside`` of ``total``, its first noun reading).

A lemma is written when it passes either use's threshold (the loosest of them, below). NEREL
dev is never read.

    PYTHONPATH=src /work/venv/bin/python tools/build_org_nouns.py
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

from ruextract import models
from ruextract.organizations import INSTITUTION_MIN_INSIDE, INSTITUTION_MIN_SHARE
from ruextract.roles.words import ORG_MIN_HEADS, ORG_MIN_SHARE

GOLD = Path("../shared/data/gold/nerel_train.jsonl")
OUT = Path("src/ruextract/data/org_nouns.tsv")
WORD = re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*")
LOWER_WORD = re.compile(r"(?<![А-ЯЁа-яё-])[а-яё][а-яё-]{3,}")


def noun_lemma(word: str) -> str | None:
    """pymorphy3's first noun reading of ``word`` (ё as е)."""
    for parse in models.morph_analyzer().parse(word):
        if "NOUN" in parse.tag.grammemes:
            return parse.normal_form.replace("ё", "е")
    return None


def main() -> None:
    morph = models.morph_analyzer()
    heads: Counter[str] = Counter()
    inside: Counter[str] = Counter()
    total: Counter[str] = Counter()
    lower_inside: Counter[str] = Counter()
    lower_total: Counter[str] = Counter()
    for line in GOLD.open(encoding="utf-8"):
        record = json.loads(line)
        text = record["text"]
        orgs = [(e["start"], e["stop"]) for e in record["entities"] if e["label"] == "ORGANIZATION"]
        for start, stop in orgs:
            if text[start:stop][:1].islower():
                for word in WORD.findall(text[start:stop]):
                    lemma = noun_lemma(word.lower())
                    if lemma and morph.parse(word.lower())[0].tag.POS == "NOUN":
                        heads[lemma] += 1
                        break
        for match in WORD.finditer(text):
            lemma = noun_lemma(match.group().lower())
            if lemma is not None:
                total[lemma] += 1
                inside[lemma] += any(a <= match.start() < b for a, b in orgs)
        for match in LOWER_WORD.finditer(text):
            parse = morph.parse(match.group())[0]
            if parse.tag.POS == "NOUN":
                lemma = parse.normal_form.replace("ё", "е")
                lower_total[lemma] += 1
                lower_inside[lemma] += any(s <= match.start() and match.end() <= e for s, e in orgs)
    rows = []
    for lemma in sorted(set(heads) | set(lower_inside)):
        institution = (
            lower_inside[lemma] >= INSTITUTION_MIN_INSIDE
            and lower_inside[lemma] / lower_total[lemma] >= INSTITUTION_MIN_SHARE
        )
        head = (
            heads[lemma] >= ORG_MIN_HEADS
            and total[lemma]
            and inside[lemma] / total[lemma] >= ORG_MIN_SHARE
        )
        if institution or head:
            counts = (heads[lemma], inside[lemma], total[lemma])
            rows.append((lemma, *counts, lower_inside[lemma], lower_total[lemma]))
    rows.sort(key=lambda row: (-row[4], -row[1], row[0]))
    with OUT.open("w", encoding="utf-8") as out:
        out.write(
            "# common nouns of organisations, counted on NEREL v1.1 train ORGANIZATION spans\n"
        )
        out.write(
            "# built by tools/build_org_nouns.py (see its docstring for each column and use)\n"
        )
        out.write("lemma\theads\tinside\ttotal\tlower_inside\tlower_total\n")
        for row in rows:
            out.write("\t".join(map(str, row)) + "\n")
    print(f"{len(rows)} org nouns -> {OUT}")


if __name__ == "__main__":
    main()
