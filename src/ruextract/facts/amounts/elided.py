"""Amounts that take the unit of another: in a list or an ellipsis ("CSSD - 56, KSCM - 26"),
after a dash ("второе место — 316 млн"), a multiplied number in the currency of the money
around it ("получат по 2,5 тыс.")."""

from __future__ import annotations

import re

from ruextract.facts.amounts.matches import (
    SENTENCE_END,
    WORD_AFTER,
    untaken_matches,
    word_after_is,
)
from ruextract.facts.amounts.readings import MONEY_KIND, QUANTITY_KIND, unitless_reading
from ruextract.records import Fact

# "— 316 млн (около 5 млн долларов)": an amount after a dash takes the currency of the money
# said before it in the sentence
ELIDED_MONEY = re.compile(
    r"(?<=\s[—–-]\s)(\d+(?:[.,]\d+)?\s+(?:тыс\.|тысяч[аи]?|млн|млрд|миллион\w*|миллиард\w*))"
    r"(?!\s*(?:[$€£]|руб|долл|евро|фунт|\w+ов\b))"
)


# an amount with no unit of its own in a list or an ellipsis: after a dash ("TOP 09 - 41"),
# or right after a count with "," / "и" ("погибли 65 человек, 936 получили ранения", "2,6 млн
# подписчиков в Weibo и более 14 млн — в WeChat"); not a year, a day or a range of numbers
ELIDED_AMOUNT = re.compile(
    r"(?:(?<=\s[—–-]\s)|(?<=,\s)|(?<=\sи\s))"
    r"((?:(?:не\s+)?(?:более|менее|свыше|около|почти|примерно|больше|меньше)\s+)?"
    r"\d+(?:[ \u00a0]\d{3})*(?:[.,]\d+)?"
    r"(?:\s+(?:тыс\.|тысяч[аи]?|млн|млрд|миллион\w*|миллиард\w*))?)"
    r"(?![\d.,]\d|\s*[—–-]\s*\d|\s*(?:,|и)\s+\d|\s*[$€£%:]|[\w-])",
    re.IGNORECASE,
)


# a number before a dash with no name before it: the dash makes a range
RANGE_START = re.compile(r"(?:^|[^\w\s]|\s[а-яё]+)\s*\d+(?:[.,]\d+)?\s*$")
# how far back the amount an elided one follows may be, after "," or "и"
ELIDED_LIST_REACH = 30


def is_elided_amount(text: str, match: re.Match, before: Fact) -> bool:
    """True when the unit-less amount ``match`` stands for another of ``before``'s kind: the
    same line, right after it when joined by "," or "и" (any distance before a dash); not
    a year-like number alone, not before a noun (its own, or a date's month)."""
    from ruextract import models

    gap = text[before.stop : match.start()]
    if "\n" in gap:
        return False
    after_dash = text[match.start() - 2] in "—–-"
    if not after_dash and len(gap) > ELIDED_LIST_REACH:
        return False
    if after_dash and RANGE_START.search(text, 0, match.start() - 2):
        # "3 - 4 ранены": a range of numbers, not a name and its count ("TOP 09 - 41")
        return False
    amount = match.group(1)
    if amount.isdigit() and 1000 <= int(amount) <= 2100:
        return False
    word = WORD_AFTER.match(text, match.end())
    if word is not None and match.end() == word.start(1) - 1:
        parse = models.morph_analyzer().parse(word.group(1).lower())[0]
        if {"NOUN"} & set(parse.tag.grammemes) or {"ADJF", "PRTF", "NUMR"} & parse.tag.grammemes:
            return False
    return True


def elided_amounts(text: str, facts: list[Fact]) -> list[Fact]:
    """Amounts with no unit in a list or an ellipsis take the unit of the money or count
    before them (:data:`ELIDED_AMOUNT`); each one found can be the one the next follows
    ("TOP 09 - 41. … CSSD - 56, KSCM - 26")."""
    pool = sorted(
        (
            f
            for f in facts
            if f.kind in (MONEY_KIND, QUANTITY_KIND)
            and text.rfind("(", 0, f.start) <= text.rfind(")", 0, f.start)
        ),
        key=lambda f: f.start,
    )
    found: list[Fact] = []
    for match, _, _ in untaken_matches(ELIDED_AMOUNT, text, facts, 1):
        before = [f for f in pool + found if f.stop <= match.start()]
        if not before:
            continue
        last = max(before, key=lambda f: f.stop)
        if not is_elided_amount(text, match, last):
            continue
        amount = match.group(1)
        reading = unitless_reading(amount)
        if reading is not None:
            value, qualifier = reading
            found.append(
                Fact(start=match.start(1), stop=match.end(1), text=amount, kind=last.kind,
                     value=value, unit=last.unit, qualifier=qualifier)
            )  # fmt: skip
    return found


# a number with a multiplier and nothing after: "12 миллиардов", "по 2,5 тыс."
BARE_MULTIPLIED = re.compile(
    r"(?<![\w.,])((?:(?:не\s+)?(?:более|менее|свыше|около|почти|примерно|до)\s+)?"
    r"\d+(?:[.,]\d+)?\s+(?:тыс\.|тыс\b|тысяч[аи]?\b|млн\b|млрд\b|миллион\w*|"
    r"миллиард\w*))",
    re.IGNORECASE,
)
# words right before an amount that make it a price or a payment: "обошлись в", "стоит",
# "получат по", "заплатил", "за"
PAID_BEFORE = re.compile(
    r"(?:\b(?:обош\w+|обходит\w*|стои\w*|стоил\w*)\s+(?:в\s+)?|"
    r"\b(?:получ\w+|выплат\w+|заплат\w+|плат\w+)\s+(?:по\s+)?)$",
    re.IGNORECASE,
)
# a noun of money right before an amount: "та получила прибыль в 6 миллиардов", "долг в 3 млрд"
MONEY_NOUN_BEFORE = re.compile(
    r"\b(?:прибыл[ьи]\w*|выручк\w*|доход\w*|убыт\w*|долг\w*|капитал\w*|состояни\w*)"
    r"\s+(?:в|на)\s+$",
    re.IGNORECASE,
)


# how far in the same line a money fact after a price with no currency may give it one
CURRENCY_AFTER_REACH = 200


def bare_money(text: str, facts: list[Fact]) -> list[Fact]:
    """A number with a multiplier and no unit is money in the currency of the money said
    right before it ("из кредитов на 17 миллиардов рублей 12 миллиардов приходится на …"),
    or, after a verb of price or payment ("получат по 2,5 тыс.") or a noun of money ("та
    получила прибыль в 6 миллиардов", :data:`MONEY_NOUN_BEFORE`), in the currency of the
    nearest money before it in the text, else just after it on its line; not without a
    currency to take, nor before a noun (its own unit)."""

    money = [f for f in facts if f.kind == MONEY_KIND]
    found = []
    for match, start, stop in untaken_matches(BARE_MULTIPLIED, text, facts, 1):
        if word_after_is(text, stop, {"NOUN", "ADJF", "PRTF", "NUMR"}):
            continue
        before = [f for f in money if f.stop <= start]
        currency = None
        if before and start - before[-1].stop <= ELIDED_LIST_REACH:
            if not SENTENCE_END.search(text[before[-1].stop : start]):
                currency = before[-1].unit
        paid = PAID_BEFORE.search(text[max(0, start - 25) : start])
        if currency is None and (
            paid or MONEY_NOUN_BEFORE.search(text[max(0, start - 25) : start])
        ):
            line_stop = text.find("\n", stop)
            line_stop = len(text) if line_stop < 0 else line_stop
            after = [
                f for f in money if stop <= f.start < min(line_stop, stop + CURRENCY_AFTER_REACH)
            ]
            nearest = before[-1] if before else (after[0] if after else None)
            currency = nearest.unit if nearest is not None else None
        if currency is None:
            continue
        reading = unitless_reading(match.group(1))
        if reading is not None:
            value, qualifier = reading
            found.append(
                Fact(start=start, stop=stop, text=match.group(1), kind=MONEY_KIND,
                     value=value, unit=currency, qualifier=qualifier)
            )  # fmt: skip
    return found


def elided_money(text: str, facts: list[Fact]) -> list[Fact]:
    """ "… 368 млн рублей, второе место — 316 млн": amounts after a dash with no currency
    take the currency of the money fact before them on the same line; likewise a count
    takes the noun of the count before it ("более 49 тысяч избирателей (52,3 процента), а за
    Кокрела - 44,7 тысячи")."""
    # not an equivalent in brackets: "(около 5 млн долларов)"
    money = [
        f
        for f in facts
        if f.kind in (MONEY_KIND, QUANTITY_KIND)
        and text.rfind("(", 0, f.start) <= text.rfind(")", 0, f.start)
    ]
    found = []
    for match in ELIDED_MONEY.finditer(text):
        before = [f for f in money if f.stop <= match.start()]
        if not before or "\n" in text[before[-1].stop : match.start()]:
            continue
        amount = match.group(1)
        reading = unitless_reading(amount)
        if reading is not None:
            found.append(
                Fact(start=match.start(1), stop=match.end(1), text=amount,
                     kind=before[-1].kind, value=reading[0], unit=before[-1].unit)
            )  # fmt: skip
    return found
