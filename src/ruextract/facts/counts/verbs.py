"""Counts whose verb tells what they count: a number as the subject of a plural verb ("Около
40 пострадали"), a multiplied number beside one ("пострадали до 4 тысяч"), after a verb of
measure ("эта цифра достигла 140 тысяч") or closing a sentence after its verb ("Спасти удалось
лишь 79."); each takes the noun of the count before it."""

from __future__ import annotations

import re

from ruextract.facts.amounts import (
    BARE_MULTIPLIED,
    ELIDED_LIST_REACH,
    QUANTITY_KIND,
    unitless_reading,
)
from ruextract.facts.amounts.matches import (
    SENTENCE_END,
    counts_by_end,
    untaken_matches,
    word_right_after,
)
from ruextract.facts.amounts.readings import unitless_count
from ruextract.facts.counts.lemmas import stands_for_people
from ruextract.grammars.numbers import EXACT
from ruextract.records import Fact

# a verb of measure or change right before a number with no unit: "эта цифра достигла"
MEASURED_BEFORE = re.compile(
    r"\b(?:достиг\w*|составл?\w*|превы\w*|вырос\w*|выросл\w*|увеличил\w*|сократил\w*|"
    r"снизил\w*|упал\w*)\s+(?:(?:до|на)\s+)?$",
    re.IGNORECASE,
)
# how far back in the sentence the count whose noun it takes may be
BARE_COUNT_REACH = 150


def bare_counts(text: str, facts: list[Fact]) -> list[Fact]:
    """ "на него подписались 10 тысяч человек, а через три часа эта цифра достигла 140
    тысяч": a number with a multiplier and no unit after a verb of measure or change
    (:data:`MEASURED_BEFORE`) counts the noun of the count before it in the same sentence,
    when that count is the last amount before it (money before it makes it money:
    :func:`bare_money`)."""
    found = []
    for match, start, stop in untaken_matches(BARE_MULTIPLIED, text, facts, 1):
        if not MEASURED_BEFORE.search(text, max(0, start - 30), start):
            continue
        if word_right_after(text, stop) is not None:
            continue
        before = [f for f in facts if f.stop <= start]
        if not before:
            continue
        last = max(before, key=lambda f: f.stop)
        gap = text[last.stop : start]
        if last.kind != QUANTITY_KIND or not last.unit or len(gap) > BARE_COUNT_REACH:
            continue
        if SENTENCE_END.search(gap):
            continue
        fact = unitless_count(match.group(1), start, stop, match.group(1), last.unit)
        if fact is not None:
            found.append(fact)
    return found


# a number with no noun as the subject of a plural verb: "12 человек погибли … Около 40
# пострадали", "55 из 90 депутатов; 33 высказались против"; "один" closing a list of
# counts by ellipsis: "двое — в США и один — в Канаде"
# (a count in words too: "три человека погибли и пять получили ранения", "не менее пяти
# получили ранения", "Из десяти гидроагрегатов ГЭС семь были разрушены")
COUNT_WORDS_ALONE = (
    r"два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|"
    r"двух|тр[её]х|четыр[её]х|пяти|шести|семи|восьми|девяти|десяти"
)
COUNT_BEFORE_VERB = re.compile(
    r"(?<![\w.,:/-])((?:(?:не\s+)?(?:около|более|менее|свыше|почти|примерно)\s+)?"
    r"(\d+|(?:" + COUNT_WORDS_ALONE + r")(?![а-яё-])))"
    r"\s+(?=([а-яё]+))"
    r"|(?<=\sи\s)(один|одна)(?=\s+[—–-]\s)",
    re.IGNORECASE,
)
# words before the number that make it no subject: "в 20 пострадали" is no count, "3 - 4
# ранены" a range of numbers
NOT_SUBJECT_BEFORE = re.compile(
    r"(?:\b(?:в|во|на|с|со|к|по|до|из|от|за|о|об|при|через)\s+|\d\s*[—–-]\s*)$", re.IGNORECASE
)
# a count of a part of the count before it ("12 человек погибли, среди которых десять
# женщин") is not the count a later bare number follows
PART_OF_BEFORE = re.compile(
    r"(?:среди\s+(?:них|которых)|в\s+числе\s+(?:них|которых)|в\s+том\s+числе|из\s+них)\s+$",
    re.IGNORECASE,
)
# how far back the count whose noun it takes may be
COUNT_BEFORE_VERB_REACH = 300


def subject_span(match: re.Match[str]) -> tuple[int, int]:
    """Where the count of a :data:`COUNT_BEFORE_VERB` match is: the number, or "один"."""
    return match.span(1) if match.group(1) else match.span(4)


def counts_before_verb(text: str, facts: list[Fact]) -> list[Fact]:
    """A number with no noun that is the subject of a plural verb or short participle
    counts the noun of the count before it (within :data:`COUNT_BEFORE_VERB_REACH`
    characters): "12 человек погибли … Около 40 пострадали" → 40 человек; "один" after "и"
    before a dash, right after a count (:data:`ELIDED_LIST_REACH`), closes its list."""
    from ruextract import models

    counts = [
        f
        for f in counts_by_end(facts)
        if not PART_OF_BEFORE.search(text, max(0, f.start - 25), f.start)
    ]
    found = []
    for match, start, stop in untaken_matches(COUNT_BEFORE_VERB, text, facts, subject_span):
        before = [f for f in counts if f.stop <= start]
        if not before:
            continue
        if match.group(4):
            if start - before[-1].stop > ELIDED_LIST_REACH:
                continue
            value = 1.0
        else:
            if start - before[-1].stop > COUNT_BEFORE_VERB_REACH:
                continue
            if NOT_SUBJECT_BEFORE.search(text, max(0, start - 10), start):
                continue
            digits = match.group(2).isdigit()
            if digits and 1000 <= int(match.group(2)) <= 2100:
                continue
            tag = models.morph_analyzer().parse(match.group(3).lower())[0].tag
            if not ({"VERB", "PRTS"} & tag.grammemes and "plur" in tag.grammemes):
                continue
            if digits:
                value = float(match.group(2))
            else:
                # a count in words: its value as the count grammar reads it
                words = unitless_reading(text[start:stop])
                if words is None:
                    continue
                value = words[0]
        reading = unitless_reading(text[start:stop])
        qualifier = reading[1] if reading is not None else EXACT
        found.append(
            Fact(start=start, stop=stop, text=text[start:stop], kind=QUANTITY_KIND, value=value,
                 unit=before[-1].unit, qualifier=qualifier)
        )  # fmt: skip
    return found


# a number closing a sentence after its verb, with no noun: "На борту находился 201 человек.
# Спасти удалось лишь 79."; "Под подозрением находятся 106."
COUNT_CLOSING = re.compile(
    r"(?<=\s)(?:(?P<qualifier>около|более|менее|свыше|почти|примерно)\s+)?(?P<number>\d+)"
    r"(?=[.!?](?:\s|$))",
    re.IGNORECASE,
)
# the words before it: its verb, and a particle or two ("удалось лишь 79")
VERB_BEFORE = re.compile(
    r"([а-яё]+)\s+(?:(?:лишь|только|всего|еще|ещё|уже|даже)\s+)*$", re.IGNORECASE
)


def counts_closing_sentence(text: str, facts: list[Fact]) -> list[Fact]:
    """ "На борту теплохода находился 201 человек. Спасти удалось лишь 79.": a number with no
    noun that closes a sentence right after a verb counts the people (or persons named by
    an adjective: "погибших") of the count before it, within
    :data:`COUNT_BEFORE_VERB_REACH` characters; not a year-like number, not after a count of
    things."""
    from ruextract import models

    counts = counts_by_end(facts)
    found = []
    for match, start, stop in untaken_matches(COUNT_CLOSING, text, facts):
        number = int(match.group("number"))
        if 1000 <= number <= 2100:
            continue
        verb = VERB_BEFORE.search(text, max(0, start - 40), start)
        if verb is None:
            continue
        tag = models.morph_analyzer().parse(verb.group(1).lower())[0].tag
        if not {"VERB", "INFN", "PRTS"} & tag.grammemes:
            continue
        before = [f for f in counts if f.stop <= start]
        if not before or start - before[-1].stop > COUNT_BEFORE_VERB_REACH:
            continue
        if not stands_for_people(before[-1].unit):
            continue
        fact = unitless_count(text[start:stop], start, stop, text[start:stop], before[-1].unit)
        if fact is not None:
            found.append(fact)
    return found


def multiplied_counts_by_verb(text: str, facts: list[Fact]) -> list[Fact]:
    """ "погибли 38 человек, пострадали до 4 тысяч", "ещё около 2 тысяч получили ранения": a
    number with a multiplier and no noun, right after or before a plural verb (or short
    participle), counts the people of the count before it in its sentence (within
    :data:`BARE_COUNT_REACH` characters; a person noun or a participle standing for one)."""
    from ruextract import models

    def plural_verb(word: str) -> bool:
        tag = models.morph_analyzer().parse(word.lower())[0].tag
        return bool({"VERB", "PRTS"} & tag.grammemes) and "plur" in tag.grammemes

    counts = counts_by_end(facts)
    found = []
    for match, start, stop in untaken_matches(BARE_MULTIPLIED, text, facts, 1):
        word = word_right_after(text, stop)
        if word is not None and not plural_verb(word):
            continue
        verb_before = VERB_BEFORE.search(text, max(0, start - 40), start)
        by_verb = word is not None and plural_verb(word)
        if not by_verb and (verb_before is None or not plural_verb(verb_before.group(1))):
            continue
        before = [f for f in counts if f.stop <= start]
        if not before or start - before[-1].stop > BARE_COUNT_REACH:
            continue
        if SENTENCE_END.search(text[before[-1].stop : start]):
            continue
        if not stands_for_people(before[-1].unit):
            continue
        fact = unitless_count(match.group(1), start, stop, match.group(1), before[-1].unit)
        if fact is not None:
            found.append(fact)
    return found
