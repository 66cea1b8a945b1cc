"""Counts that are a part, an item or a total of the count before them: "из них 12 — дети",
"204 балла: 72 — математика, 60 — физика", "проиграл третий бой из 18"."""

from __future__ import annotations

import re

from ruextract.facts.amounts import (
    QUANTITY_KIND,
)
from ruextract.facts.amounts.matches import (
    SENTENCE_END,
    counts_by_end,
    overlaps_taken,
    untaken_matches,
    word_after_is,
)
from ruextract.facts.amounts.readings import unitless_count
from ruextract.records import Fact

# "проиграл третий бой из 18": the total after a rank of a noun counts that noun
RANK_OF_TOTAL = re.compile(
    r"\b([а-яё]+)\s+([а-яё]+)\s+из\s+(\d+)(?![\d.,]?\d)(?!\s*[%$€£:-])", re.IGNORECASE
)
# where to look for it: "из" and a number (found first, then the two words before)
OF_NUMBER = re.compile(r"\sиз\s+\d", re.IGNORECASE)


def totals_after_rank(text: str, facts: list[Fact]) -> list[Fact]:
    """ "Чисора проиграл третий бой из 18": the number after "из" that follows an ordinal
    and its noun counts that noun ("18 бой"); not with a noun of its own after it ("из 18
    стран"), not a year."""
    from ruextract import models
    from ruextract.grammars.quantity import NOT_COUNTED

    taken = [(f.start, f.stop) for f in facts]
    found = []
    for hit in OF_NUMBER.finditer(text):
        match = RANK_OF_TOTAL.search(text, max(0, hit.start() - 60), hit.end() + 40)
        if match is None or match.start(3) != hit.end() - 1:
            continue
        start, stop = match.span(3)
        if overlaps_taken(start, stop, taken):
            continue
        number = int(match.group(3))
        if 1000 <= number <= 2100:
            continue
        rank = models.morph_analyzer().parse(match.group(1).lower())[0]
        noun = models.morph_analyzer().parse(match.group(2).lower())[0]
        if "Anum" not in rank.tag or "NOUN" not in noun.tag or noun.normal_form in NOT_COUNTED:
            continue
        if word_after_is(text, stop, {"NOUN", "ADJF", "PRTF", "NUMR"}):
            continue
        found.append(
            Fact(start=start, stop=stop, text=match.group(3), kind=QUANTITY_KIND,
                 value=float(number), unit=noun.normal_form)
        )  # fmt: skip
    return found


# a part of the count before it, with no noun of its own: "71,6 млн человек, из них примерно
# 21,4 млн — пользователи из России", "погибли 40 человек, из них 12 — дети"
PART_AMOUNT = re.compile(
    r"\b(?:из\s+них|из\s+которых|среди\s+них|среди\s+которых|в\s+том\s+числе|в\s+их\s+числе)"
    r",?\s+(?P<amount>(?:(?:около|более|менее|свыше|почти|примерно|порядка)\s+)?\d+(?:[.,]\d+)?"
    r"(?:\s+(?:тыс\.|тыс\b|тысяч[аи]?\b|млн\b|млрд\b|миллион\w*|миллиард\w*))?)"
    r"(?![\d.,]?\d)(?!\s*[%$€£:/-])",
    re.IGNORECASE,
)
# how far back the count it is a part of may end
PART_REACH = 60


def parts_of_counts(text: str, facts: list[Fact]) -> list[Fact]:
    """ "порядка 71,6 млн человек, из них примерно 21,4 млн — пользователи", "погибли 40
    человек, из них 12 — дети": an amount with no noun after "из них", "среди них", "в том
    числе" counts the noun of the count right before it (within :data:`PART_REACH`
    characters, on its line: "Задержаны 30 человек. Из них 5 — иностранцы"); not a year, not
    one with a noun or adjective of its own after it ("из них 12 детей")."""

    counts = counts_by_end(facts)
    found = []
    for match, start, stop in untaken_matches(PART_AMOUNT, text, facts, "amount"):
        if word_after_is(text, stop, {"NOUN", "ADJF", "PRTF", "NUMR", "Anum"}):
            continue
        before = [f for f in counts if f.stop <= match.start()]
        if not before or match.start() - before[-1].stop > PART_REACH:
            continue
        if "\n" in text[before[-1].stop : match.start()]:
            continue
        amount = match.group("amount").split()[-1]
        if amount.isdigit() and 1000 <= int(amount) <= 2100:
            continue
        fact = unitless_count(
            match.group("amount"), start, stop, match.group("amount"), before[-1].unit
        )
        if fact is not None:
            found.append(fact)
    return found


# a number before a dash, after a comma, a colon or "и" (maybe "по"), with no noun: an item of
# a list of counts ("204 балла: 72 — математика, 60 — физика", "15 из них возглавят
# представители «Единой России», 6 — КПРФ и по 4 — ЛДПР")
LISTED_BEFORE_DASH = re.compile(
    r"(?:[,:]|\sи)\s+(?:по\s+)?(?P<number>\d+)\s+[—–]\s+(?=[«\"]?[А-ЯЁA-Zа-яё])", re.IGNORECASE
)
# how far back the count of the list (or its last item) may end
LISTED_REACH = 80


def counts_listed_before_dash(text: str, facts: list[Fact]) -> list[Fact]:
    """ "При поступлении он набрал 204 балла: 72 — математика, 60 — физика": a number with
    no noun before a dash, after a comma, a colon or "и", counts the noun of the count
    before it in its sentence (within :data:`LISTED_REACH` characters of it or of the
    list's item before); not a year, not a number with a noun before the dash, not after a
    count of a participle standing for people."""
    from ruextract import models

    counts = counts_by_end(facts)
    found: list[Fact] = []
    for match, start, stop in untaken_matches(LISTED_BEFORE_DASH, text, facts, "number"):
        number = int(match.group("number"))
        if 1000 <= number <= 2100:
            continue
        before = sorted([f for f in counts + found if f.stop <= start], key=lambda f: f.stop)
        if not before or start - before[-1].stop > LISTED_REACH:
            continue
        if SENTENCE_END.search(text[before[-1].stop : start]):
            continue
        # a participle or adjective names one group of people, the item after the dash
        # another ("8 воздержавшихся, 7 — против"): only a noun's count is shared
        head = models.morph_analyzer().parse(before[-1].unit.split("-")[-1])[0]
        if "NOUN" not in head.tag:
            continue
        found.append(
            Fact(start=start, stop=stop, text=match.group("number"), kind=QUANTITY_KIND,
                 value=float(number), unit=before[-1].unit)
        )  # fmt: skip
    return found
