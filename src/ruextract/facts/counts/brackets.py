"""Numbers with brackets after them: the sum of its parts ("набрал 22 (9+13) очков") and the
number restated in words ("0 (ноль) штук")."""

from __future__ import annotations

import re

from ruextract.facts.amounts import (
    QUANTITY_KIND,
)
from ruextract.facts.amounts.matches import (
    untaken_matches,
)
from ruextract.facts.counts.lemmas import is_plural_genitive_noun
from ruextract.records import Fact

# a number with the sum of its parts in brackets: "набрал 22 (9+13) очков", "очков — 13 (8+5)"
SUM_IN_BRACKETS = re.compile(
    r"(?<![\w.,+])(\d+)\s*\(\s*(\d+(?:\s*\+\s*\d+)+)\s*\)(?:\s+([а-яё]+))?", re.IGNORECASE
)
# the noun right before a dash before the number: "больше всех очков — 13 (8+5)"
NOUN_BEFORE_DASH = re.compile(r"([а-яё]+)\s+[—–-]\s*$", re.IGNORECASE)


def sums_in_brackets(text: str, facts: list[Fact]) -> list[Fact]:
    """ "В пяти играх он набрал 22 (9+13) очков": a number followed by the parts that add up
    to it in brackets (goals + assists) counts the noun after the bracket, or the noun in the
    genitive plural right before a dash before it ("больше всех очков — 13 (8+5)"); the
    parts are no facts. A bracket whose numbers do not add up to the number is no sum."""
    from ruextract.grammars.quantity import noun_lemma

    found = []
    for match, start, stop in untaken_matches(SUM_IN_BRACKETS, text, facts, 1):
        parts = [int(part) for part in re.findall(r"\d+", match.group(2))]
        if sum(parts) != int(match.group(1)):
            continue
        word = match.group(3)
        if word is None or not is_plural_genitive_noun(word):
            before = NOUN_BEFORE_DASH.search(text, max(0, start - 40), start)
            word = before.group(1) if before is not None else None
            if word is None or not is_plural_genitive_noun(word):
                continue
        found.append(
            Fact(start=start, stop=stop, text=match.group(1), kind=QUANTITY_KIND,
                 value=float(match.group(1)), unit=noun_lemma(word))
        )  # fmt: skip
    return found


# "0 (ноль) штук", "5 (пять) автоматов": a number restated in words in brackets
RESTATED_IN_WORDS = re.compile(
    r"(?<![\w.,])(\d+)\s*\(\s*([а-яё]+(?:\s+[а-яё]+){0,3})\s*\)\s+([а-яё]+)", re.IGNORECASE
)


def counts_restated_in_words(text: str, facts: list[Fact]) -> list[Fact]:
    """ "Количество размещенных ценных бумаг: 0 (ноль) штук": a number restated in words in
    brackets (the words must say the same number) counts the noun after the bracket."""
    from ruextract import models
    from ruextract.grammars.numbers import number_lemma, words_value
    from ruextract.grammars.quantity import NOT_COUNTED, noun_lemma

    found = []
    for match, start, stop in untaken_matches(RESTATED_IN_WORDS, text, facts):
        words = match.group(2).split()
        if not all(number_lemma(word) is not None for word in words):
            continue
        said = 0.0 if [number_lemma(w) for w in words] == ["ноль"] else words_value(" ".join(words))
        if said != float(match.group(1)):
            continue
        parse = models.morph_analyzer().parse(match.group(3).lower())[0]
        if "NOUN" not in parse.tag or noun_lemma(match.group(3)) in NOT_COUNTED:
            continue
        found.append(
            Fact(start=start, stop=stop, text=match.group(0), kind=QUANTITY_KIND,
                 value=said, unit=noun_lemma(match.group(3)))
        )  # fmt: skip
    return found
