"""Counts of names used as common nouns: in quotes ("собрал пять «Оскаров»") or written with a
capital ("выиграл два Кубка Англии")."""

from __future__ import annotations

import re

from ruextract.facts.amounts import (
    QUANTITY_KIND,
    unitless_reading,
)
from ruextract.facts.amounts.matches import (
    untaken_matches,
)
from ruextract.facts.counts.substantives import COUNT_WORD, FIRST_OF_COUNT
from ruextract.records import Fact

# a count of a noun in quotes: "собрал пять «Оскаров»", "Разговоры двух «Твитеров»"
QUOTED_NOUN = re.compile(
    FIRST_OF_COUNT + r"(?<![\w.,])(\d+|" + COUNT_WORD + r"|пять|шесть|семь|восемь|девять|десять)"
    # in any quotes, maybe with an adjective of the name: "две "Золотых Маски"", "два
    # «Золотых глобуса»"
    r"\s+[«\"„“](?:([а-яё]+)\s+)?([а-яё]+(?:-[а-яё]+)?)[»\"“”]",
    re.IGNORECASE,
)


def counts_of_quoted_nouns(text: str, facts: list[Fact]) -> list[Fact]:
    """ "собрал пять «Оскаров»": a count of a noun in quotes (a name used as a common noun)
    counts it, when the noun has the form the number takes (plural, or genitive singular
    after 2–4): not "статьи 214 «Вандализм»" (a title after an article number). An adjective
    of the name in the noun's case is part of it ("два «Золотых глобуса»" → золотой глобус),
    in any quotes ("две "Золотых Маски"")."""
    from ruextract import models
    from ruextract.facts.amounts import agrees_as_count

    found = []
    for match, start, stop in untaken_matches(QUOTED_NOUN, text, facts):
        reading = unitless_reading(match.group(1))
        if reading is None or not agrees_as_count(reading[0], match.group(3)):
            continue
        if reading[0] >= 1000:
            continue
        noun = next(
            p for p in models.morph_analyzer().parse(match.group(3).lower()) if "NOUN" in p.tag
        )
        unit = noun.normal_form
        if match.group(2):
            # "«Золотых глобусов»" → "золотой глобус": the adjective in the noun's gender
            adjective = next(
                (
                    p
                    for p in models.morph_analyzer().parse(match.group(2).lower())
                    if "ADJF" in p.tag and p.tag.case == noun.tag.case
                ),
                None,
            )
            gender = models.morph_analyzer().parse(unit)[0].tag.gender
            named = adjective.inflect({gender, "sing", "nomn"}) if adjective and gender else None
            if named is None:
                continue
            unit = f"{named.word} {unit}"
        found.append(
            Fact(start=start, stop=stop, text=match.group(0), kind=QUANTITY_KIND,
                 value=reading[0], unit=unit)
        )  # fmt: skip
    return found


# a count in words before a capitalised common noun: "выиграл два Кубка Англии"
COUNT_OF_CAPITALISED = re.compile(
    r"(?<![\w-])(два|две|три|четыре|пять|шесть|семь|восемь|девять|десять)\s+"
    r"([А-ЯЁ][а-яё]+)(?![\w-])",
    re.IGNORECASE,
)
# readings that make a capitalised word a name, not a common noun written with a capital
NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr", "Init"})


def counts_of_capitalised_nouns(text: str, facts: list[Fact]) -> list[Fact]:
    """ "С «Манчестером» он выиграл два Кубка Англии": a count in words before a common
    noun written with a capital (a trophy, an award, an order) counts it, when every reading
    of the word is a noun, none a name, and it has the form the number takes ("Кубка" after
    2–4); not "два Путина", "три Ноября" (a month counts nothing)."""
    from ruextract import models
    from ruextract.facts.amounts import agrees_as_count
    from ruextract.grammars.quantity import NOT_COUNTED

    found = []
    for match, start, stop in untaken_matches(COUNT_OF_CAPITALISED, text, facts):
        if not match.group(2)[0].isupper():
            continue
        word = match.group(2).lower()
        parses = models.morph_analyzer().parse(word)
        if any("NOUN" not in p.tag or NAME_GRAMMEMES & p.tag.grammemes for p in parses):
            continue
        reading = unitless_reading(match.group(1))
        if reading is None or not agrees_as_count(reading[0], word):
            continue
        if parses[0].normal_form in NOT_COUNTED:
            continue
        found.append(
            Fact(start=start, stop=stop, text=match.group(0), kind=QUANTITY_KIND,
                 value=reading[0], unit=parses[0].normal_form)
        )  # fmt: skip
    return found
