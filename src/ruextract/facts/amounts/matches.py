"""Where a rule on the text may still match: the spans of facts already found
(:func:`untaken_matches`), the word after a match, the end of a sentence."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from ruextract.facts.amounts.readings import QUANTITY_KIND
from ruextract.records import Fact


def overlaps_taken(start: int, stop: int, taken: list[tuple[int, int]]) -> bool:
    """True when the characters ``start:stop`` share one with any ``(start, stop)`` of ``taken``
    (the spans of facts already found, which a later pattern must leave alone)."""
    return any(a < stop and start < b for a, b in taken)


def untaken_matches(
    pattern: re.Pattern[str],
    text: str,
    facts: list[Fact],
    group: int | str | Callable[[re.Match[str]], tuple[int, int]] = 0,
) -> Iterator[tuple[re.Match[str], int, int]]:
    """The matches of ``pattern`` in ``text`` whose ``group`` shares no character with a fact
    already found (:func:`overlaps_taken`), each with that group's ``start`` and ``stop``;
    ``group`` may also be a function giving a match's ``(start, stop)`` (a pattern whose
    alternatives put the amount in different groups)."""
    taken = [(f.start, f.stop) for f in facts]
    for match in pattern.finditer(text):
        start, stop = group(match) if callable(group) else match.span(group)
        if not overlaps_taken(start, stop, taken):
            yield match, start, stop


def counts_by_end(facts: list[Fact]) -> list[Fact]:
    """The counts among ``facts`` that have a noun, in the order they end (the steps before
    add their counts at the end): the last before a place is the one a count with no noun
    there takes its noun from."""
    return sorted((f for f in facts if f.kind == QUANTITY_KIND and f.unit), key=lambda f: f.stop)


# the word after an elided amount: its own noun or a word of time makes it no elided count
WORD_AFTER = re.compile(r"\s*([а-яё]+)", re.IGNORECASE)


def word_right_after(text: str, stop: int) -> str | None:
    """The word that starts at most one character after ``stop`` ("12 погибших" → "погибших"),
    or None (punctuation, a number or a line's end first)."""
    word = WORD_AFTER.match(text, stop)
    return word.group(1) if word is not None and word.start(1) - stop <= 1 else None


def word_after_is(text: str, stop: int, grammemes: set[str]) -> bool:
    """True when the word right after ``stop`` (:func:`word_right_after`) has one of
    ``grammemes`` in its first reading: "из них 12 детей" (a noun: the count's own)."""
    word = word_right_after(text, stop)
    return word is not None and first_reading_has(word, grammemes)


def first_reading_has(word: str, grammemes: set[str]) -> bool:
    """True when the first pymorphy3 reading of ``word`` has one of ``grammemes``."""
    from ruextract import models

    return bool(grammemes & models.morph_analyzer().parse(word.lower())[0].tag.grammemes)


SENTENCE_END = re.compile(r"[.!?\n]\s|\n")
