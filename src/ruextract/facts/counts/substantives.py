"""Counts of an adjective or participle standing for people, with no noun after it: "12
погибших", "застрелен двумя неизвестными", "Погибших — 12"; the count words they open with."""

from __future__ import annotations

import re

from ruextract.facts.amounts import (
    QUANTITY_KIND,
)
from ruextract.facts.amounts.matches import (
    first_reading_has,
    untaken_matches,
    word_after_is,
)
from ruextract.facts.amounts.readings import unitless_count
from ruextract.facts.counts.lemmas import substantive_lemma
from ruextract.records import Fact

# a count of a genitive plural adjective or participle standing for people, with no noun
# after it: "12 погибших в ДТП", "40 пострадавших"; not a total after "из" right after a
# count ("из 15 запланированных" elides its noun), not the last group of digits of a number
# small counts in words before a substantive: "тела еще трех погибших", "Двое неизвестных"
COUNT_WORD = (
    r"двое|трое|четверо|пятеро|шестеро|семеро|двоих|троих|четверых|пятерых|"
    r"дв[аеу]х?|тр[иеё]х?|четыр(?:е|[её]х)|пят[ьи]|шест[ьи]|сем[ьи]|восем[ьи]|восьми|"
    r"девят[ьи]|десят[ьи]"
)
# (the look-ahead on the first letter lets the search skip most positions at once)
FIRST_OF_COUNT = r"(?=[\dоОбБмМсСпПдДтТчЧшШвВ])"
COUNT_OF_SUBSTANTIVE = re.compile(
    FIRST_OF_COUNT + r"(?<![\w.,:/-])(?<!\d\s)(?<!\d\u00a0)"
    r"((?:(?:около|более|менее|свыше|почти|примерно)\s+)?(\d+|" + COUNT_WORD + r")"
    # "Двое других подозреваемых": a possessive or "другой" before it; "8 воздержавшихся": a
    # reflexive participle
    r"\s+(?:(?:других|его|её|ее|их|своих)\s+)?([а-яё]+(?:ых|их)(?:ся)?))\b(?!-)"
    # the word after it on its line ("трое убитых\nЛьеж": a headline ends at the break)
    r"(?:[^\S\n]+([а-яё]+))?",
    re.IGNORECASE,
)


# "из" before a number: after a count, the total of that count
OF_BEFORE = re.compile(r"\bиз\s$", re.IGNORECASE)
TOTAL_REACH = 40


def counts_of_substantives(text: str, facts: list[Fact]) -> list[Fact]:
    """ "12 погибших в ДТП", "тела еще трех погибших": a number before a genitive plural
    adjective or participle that no noun follows (:data:`COUNT_OF_SUBSTANTIVE`) counts it as
    a noun ("погибший"); not a year-like number, not an adjective of a noun after it ("12
    новых домов"). An adjective that names a kind of the noun of the count before it counts
    that noun (:func:`adjectives_for_nouns`)."""

    found: list[Fact] = []
    for match, start, stop in untaken_matches(COUNT_OF_SUBSTANTIVE, text, facts, 1):
        number = match.group(2)
        if number.isdigit() and 1000 <= int(number) <= 2100:
            continue
        if OF_BEFORE.search(text, max(0, start - 4), start) and any(
            f.kind == QUANTITY_KIND and 0 <= start - f.stop <= TOTAL_REACH for f in facts
        ):
            # "два представления из 15 запланированных": the total of the count before
            continue
        # its noun after it, or after a pronoun ("двух предъявленных ему обвинений")
        if match.group(4) and first_reading_has(match.group(4), {"NOUN", "ADJF", "PRTF", "NPRO"}):
            continue
        unit = substantive_lemma(match.group(3))
        if unit is None:
            continue
        fact = unitless_count(text[start : match.end(2)], start, stop, text[start:stop], unit)
        if fact is not None:
            found.append(fact)
    return found


# a count after a dash, its noun before the dash: "Погибших — 12, раненых — 40"
COUNT_AFTER_DASH = re.compile(
    r"(?<![\w-])([а-яё]+)\s+[—–-]\s+(?P<amount>(?:(?:около|более|менее|свыше|почти|примерно|"
    r"порядка)\s+)?(?P<number>\d+))(?![\d.,]?\d)(?!\s*[%$€£:/-])",
    re.IGNORECASE,
)


def counts_after_dash(text: str, facts: list[Fact]) -> list[Fact]:
    """ "Погибших — 12, раненых — 40", "Голосов — 1200": a number after a dash with no noun of
    its own counts the word before the dash when that word is a noun in the genitive plural
    or a participle or adjective standing for people (:func:`substantive_lemma`); not a
    noun of time or measure ("лет — 15", :data:`~ruextract.grammars.quantity.NOT_COUNTED`),
    not a year."""
    from ruextract.grammars.quantity import NOT_COUNTED

    found = []
    for match, start, stop in untaken_matches(COUNT_AFTER_DASH, text, facts, "amount"):
        if 1000 <= int(match.group("number")) <= 2100:
            continue
        if word_after_is(text, stop, {"NOUN", "ADJF", "PRTF", "NUMR", "Anum"}):
            continue
        unit = substantive_lemma(match.group(1))
        if unit is None or unit in NOT_COUNTED:
            continue
        fact = unitless_count(match.group("amount"), start, stop, match.group("amount"), unit)
        if fact is not None:
            found.append(fact)
    return found


# a count of a substantive in the dative or instrumental: "Муфтий был застрелен двумя
# неизвестными", "Троим пострадавшим оказана помощь"
OBLIQUE_COUNT_WORD = (
    r"двум|двумя|тр[её]м|тремя|четыр[её]м|четырьмя|пяти|пятью|шести|шестью|семи|семью|"
    r"восьми|восемью|девяти|девятью|десяти|десятью|двоим|троим|четверым|пятерым"
)
OBLIQUE_SUBSTANTIVE = re.compile(
    FIRST_OF_COUNT + r"(?<![\w.,:/-])((?:(?:около|более|менее|свыше|почти|примерно)\s+)?"
    r"(\d+|" + OBLIQUE_COUNT_WORD + r")\s+([а-яё]+(?:ым|им|ыми|ими)(?:ся)?))\b(?!-)"
    r"(?:[^\S\n]+([а-яё]+))?",
    re.IGNORECASE,
)


def counts_of_oblique_substantives(text: str, facts: list[Fact]) -> list[Fact]:
    """ "застрелен двумя неизвестными", "Троим пострадавшим": a count before a plural
    participle or adjective standing for people in the dative or instrumental, with no noun
    after it, counts it as a noun ("неизвестный"); a count word must be in the same case
    (not "пяти" + instrumental); not a year, not an adjective of a noun after it ("двумя
    разными способами"), not a superlative or a pronoun ("двум другим")."""
    from ruextract import models

    found: list[Fact] = []
    for match, start, stop in untaken_matches(OBLIQUE_SUBSTANTIVE, text, facts, 1):
        number = match.group(2)
        if number.isdigit() and 1000 <= int(number) <= 2100:
            continue
        if match.group(4) and first_reading_has(match.group(4), {"NOUN", "ADJF", "PRTF", "NPRO"}):
            continue
        cases = (
            {"datv", "ablt"}
            if number.isdigit()
            else {p.tag.case for p in models.morph_analyzer().parse(number.lower())}
        )
        lemma = None
        for parse in models.morph_analyzer().parse(match.group(3).lower()):
            grammemes = parse.tag.grammemes
            if (
                {"ADJF", "PRTF"} & grammemes
                and "plur" in grammemes
                and parse.tag.case in cases & {"datv", "ablt"}
                and not {"Supr", "Apro", "Anum"} & grammemes
            ):
                inflected = parse.inflect({"masc", "sing", "nomn"})
                lemma = inflected.word if inflected is not None else None
                break
        if lemma is None:
            continue
        fact = unitless_count(text[start : match.end(2)], start, stop, text[start:stop], lemma)
        if fact is not None:
            found.append(fact)
    return found
