"""Bare numbers that "число", "количество", "численность" (or "сокращение", "увеличение") name
the count of: "Число кандидатов в мэры Москвы выросло до 13", "с 8 до 12"."""

from __future__ import annotations

import re

from ruextract.facts.amounts import (
    QUANTITY_KIND,
)
from ruextract.facts.amounts.matches import (
    SENTENCE_END,
    untaken_matches,
    word_after_is,
)
from ruextract.facts.counts.lemmas import counted_genitive
from ruextract.records import Fact

# a bare number as the value or target of "число/количество X": "Число кандидатов … выросло
# до 13", "увеличил число машин … с 8 до 12", "сокращение членов кабмина с 14 до 11"
BARE_TARGET = re.compile(
    r"(?<![\w.,])(?:(?:с|со)\s+(?P<start>\d+)\s+до|до|составил[оа]?|составляет|достигл[оа]|"
    r"достигает|превысил[оа]|превышает)\s+(?P<number>\d+)(?![\d.,]?\d)(?!\s*[%$€£:/-])"
    # "Наибольшее количество правонарушений зарегистрировано в Москве (462), Самарской (88)":
    # a number alone in brackets
    r"|(?<=\()(?P<bracketed>\d+)(?=\))",
    re.IGNORECASE,
)
# the noun whose count it is, with the words that may come between it and "число"
NUMBER_NOUN = re.compile(
    r"\b(?P<noun>числ[оауе]м?|количеств[оауе]м?|численност[ьию]|сокращени[еяю]|"
    r"увеличени[еяю]|уменьшени[еяю])\s+(?P<words>[а-яё-]+(?:\s+[а-яё-]+){0,2})",
    re.IGNORECASE,
)
# how far back in the sentence "число X" may be; for a number in brackets (a list of them)
NUMBER_NOUN_REACH = 150
BRACKETED_REACH = 300
CHANGE_NOUN_START = ("сокращ", "увелич", "уменьш")


def target_group(match: re.Match[str]) -> str:
    """The group of a :data:`BARE_TARGET` match that holds its number."""
    return "bracketed" if match.group("bracketed") else "number"


def target_span(match: re.Match[str]) -> tuple[int, int]:
    """Where the fact of a :data:`BARE_TARGET` match is: "с A до B" whole, else the number."""
    group = target_group(match)
    return match.start() if match.group("start") else match.start(group), match.end(group)


def counts_of_number_nouns(text: str, facts: list[Fact]) -> list[Fact]:
    """ "Число кандидатов в мэры Москвы выросло до 13", "увеличил число машин с «мигалками» с
    8 до 12": a bare number after "до", "с A до B" or a verb of measure ("составило",
    "достигло", "превысило") counts the noun in the genitive plural after "число",
    "количество" or "численность" before it in the sentence (within
    :data:`NUMBER_NOUN_REACH` characters); after "сокращение/увеличение/уменьшение" only a
    count of people or animals ("сокращение членов кабмина с 14 до 11"). "с A до B" is one
    change (``value_from`` A). So does a number alone in brackets, within
    :data:`BRACKETED_REACH` ("Наибольшее количество правонарушений зарегистрировано в Москве
    (462), Самарской (88)"). Not a year, not a number with a noun of its own after it."""
    from ruextract import models

    found = []
    for match, start, stop in untaken_matches(BARE_TARGET, text, facts, target_span):
        group = target_group(match)
        numbers = [int(n) for n in (match.group("start"), match.group(group)) if n]
        if any(1000 <= n <= 2100 for n in numbers):
            continue
        if word_after_is(text, stop, {"NOUN", "ADJF", "PRTF", "NUMR", "Anum"}):
            continue
        reach = BRACKETED_REACH if group == "bracketed" else NUMBER_NOUN_REACH
        before = text[max(0, match.start() - reach) : match.start()]
        end = list(SENTENCE_END.finditer(before))
        if end:
            before = before[end[-1].end() :]
        unit = None
        for noun in NUMBER_NOUN.finditer(before):
            lemma = counted_genitive(noun.group("words"))
            if lemma is None:
                continue
            if noun.group("noun").lower().startswith(CHANGE_NOUN_START):
                parses = models.morph_analyzer().parse(lemma)
                if not any("NOUN" in p.tag and p.tag.animacy == "anim" for p in parses):
                    continue
            unit = lemma
        if unit is None:
            continue
        value_from = direction = None
        if match.group("start"):
            value_from = float(numbers[0])
            if numbers[1] != numbers[0]:
                direction = "up" if numbers[1] > numbers[0] else "down"
        found.append(
            Fact(start=start, stop=stop, text=text[start:stop], kind=QUANTITY_KIND,
                 value=float(numbers[-1]), unit=unit, value_from=value_from,
                 direction=direction)
        )  # fmt: skip
    return found
