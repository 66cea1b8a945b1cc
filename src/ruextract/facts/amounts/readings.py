"""A match of the yargy grammars read as a :class:`~ruextract.records.Fact`: its kinds,
values, qualifier and unit (a range, a change "с A до B", a vague plural that is no value),
and an amount with no unit read as the count grammar would (:func:`unitless_reading`)."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from ruextract.facts.clause import DOWN, UP
from ruextract.grammars import money, percent
from ruextract.grammars.money import MONEY
from ruextract.grammars.numbers import CHANGE, EXACT, TOKENIZER, Amount, is_vague
from ruextract.grammars.parser import LookaheadParser
from ruextract.grammars.percent import PERCENT
from ruextract.grammars.quantity import QUANTITY
from ruextract.records import Fact

MONEY_KIND, PERCENT_KIND, QUANTITY_KIND = "money", "percent", "quantity"
# when two matches overlap, the longer wins; on a tie, the earlier kind here
KINDS = (MONEY_KIND, PERCENT_KIND, QUANTITY_KIND)


@lru_cache(maxsize=1)
def parsers() -> dict[str, LookaheadParser]:
    """The yargy parsers, one per kind (built on first use: no work on import)."""
    return {
        MONEY_KIND: LookaheadParser(MONEY, tokenizer=TOKENIZER, anchors=money.ANCHORS),
        PERCENT_KIND: LookaheadParser(PERCENT, tokenizer=TOKENIZER, anchors=percent.ANCHORS),
        QUANTITY_KIND: LookaheadParser(QUANTITY, tokenizer=TOKENIZER),
    }


def amount_values(amount: Amount, amount_max: Amount | None) -> tuple[Decimal, Decimal | None]:
    """``value`` and ``value_max`` of an amount or range; "от 3 до 5 тысяч" → 3000, 5000."""
    value = amount.value
    if amount_max is None:
        return value, None
    if amount.multiplier is None and amount_max.multiplier is not None:
        value *= amount_max.multiplier
    return value, amount_max.value


def unitless_reading(amount: str) -> tuple[float, str] | None:
    """Value and qualifier of an amount written with no unit of its own ("1809", "около 40",
    "12 миллиардов"): the count grammar's first reading of it as if "штук" followed; None
    when the grammar reads no amount there."""
    for parsed in parsers()[QUANTITY_KIND].findall(amount + " штук"):
        return float(parsed.fact.amount.value), parsed.fact.qualifier or EXACT
    return None


def unitless_count(amount: str, start: int, stop: int, surface: str, unit: str) -> Fact | None:
    """A count of ``unit`` at ``start:stop`` (``surface``, as written there) with the value and
    qualifier of ``amount`` read with no unit (:func:`unitless_reading`): "около 40" → 40,
    approximately; None when the grammar reads no amount there."""
    reading = unitless_reading(amount)
    if reading is None:
        return None
    value, qualifier = reading
    return Fact(start=start, stop=stop, text=surface, kind=QUANTITY_KIND, value=value,
                unit=unit, qualifier=qualifier)  # fmt: skip


# a multiplier alone in a plural form is a vague count: "погибли тысячи человек", "миллионы
# долларов" (but "более тысячи человек", "тысяча человек", "миллион долларов" are values)
PLURAL_MULTIPLIER = re.compile(
    r"^(?:тысяч|тысячи|тысячам|тысячами|тысячах|миллион(?:ы|ов|ам|ами|ах)|"
    r"миллиард(?:ы|ов|ам|ами|ах)|триллион(?:ы|ов|ам|ами|ах))\b",
    re.IGNORECASE,
)


def is_bare_plural(amount: Amount, qualifier: str | None, text: str) -> bool:
    """True for a multiplier with no number and no qualifier, in a plural form."""
    bare = amount.number is None and amount.words is None and amount.fraction is None
    return bare and qualifier is None and bool(PLURAL_MULTIPLIER.match(text))


# "$635,000": a dollar sign and an English thousands group, nothing after
ENGLISH_GROUPS = re.compile(r"\$\s?(\d{1,3},\d{3})$")


def to_fact(kind: str, start: int, text: str, match_fact: object) -> Fact | None:
    """A :class:`Fact` from one grammar match, or None when it is not a fact after all.

    "с A до B" (the grammar's ``change`` mark) is a change: ``value`` B, ``value_from`` A,
    qualifier exact, direction from comparing them; "от A до B" and "A–B" are ranges.
    """
    amount = match_fact.amount
    value, value_max = amount_values(amount, match_fact.amount_max)
    # "несколько сотен", "десятки тысяч", "тысячи человек": vague, no value to read
    if amount.words is not None and is_vague(text):
        return None
    if is_bare_plural(amount, match_fact.qualifier, text):
        return None
    qualifier = match_fact.qualifier or EXACT
    if kind == MONEY_KIND:
        unit = match_fact.currency
        grouped = ENGLISH_GROUPS.search(text)
        if grouped is not None:
            # "$635,000": an English thousands comma, not a decimal one
            value = Decimal(grouped.group(1).replace(",", ""))
    elif kind == PERCENT_KIND:
        unit = match_fact.unit or "%"
    else:
        unit = match_fact.unit
        # "один раз": "один" in words is phrasing, not a count ("одна винтовка" is one:
        # :func:`is_phrasing_one` sees the words around it)
        if amount.words is not None and amount.multiplier is None and amount.fraction is None:
            if value < 1 or (value < 2 and (value != 1 or unit == "раз")):
                return None
    value_from = direction = None
    if qualifier == CHANGE and value_max is not None:
        value_from, value, value_max = value, value_max, None
        qualifier = EXACT
        if value != value_from:
            direction = UP if value > value_from else DOWN
    elif value_max is not None:
        qualifier = "range"
    return Fact(
        start=start,
        stop=start + len(text),
        text=text,
        kind=kind,
        value=float(value),
        value_max=None if value_max is None else float(value_max),
        qualifier=qualifier,
        unit=unit,
        value_from=None if value_from is None else float(value_from),
        direction=direction,
    )
