"""The span and unit of a found amount corrected: "от одного" is no lower bound, "21 метр 36
сантиметров" one measure, "45 хот-догов" a hyphenated noun, "140 км/ч" a speed, "гранаты" the
noun its number governs."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from ruextract.facts.amounts.filters import ONE_WORD, is_weight
from ruextract.facts.amounts.readings import QUANTITY_KIND
from ruextract.grammars.numbers import EXACT
from ruextract.records import Fact

FROM_ONE = re.compile(r"^от\s+", re.IGNORECASE)


def one_from(fact: Fact) -> Fact:
    """ "не должен зависеть от одного человека": "от" before a count of one is the
    preposition of its verb, no lower bound (the span starts at the count)."""
    found = FROM_ONE.match(fact.text) if fact.qualifier == "more_than" else None
    if found is None or fact.kind != QUANTITY_KIND or fact.value != 1:
        return fact
    if not ONE_WORD.match(fact.text[found.end() :]):
        return fact
    return replace(fact, start=fact.start + found.end(), text=fact.text[found.end() :],
                   qualifier=EXACT)  # fmt: skip


# a measure in two units, the larger first: how many of the smaller make one of the larger
SUBUNITS: dict[tuple[str, str], int] = {
    ("km", "m"): 1000, ("m", "cm"): 100, ("m", "mm"): 1000, ("cm", "mm"): 10,
    ("t", "kg"): 1000, ("kg", "g"): 1000, ("фунт", "унция"): 16,
}  # fmt: skip
POUND = "фунт"


def two_unit_measures(text: str, facts: list[Fact]) -> list[Fact]:
    """ "21 метр 36 сантиметров" → one fact, 21.36 m; "8 фунтов 6 унций" → 8.375 фунт (pounds
    followed by ounces are a weight, no money: :func:`is_weight`). Only a whole number of the
    larger unit, then the smaller one with nothing but white space between."""
    facts = sorted(
        (replace(f, kind=QUANTITY_KIND, unit=POUND) if is_weight(text, f) else f for f in facts),
        key=lambda f: f.start,
    )
    out: list[Fact] = []
    for fact in facts:
        last = out[-1] if out else None
        ratio = SUBUNITS.get((last.unit, fact.unit)) if last is not None else None
        if (
            ratio is not None
            and last.kind == fact.kind == QUANTITY_KIND
            and last.value_max is None
            and fact.value_max is None
            and last.value == int(last.value)
            and fact.value < ratio
            and fact.qualifier == EXACT
            and text[last.stop : fact.start].isspace()
        ):
            value = Decimal(repr(last.value)) + Decimal(repr(fact.value)) / ratio
            out[-1] = replace(
                last, stop=fact.stop, text=text[last.start : fact.stop], value=float(value)
            )
            continue
        out.append(fact)
    return out


# "45 хот-догов": the rest of a hyphenated counted noun; "140 км/ч": a speed
HYPHEN_REST = re.compile(r"-([а-яё]+)", re.IGNORECASE)
PER_HOUR = re.compile(r"/ч\b")


def compound_units(text: str, facts: list[Fact]) -> list[Fact]:
    """Counted nouns written with a hyphen take the whole word ("45 хот-догов" → хот-дог, not
    the lemma of "хот" alone; "двести стран-участниц" → страна-участница, both parts
    declined); a distance per hour is a speed ("140 км/ч" → km/h)."""
    from ruextract import models

    out = []
    for fact in facts:
        speed = fact.unit in ("km", "m") and PER_HOUR.match(text, fact.stop) is not None
        if fact.kind == QUANTITY_KIND and speed:
            stop = fact.stop + 2
            fact = replace(fact, stop=stop, text=text[fact.start : stop], unit=fact.unit + "/h")
        elif fact.kind == QUANTITY_KIND and fact.unit and fact.text[-1:].isalpha():
            rest = HYPHEN_REST.match(text, fact.stop)
            if rest is not None:
                first = fact.text.split()[-1].lower()
                head = models.morph_analyzer().parse(rest.group(1).lower())[0]
                last = head.normal_form
                # "стран-участниц": a first part declined with the rest (a noun of its case,
                # number and gender) takes its lemma ("страна-участница"); one that is not
                # ("хот-догов": "хота" is feminine, "дог" masculine; "экс-") stays as written
                agree = {"NOUN", head.tag.case, head.tag.number, head.tag.gender}
                for part in models.morph_analyzer().parse(first):
                    if agree <= part.tag.grammemes and part.normal_form != first:
                        first = part.normal_form
                        break
                stop = rest.end()
                fact = replace(
                    fact, stop=stop, text=text[fact.start : stop], unit=f"{first}-{last}"
                )
        out.append(fact)
    return out


def agreeing_units(facts: list[Fact]) -> list[Fact]:
    """A count takes its noun in the form its number governs: the genitive singular after 2–4
    ("четыре гранаты"; a plural in an oblique case: "двух гранат"), the plural after 5–20 ("5
    гранат"). Where the counted word reads so only as another noun than its first reading,
    that noun is the unit ("гранаты", "гранат" → граната, not the plural or the nominative of
    "гранат"); counts of 1, 21 … (any case of the singular) are left as they are."""
    from ruextract import models
    from ruextract.grammars.quantity import noun_lemma

    out = []
    for fact in facts:
        word = fact.text.split()[-1].lower() if fact.kind == QUANTITY_KIND else ""
        value = fact.value
        whole = value == int(value) and word.isalpha() and fact.unit == noun_lemma(word)
        ones = value % 10 == 1 and value % 100 != 11
        if whole and not ones:
            paucal = 2 <= value % 10 <= 4 and not 12 <= value % 100 <= 14
            parses = [p for p in models.morph_analyzer().parse(word) if "NOUN" in p.tag]
            agreeing = [
                p
                for p in parses
                if (p.tag.number == "plur" and (not paucal or p.tag.case not in ("nomn", "accs")))
                or (paucal and {"sing", "gent"} <= p.tag.grammemes)
            ]
            if agreeing and all(p.normal_form != fact.unit for p in agreeing):
                fact = replace(fact, unit=agreeing[0].normal_form)
        out.append(fact)
    return out
