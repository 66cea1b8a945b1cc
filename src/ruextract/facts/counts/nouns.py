"""The noun of a count found beside it, corrected from the counts around it: an adjective
standing for the noun of the count before ("12 медалей (2 золотых" → медаль), a noun of manner
("в том числе 11 нокаутом" → победа)."""

from __future__ import annotations

import re
from dataclasses import replace

from ruextract.facts.amounts import (
    QUANTITY_KIND,
)
from ruextract.facts.counts.verbs import PART_OF_BEFORE
from ruextract.records import Fact

# between a count and an adjective standing for its noun: a bracket, a comma, "и", a dash
LIST_GAP = re.compile(r"\s*(?:\(|,|и|[—–-])?\s*", re.IGNORECASE)


def adjectives_for_nouns(text: str, facts: list[Fact]) -> list[Fact]:
    """``facts`` with the count of an adjective standing for a noun counting that noun: the
    noun of the count right before it (:data:`LIST_GAP` between), when that count is broken
    down in brackets ("12 медалей (2 золотых" → медаль), has an adjective of its own before
    its noun (a parallel: "8 мужских сборных и 4 женских" → сборная), or is itself such a
    count ("2 золотых, 5 серебряных и 5 бронзовых"); only an adjective, not a participle
    ("65 погибших и 12 раненых" stay what they are)."""
    from ruextract import models

    out: list[Fact] = []
    elided: set[int] = set()
    last: Fact | None = None
    for fact in sorted(facts, key=lambda f: f.start):
        words = fact.text.split()
        if (
            last is not None
            and fact.kind == QUANTITY_KIND
            and len(words) == 2
            and words[-1].lower().endswith(("ых", "их"))
            and LIST_GAP.fullmatch(text[last.stop : fact.start])
        ):
            parse = models.morph_analyzer().parse(words[-1].lower())[0]
            adjective = "ADJF" in parse.tag and not {"PRTF", "Supr", "Apro"} & parse.tag.grammemes
            before = last.text.split()
            parallel = len(before) >= 3 and any(
                "ADJF" in p.tag for p in models.morph_analyzer().parse(before[-2].lower())
            )
            gap = text[last.stop : fact.start]
            if adjective and ("(" in gap or parallel or last.start in elided):
                fact = replace(fact, unit=last.unit)
                elided.add(fact.start)
        out.append(fact)
        if fact.kind == QUANTITY_KIND and fact.unit:
            last = fact
    return out


# a noun after a number that cannot be what it counts: singular in an oblique case after a
# number not ending in 1 ("11 нокаутом": how the wins were won)
OBLIQUE_CASES = frozenset({"ablt", "datv", "loct"})
NUMBER_START = re.compile(r"^(\d+)\s+([а-яё]+)$", re.IGNORECASE)


def manner_nouns(text: str, facts: list[Fact]) -> list[Fact]:
    """``facts`` with a count whose noun does not agree with its number ("одержал 13 побед, в
    том числе 11 нокаутом": "нокаутом" says how) read as a part of the count before it after
    "в том числе" / "из них" / "среди них" (the number alone, that count's noun), else
    dropped."""
    from ruextract import models

    out: list[Fact] = []
    for fact in facts:
        found = NUMBER_START.match(fact.text) if fact.kind == QUANTITY_KIND else None
        if found is None:
            out.append(fact)
            continue
        number = int(found.group(1))
        parses = [
            p for p in models.morph_analyzer().parse(found.group(2).lower()) if "NOUN" in p.tag
        ]
        ones = number % 10 == 1 and number % 100 != 11
        if (
            ones
            or not parses
            or any(p.tag.number != "sing" or p.tag.case not in OBLIQUE_CASES for p in parses)
        ):
            out.append(fact)
            continue
        before = [f for f in out if f.kind == QUANTITY_KIND and f.unit and f.stop <= fact.start]
        if before and PART_OF_BEFORE.search(text, max(0, fact.start - 25), fact.start):
            stop = fact.start + len(found.group(1))
            out.append(replace(fact, stop=stop, text=found.group(1), unit=before[-1].unit))
    return out
