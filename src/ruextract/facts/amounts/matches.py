"""Where a rule on the text may still match: the spans of facts already found
(:func:`untaken_matches`), the word after a match, the end of a sentence."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ruextract.records import Fact


def overlaps_taken(start: int, stop: int, taken: list[tuple[int, int]]) -> bool:
    """True when the characters ``start:stop`` share one with any ``(start, stop)`` of ``taken``
    (the spans of facts already found, which a later pattern must leave alone)."""
    return any(a < stop and start < b for a, b in taken)


def untaken_matches(
    pattern: re.Pattern[str], text: str, facts: list[Fact], group: int | str = 0
) -> Iterator[tuple[re.Match[str], int, int]]:
    """The matches of ``pattern`` in ``text`` whose ``group`` shares no character with a fact
    already found (:func:`overlaps_taken`), each with that group's ``start`` and ``stop``."""
    taken = [(f.start, f.stop) for f in facts]
    for match in pattern.finditer(text):
        start, stop = match.span(group)
        if not overlaps_taken(start, stop, taken):
            yield match, start, stop


# the word after an elided amount: its own noun or a word of time makes it no elided count
WORD_AFTER = re.compile(r"\s*([а-яё]+)", re.IGNORECASE)


SENTENCE_END = re.compile(r"[.!?\n]\s|\n")
