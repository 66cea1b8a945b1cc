"""Institution nouns for ``src/ruextract/data/organizations.tsv``, counted on NEREL v1.1 train.

A lower-case noun is an institution noun when NEREL train tags it as (part of) an
ORGANIZATION at least ``MIN_SHARE`` of the times it is written in lower case, at least
``MIN_COUNT`` times. Prints TSV rows (kind, lemmas, source) to paste into the lexicon.

    python tools/org_nouns.py ../shared/data/gold/nerel_train.jsonl
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter

from ruextract.models import morph_analyzer

MIN_SHARE = 0.78
MIN_COUNT = 8
WORD = re.compile(r"(?<![А-ЯЁа-яё-])[а-яё][а-яё-]{3,}")


def main(path: str) -> None:
    morph = morph_analyzer()
    in_org: Counter[str] = Counter()
    total: Counter[str] = Counter()
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            orgs = [(e["start"], e["stop"]) for e in record["entities"]
                    if e["label"] == "ORGANIZATION"]  # fmt: skip
            for match in WORD.finditer(record["text"]):
                parse = morph.parse(match.group())[0]
                if parse.tag.POS != "NOUN":
                    continue
                lemma = parse.normal_form.replace("ё", "е")
                total[lemma] += 1
                in_org[lemma] += any(s <= match.start() and match.end() <= e for s, e in orgs)
    for lemma, n in sorted(in_org.items(), key=lambda item: -item[1]):
        if n >= MIN_COUNT and n / total[lemma] >= MIN_SHARE:
            print(f"noun\t{lemma}\tNEREL v1.1 train: {n} of {total[lemma]} in an ORGANIZATION")


if __name__ == "__main__":
    main(sys.argv[1])
