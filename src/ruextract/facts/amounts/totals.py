"""Counts joined to another by "из": "105 из 230 мест" (the part), "101 голос из 200" (the
total), "лишь 11 из них", "на одно больше" (of the count before)."""

from __future__ import annotations

import re

from ruextract.facts.amounts.matches import WORD_AFTER, word_after_is
from ruextract.facts.amounts.readings import QUANTITY_KIND, unitless_reading
from ruextract.records import Fact

# "105 из 230 мест", "шесть из 11 стран-членов": the first count takes the noun of the second
COUNT_OF = re.compile(
    r"(?<![\d.,])(\d+|(?<![а-яё])(?:два|две|три|четыре|пять|шесть|семь|восемь|девять|десять))"
    r"\s+из\s+$",
    re.IGNORECASE,
)


def counts_before_of(text: str, facts: list[Fact]) -> list[Fact]:
    """ "105 из 230 мест": 105 counts places too."""
    found = []
    for fact in facts:
        if fact.kind != QUANTITY_KIND:
            continue
        match = COUNT_OF.search(text[max(0, fact.start - 20) : fact.start])
        reading = unitless_reading(match.group(1)) if match else None
        if reading is not None:
            start = fact.start - len(match.group(0))
            found.append(
                Fact(start=start, stop=start + len(match.group(1)), text=match.group(1),
                     kind=QUANTITY_KIND, value=reading[0], unit=fact.unit)
            )  # fmt: skip
    return found


# "101 голос из 200": the total after a count
OF_TOTAL = re.compile(r"\s+из\s+(\d+)(?![\d.,]?\d)(?![ \u00a0]\d{3}\b)(?!\s*[%$€£:-])")


def totals_after(text: str, facts: list[Fact]) -> list[Fact]:
    """ "поддержку в 101 голос из 200": the total after a count counts its noun too (not
    "из 200 кандидатов", with a noun of its own, nor a year)."""
    from ruextract import models

    found = []
    for fact in facts:
        if fact.kind != QUANTITY_KIND:
            continue
        match = OF_TOTAL.match(text, fact.stop)
        if match is None or 1000 <= int(match.group(1)) <= 2100:
            continue
        word = WORD_AFTER.match(text, match.end())
        if word is not None:
            tag = models.morph_analyzer().parse(word.group(1).lower())[0].tag
            if {"NOUN", "NUMR"} & tag.grammemes:
                continue
            if {"ADJF", "PRTF"} & tag.grammemes:
                # "в 268 играх из 410 возможных": an adjective with no noun after it stands
                # for the count's noun; one before its noun ("из 200 зарегистрированных
                # кандидатов") counts that noun
                if word_after_is(text, word.end(), {"NOUN", "ADJF", "PRTF"}):
                    continue
        number = match.group(1)
        found.append(
            Fact(start=match.start(1), stop=match.end(1), text=number, kind=QUANTITY_KIND,
                 value=float(number), unit=fact.unit)
        )  # fmt: skip
    return found


# "лишь 11 из них", "две из которых": a count of the things counted just before
COUNT_OF_THEM = re.compile(
    r"(?<![\w.,])(\d+|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять)"
    r"\s+из\s+(?:них|которых)\b"
    # "27 мест … — на одно больше": a difference of the count before
    r"|(?<=\bна\s)(\d+|одно|один|одну|два|две|три|четыре|пять)(?=\s+(?:больше|меньше)\b)",
    re.IGNORECASE,
)
# how far back the count they stand for may be
COUNT_OF_THEM_REACH = 200


def counts_of_them(text: str, facts: list[Fact]) -> list[Fact]:
    """ "из 20 поданных номинаций допущены … лишь 11 из них", "четыре комнаты, две из
    которых", "27 мест — на одно больше": the count takes the noun of the count before it on
    the same line."""
    counts = [f for f in facts if f.kind == QUANTITY_KIND]
    found = []
    for match in COUNT_OF_THEM.finditer(text):
        before = [f for f in counts if f.stop <= match.start()]
        if not before or match.start() - before[-1].stop > COUNT_OF_THEM_REACH:
            continue
        if "\n" in text[before[-1].stop : match.start()]:
            continue
        group = 1 if match.group(1) else 2
        number = match.group(group)
        reading = unitless_reading(number)
        if reading is not None:
            found.append(
                Fact(start=match.start(group), stop=match.end(group), text=number,
                     kind=QUANTITY_KIND, value=reading[0], unit=before[-1].unit)
            )  # fmt: skip
    return found
