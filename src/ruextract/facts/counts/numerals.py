"""Numerals that stand alone: a collective numeral with no noun ("Все четверо сгорели",
"семеро из задержанных") and adverbs of times ("трижды штрафовали" → 3 раз)."""

from __future__ import annotations

import re

from ruextract.facts.amounts import (
    QUANTITY_KIND,
)
from ruextract.facts.amounts.matches import (
    counts_by_end,
    untaken_matches,
    word_after_is,
)
from ruextract.facts.counts.lemmas import PEOPLE, stands_for_people, substantive_lemma
from ruextract.records import Fact

# a collective numeral with no noun after it: "Все четверо сгорели", "Последние двое"
COLLECTIVE_ALONE = re.compile(
    r"\b(двое|трое|четверо|пятеро|шестеро|семеро|восьмеро|"
    # its accusative / genitive: "Полиция задержала троих", "убил двоих и ранил пятерых"
    r"двоих|троих|четверых|пятерых|шестерых|семерых)\b(?!\s+[а-яё]+(?:ых|их)\b)",
    re.IGNORECASE,
)


# "семеро из задержанных": the group a collective numeral is a part of
COLLECTIVE_OF = re.compile(r"\s+из\s+([а-яё]+)", re.IGNORECASE)
COLLECTIVE_VALUES = {"двое": 2, "трое": 3, "четверо": 4, "пятеро": 5, "шестеро": 6,
                     "семеро": 7, "восьмеро": 8, "двоих": 2, "троих": 3, "четверых": 4,
                     "пятерых": 5, "шестерых": 6, "семерых": 7}  # fmt: skip
# how far back the count of people a collective numeral stands for may be
COLLECTIVE_REACH = 300


def collectives_alone(text: str, facts: list[Fact]) -> list[Fact]:
    """ "Погибли четверо членов экипажа … Все четверо сгорели": a collective numeral with no
    noun counts the people of the count before it (a person noun, within
    :data:`COLLECTIVE_REACH` characters, across a paragraph break too); with no count in
    reach, people ("человек"); after a count of things, nothing."""

    counts = counts_by_end(facts)
    found = []
    for match, _, _ in untaken_matches(COLLECTIVE_ALONE, text, facts):
        # its own noun, or a pronoun before one ("Трое его близких друзей")
        if word_after_is(text, match.end(), {"NOUN", "NPRO", "Apro"}):
            continue
        of = COLLECTIVE_OF.match(text, match.end())
        partitive = substantive_lemma(of.group(1)) if of is not None else None
        if partitive is not None:
            # "семеро из задержанных": a count of the group named after "из"
            found.append(
                Fact(start=match.start(), stop=match.end(), text=match.group(1),
                     kind=QUANTITY_KIND, value=float(COLLECTIVE_VALUES[match.group(1).lower()]),
                     unit=partitive)
            )  # fmt: skip
            continue
        before = [f for f in counts if f.stop <= match.start()]
        # a collective numeral alone counts people: with no count just before it, "Еще трое
        # арестованы в Лондоне" counts человек; after a count of things it is none
        unit = PEOPLE
        if before and match.start() - before[-1].stop <= COLLECTIVE_REACH:
            if not stands_for_people(before[-1].unit):
                continue
            unit = before[-1].unit
        found.append(
            Fact(start=match.start(), stop=match.end(), text=match.group(1), kind=QUANTITY_KIND,
                 value=float(COLLECTIVE_VALUES[match.group(1).lower()]), unit=unit)
        )  # fmt: skip
    return found


# adverbs of how many times: "трижды штрафовали" → 3 раз
TIMES_ADVERBS = {"дважды": 2, "трижды": 3, "четырежды": 4}
TIMES_ADVERB = re.compile(r"\b(" + "|".join(TIMES_ADVERBS) + r")\b", re.IGNORECASE)


def times_adverbs(text: str, facts: list[Fact]) -> list[Fact]:
    """ "в 2019 году владельца автобуса трижды штрафовали": a count of times (unit "раз", as
    "около 20 раз")."""
    found = []
    for match, _, _ in untaken_matches(TIMES_ADVERB, text, facts):
        found.append(
            Fact(start=match.start(), stop=match.end(), text=match.group(1), kind=QUANTITY_KIND,
                 value=float(TIMES_ADVERBS[match.group(1).lower()]), unit="раз")
        )  # fmt: skip
    return found
