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
from collections.abc import Iterable
from dataclasses import dataclass, field
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


@dataclass
class Counts:
    """Heads of lower-case ORGANIZATION spans, and occurrences of nouns (all, lower-case) in
    the texts and inside ORGANIZATION spans, by lemma."""

    heads: Counter[str] = field(default_factory=Counter)
    inside: Counter[str] = field(default_factory=Counter)
    total: Counter[str] = field(default_factory=Counter)
    lower_inside: Counter[str] = field(default_factory=Counter)
    lower_total: Counter[str] = field(default_factory=Counter)


def count(records: Iterable[dict]) -> Counts:
    """The counts of NEREL records (with ``text`` and ``entities``)."""
    morph = models.morph_analyzer()
    counts = Counts()
    for record in records:
        text = record["text"]
        orgs = [(e["start"], e["stop"]) for e in record["entities"] if e["label"] == "ORGANIZATION"]
        for start, stop in orgs:
            if text[start:stop][:1].islower():
                for word in WORD.findall(text[start:stop]):
                    lemma = noun_lemma(word.lower())
                    if lemma and morph.parse(word.lower())[0].tag.POS == "NOUN":
                        counts.heads[lemma] += 1
                        break
        for match in WORD.finditer(text):
            lemma = noun_lemma(match.group().lower())
            if lemma is not None:
                counts.total[lemma] += 1
                counts.inside[lemma] += any(a <= match.start() < b for a, b in orgs)
        for match in LOWER_WORD.finditer(text):
            parse = morph.parse(match.group())[0]
            if parse.tag.POS == "NOUN":
                lemma = parse.normal_form.replace("ё", "е")
                counts.lower_total[lemma] += 1
                counts.lower_inside[lemma] += any(
                    s <= match.start() and match.end() <= e for s, e in orgs
                )
    return counts


def choose(counts: Counts) -> list[tuple[str, int, int, int, int, int]]:
    """The rows (lemma and its five counts) that pass either use's threshold."""
    rows = []
    for lemma in sorted(set(counts.heads) | set(counts.lower_inside)):
        institution = (
            counts.lower_inside[lemma] >= INSTITUTION_MIN_INSIDE
            and counts.lower_inside[lemma] / counts.lower_total[lemma] >= INSTITUTION_MIN_SHARE
        )
        head = (
            counts.heads[lemma] >= ORG_MIN_HEADS
            and counts.total[lemma]
            and counts.inside[lemma] / counts.total[lemma] >= ORG_MIN_SHARE
        )
        if institution or head:
            found = (counts.heads[lemma], counts.inside[lemma], counts.total[lemma])
            rows.append((lemma, *found, counts.lower_inside[lemma], counts.lower_total[lemma]))
    rows.sort(key=lambda row: (-row[4], -row[1], row[0]))
    return rows


def write(rows: list[tuple[str, int, int, int, int, int]], out: Path) -> None:
    """Write the rows to ``out`` with their header."""
    with out.open("w", encoding="utf-8") as lines:
        lines.write(
            "# common nouns of organisations, counted on NEREL v1.1 train ORGANIZATION spans\n"
        )
        lines.write(
            "# built by tools/build_org_nouns.py (see its docstring for each column and use)\n"
        )
        lines.write("lemma\theads\tinside\ttotal\tlower_inside\tlower_total\n")
        for row in rows:
            lines.write("\t".join(map(str, row)) + "\n")


def main() -> None:
    with GOLD.open(encoding="utf-8") as lines:
        rows = choose(count(map(json.loads, lines)))
    write(rows, OUT)
    print(f"{len(rows)} org nouns -> {OUT}")


if __name__ == "__main__":
    main()
