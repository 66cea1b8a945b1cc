"""The amounts in a text, without models: :func:`find_facts` runs the yargy grammars of
:mod:`ruextract.grammars` on windows around number triggers, then adds the amounts that stand
for others (a count without its noun, money without its currency, a collective numeral) and
drops ratios, ranks, weights and web addresses."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
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
# yargy parses only windows of text around these triggers (it is slow on whole articles)
TRIGGER = re.compile(
    r"\d|[%$€£¥₽₸₴]|\b(?:процент\w*|тыс|млн|млрд|трлн|тысяч\w*|миллион\w*|миллиард\w*|"
    r"триллион\w*|полтор\w*|полу?(?:тысяч|миллион|миллиард)\w*|четверт(?:ь|и|ью)|трет(?:ь|и|ью)|половин\w*|нескольк\w*|"
    r"сотн\w*|сотен|доллар\w*|евро|рубл\w*|"
    # small counts in words: "два истребителя", "семь мандатов", "троих претендентов"
    r"(?P<word>один|одн(?:а|о|у|ой|ого|ому|ом|им|ою)|дв[аеу]х?|двум|двумя|двое|двоих|тр[иеё]х?|тр[её]м|тремя|трое|троих|четыр\w*|"
    r"пят(?:ь|и|ью)|шест(?:ь|и|ью)|сем[ьи]|восемь|восьми|восемью|девят(?:ь|и|ью)|"
    r"десят(?:ь|и|ью)|четверо|четверых|пятеро|пятерых|шестеро|шестерых|семеро|семерых|"
    # teens, tens and hundreds in any case: "одиннадцати принцев", "двести стран"
    r"(?:одинн|двен|трин|пятн|шестн|семн|восемн|девятн)адцат(?:ь|и|ью)|"
    r"(?:двадцат|тридцат)(?:ь|и|ью)|сорок[а]?|(?:пят|шест|сем|восем)ьдесят|"
    r"(?:пяти|шести|семи|восьми)десят(?:и|ью)|девяност[оа]|сто|ста|двест[и]|трист[а]|"
    r"(?:пят|шест|сем|восем|девят)ьсот|(?:дв[уе]х|тр[её]х|пяти|шести|семи|восьми|девяти)сот\w*|"
    # hundreds in the dative, instrumental, locative: "в трёхстах метрах", "двумстам"
    r"(?:дв(?:ум|умя|ух)|тр(?:[её]м|емя|[её]х)|четыр(?:[её]м|ьмя|[её]х)|пяти|шести|семи|"
    r"восьми|девяти|пятью|шестью|семью|восемью|девятью)ст(?:ам|ами|ах)"
    r"))\b",
    re.IGNORECASE,
)
# web addresses: their "%D0" escapes and digits are not facts
# (from the bracket a wiki link opens with: "голосов[https://…" keeps its word)
URL = re.compile(r"[^\s\[]*(?:https?://|www\.|%[0-9A-F]{2}%)\S*", re.IGNORECASE)


def may_hold_url(text: str) -> bool:
    """False when ``URL`` cannot match ``text``: it has no "%", "http" nor "www." in any case
    (the regex tries its opening at every character: a millisecond per article)."""
    if "%" in text:
        return True
    lowered = text.lower()
    return "http" in lowered or "www." in lowered


# how far a window reaches around a trigger: a qualifier and a range before, a unit after
WINDOW_BEFORE, WINDOW_AFTER = 60, 60
# a count in words has its qualifier just before ("по крайней мере, пять") and its noun (and
# adjectives) just after
WORD_WINDOW_BEFORE, WORD_WINDOW_AFTER = 18, 40


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


def overlaps_taken(start: int, stop: int, taken: list[tuple[int, int]]) -> bool:
    """True when the characters ``start:stop`` share one with any ``(start, stop)`` of ``taken``
    (the spans of facts already found, which a later pattern must leave alone)."""
    return any(a < stop and start < b for a, b in taken)


def untaken_matches(
    pattern: re.Pattern[str], text: str, facts: list[Fact], group: int | str = 0
) -> Iterator[tuple[re.Match[str], int, int]]:
    """The matches of ``pattern`` in ``text`` whose ``group`` shares no character with a fact
    already found (:func:`overlaps_taken`), each with that group's ``start`` and ``stop``."""
    taken = [(f.start, f.stop) for f in facts]
    for match in pattern.finditer(text):
        start, stop = match.span(group)
        if not overlaps_taken(start, stop, taken):
            yield match, start, stop


def unitless_reading(amount: str) -> tuple[float, str] | None:
    """Value and qualifier of an amount written with no unit of its own ("1809", "около 40",
    "12 миллиардов"): the count grammar's first reading of it as if "штук" followed; None
    when the grammar reads no amount there."""
    for parsed in parsers()[QUANTITY_KIND].findall(amount + " штук"):
        return float(parsed.fact.amount.value), parsed.fact.qualifier or EXACT
    return None


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


def windows(text: str) -> Iterator[tuple[int, str]]:
    """Stretches of ``text`` around possible numbers, with their offsets.

    Each reaches ``WINDOW_BEFORE``/``WINDOW_AFTER`` characters around a trigger, cut at white
    space and never across a line break; overlapping windows merge.
    """
    spans: list[list[int]] = []
    for match in TRIGGER.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_stop = text.find("\n", match.end())
        line_stop = len(text) if line_stop < 0 else line_stop
        before, after = (
            (WORD_WINDOW_BEFORE, WORD_WINDOW_AFTER)
            if match.group("word")
            else (WINDOW_BEFORE, WINDOW_AFTER)
        )
        start = max(line_start, match.start() - before)
        stop = min(line_stop, match.end() + after)
        while start > line_start and not text[start - 1].isspace():
            start -= 1
        while stop < line_stop and not text[stop].isspace():
            stop += 1
        if spans and start <= spans[-1][1] and line_start <= spans[-1][0]:
            spans[-1][1] = max(spans[-1][1], stop)
        else:
            spans.append([start, stop])
    for start, stop in spans:
        yield start, text[start:stop]


# "в 3 раза больше": a ratio
RATIO_BEFORE = re.compile(r"\bв[оа]?\s+$", re.IGNORECASE)
# nouns that a number before them may rank instead of count ("5 тур" / "17 матчей")
RANK_NOUNS = frozenset({"место", "тур", "матч", "сезон"})
# "105 из 230 мест", "шесть из 11 стран-членов": the first count takes the noun of the second
COUNT_OF = re.compile(
    r"(?<![\d.,])(\d+|(?<![а-яё])(?:два|две|три|четыре|пять|шесть|семь|восемь|девять|десять))"
    r"\s+из\s+$",
    re.IGNORECASE,
)
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
# the word after an elided amount: its own noun or a word of time makes it no elided count
WORD_AFTER = re.compile(r"\s*([а-яё]+)", re.IGNORECASE)
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
    taken = [(f.start, f.stop) for f in facts]
    found: list[Fact] = []
    for match in ELIDED_AMOUNT.finditer(text):
        if overlaps_taken(match.start(1), match.end(1), taken):
            continue
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
SENTENCE_END = re.compile(r"[.!?\n]\s|\n")
# how far in the same line a money fact after a price with no currency may give it one
CURRENCY_AFTER_REACH = 200


def bare_money(text: str, facts: list[Fact]) -> list[Fact]:
    """A number with a multiplier and no unit is money in the currency of the money said
    right before it ("из кредитов на 17 миллиардов рублей 12 миллиардов приходится на …"),
    or, after a verb of price or payment ("получат по 2,5 тыс.") or a noun of money ("та
    получила прибыль в 6 миллиардов", :data:`MONEY_NOUN_BEFORE`), in the currency of the
    nearest money before it in the text, else just after it on its line; not without a
    currency to take, nor before a noun (its own unit)."""
    from ruextract import models

    money = [f for f in facts if f.kind == MONEY_KIND]
    taken = [(f.start, f.stop) for f in facts]
    found = []
    for match in BARE_MULTIPLIED.finditer(text):
        start, stop = match.span(1)
        if overlaps_taken(start, stop, taken):
            continue
        word = WORD_AFTER.match(text, stop)
        if word is not None and word.start(1) - stop <= 1:
            tag = models.morph_analyzer().parse(word.group(1).lower())[0].tag
            if {"NOUN", "ADJF", "PRTF", "NUMR"} & tag.grammemes:
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


# "8 фунтов 6 унций": pounds of weight, not of money
OUNCES_AFTER = re.compile(r"\s+\d+\s+унц", re.IGNORECASE)


def is_weight(text: str, fact: Fact) -> bool:
    """ "весит 8 фунтов 6 унций": a pound followed by ounces is a weight, no money."""
    return fact.unit == "GBP" and bool(OUNCES_AFTER.match(text, fact.stop))


# "один" as a word that counts nothing: "ни один олигарх", "плюс один голос" (a formula), "за
# один тур до конца" and "за одну карточку" (a span of time, a denominator: "за" measures),
# "с одной стороны", "одним словом"
ONE_WORD = re.compile(r"^(?:один|одн[а-я]+)\s", re.IGNORECASE)
NOT_ONE_BEFORE = re.compile(r"\b(?:ни|плюс)\s+$", re.IGNORECASE)
# "за" before "один": a span of time when its noun is one of time or of a contest's parts ("за
# один тур до конца", "за один присест"), a denominator after a price ("по 10 долларов за одну
# карточку"); else what it was for ("играл только за один клуб": a count)
FOR_BEFORE = re.compile(r"\bза\s+$", re.IGNORECASE)
SPAN_NOUNS = frozenset(
    {"тур", "раунд", "период", "сезон", "матч", "игра", "этап", "круг", "заход", "присест",
     "подход", "сеанс", "вечер", "ночь", "день", "неделя", "месяц", "год", "час", "минута",
     "сутки", "раз", "поездка", "визит", "сессия", "заседание"}
)  # fmt: skip
# a price before "за" in its sentence: a number, a currency sign or word
PRICE_BEFORE = re.compile(
    r"(?:\d|[$€£₽]|\b(?:доллар|евро|рубл|фунт|тенге|гривн|юан|цен|стои|плат))[^.!?\n]*$",
    re.IGNORECASE,
)
# "за" + accusative ("за один клуб") is what for; + instrumental ("за одним столом") where
ACCUSATIVE_ONE = frozenset({"один", "одну", "одно", "одного"})
# how far back in its sentence that price may be
PRICE_BEFORE_REACH = 120
ONE_IDIOM = re.compile(r"^(?:одной\s+стороны|одним\s+словом)\b", re.IGNORECASE)
# "Одно соглашение относится к …, другое …": "один" paired with "другой" picks one of them
OTHER_AFTER = re.compile(r"\bдруг(?:ой|ая|ое|ие|ого|ую|ому|им|ом)\b", re.IGNORECASE)
# how far after "один" its pair "другой" may be, in the same sentence
OTHER_REACH = 150


def is_phrasing_one(text: str, fact: Fact) -> bool:
    """True when "один" + noun counts nothing: after "ни" or "плюс", after "за" before a noun of
    time or after a price (:data:`SPAN_NOUNS`, :data:`PRICE_BEFORE`), in an idiom, paired
    with "другой" later in its sentence, or before a noun that is not singular ("по одним
    данным"); "одна винтовка", "ещё одно серебро", "в одной программе" are counts of one."""
    from ruextract import models
    from ruextract.grammars.quantity import noun_lemma

    if fact.kind != QUANTITY_KIND or fact.value != 1 or not ONE_WORD.match(fact.text):
        return False
    if NOT_ONE_BEFORE.search(text, max(0, fact.start - 6), fact.start):
        return True
    if FOR_BEFORE.search(text, max(0, fact.start - 4), fact.start):
        if fact.text.split()[0].lower() not in ACCUSATIVE_ONE:
            # "сидел за одним столом": "за" with the instrumental is a place ("one" = same)
            return True
        noun = noun_lemma(fact.text.split()[-1])
        price = PRICE_BEFORE.search(text, max(0, fact.start - PRICE_BEFORE_REACH), fact.start)
        if noun in SPAN_NOUNS or price is not None:
            return True
    if ONE_IDIOM.match(fact.text):
        return True
    after = text[fact.stop : fact.stop + OTHER_REACH]
    end = SENTENCE_END.search(after)
    if OTHER_AFTER.search(after[: end.start() if end else len(after)]):
        return True
    noun = fact.text.split()[-1].lower()
    return not any(
        "NOUN" in p.tag and p.tag.number == "sing" for p in models.morph_analyzer().parse(noun)
    )


# "половины избирателей плюс один голос": a part of a formula, no count
FORMULA_AFTER = re.compile(r"\s+(?:плюс|минус)\b", re.IGNORECASE)


# a fraction word opening a count ("половине списка"), after an ordinal ("во второй …")
FRACTION_START = re.compile(r"^(?:\S+\s+){0,2}?(?:четверт|трет|половин)", re.IGNORECASE)
WORD_BEFORE = re.compile(r"([а-яё]+)\s+$", re.IGNORECASE)


def is_formula_part(text: str, fact: Fact) -> bool:
    """True for a count followed by "плюс"/"минус" ("половины избирателей плюс один голос"),
    and for a fraction after an ordinal ("во второй половине списка": a part by place) or
    before a word that is no genitive (a share is of a whole in the genitive)."""
    from ruextract import models

    if fact.kind != QUANTITY_KIND:
        return False
    if FORMULA_AFTER.match(text, fact.stop):
        return True
    if not FRACTION_START.match(fact.text):
        return False
    whole = fact.text.split()[-1].lower()
    if not any("gent" in p.tag for p in models.morph_analyzer().parse(whole)):
        # a share is of a whole in the genitive
        return True
    before = WORD_BEFORE.search(text, max(0, fact.start - 20), fact.start)
    return before is not None and any(
        "Anum" in p.tag for p in models.morph_analyzer().parse(before.group(1).lower())
    )


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


# "г" after a number: grams ("около 3800 г"), unless it is a year's ("2010 г.", "2011г.",
# "1993 г")
GRAM_ABBREVIATION = re.compile(r"г(\.?)$", re.IGNORECASE)


def is_year_abbreviation(text: str, fact: Fact) -> bool:
    """True for a count in "г" that is a year: a dot after it or a year-like number."""
    abbreviation = GRAM_ABBREVIATION.search(fact.text) if fact.unit == "g" else None
    if abbreviation is None:
        return False
    dot = bool(abbreviation.group(1)) or text[fact.stop : fact.stop + 1] == "."
    return dot or 1000 <= fact.value <= 2100


# nouns (and their abbreviations) that a number after them names: "части 2 статьи 105", "п. 3",
# "ст. 30", "тома 5", "№ 53"
ID_NOUN_BEFORE = re.compile(
    r"(?:\b(?:част(?:ь|и|ью|ей|ям|ями|ях)|стать(?:я|и|ю|ей|е|ям|ями|ях)|статей|"
    r"(?:под)?пункт|глав|том|раздел|параграф)(?:а|у|ом|е|ы|ов|ам|ами|ах|ой)?|"
    r"\b(?:ч|ст|п|пп|гл|т)\.|№)\s*$",
    re.IGNORECASE,
)


def is_id_number(text: str, fact: Fact) -> bool:
    """True for a count whose number names a part of a law or a book: a number right after
    "часть", "статья", "пункт", "глава", "том" … ("частью 3 статьи 30": 3 is the part's
    number, not a count of articles); "по трём статьям", "11 пунктов" are counts."""
    if fact.kind != QUANTITY_KIND or not fact.text[:1].isdigit():
        return False
    return bool(ID_NOUN_BEFORE.search(text, max(0, fact.start - 16), fact.start))


# "1/8 финала", "1/3 акций": the digits before a count's number and a slash
SLASH_BEFORE = re.compile(r"\d\s*/\s*$")


def is_slash_denominator(text: str, fact: Fact) -> bool:
    """True for a count whose number is the denominator of a fraction written with a slash
    ("остановился на стадии 1/8 финала": a stage, not 8 finals; "1/3 акций" is no count of
    3 shares)."""
    if fact.kind != QUANTITY_KIND or not fact.text[:1].isdigit():
        return False
    return bool(SLASH_BEFORE.search(text, max(0, fact.start - 6), fact.start))


def is_ratio_or_rank(text: str, fact: Fact) -> bool:
    """ "в 3 раза" is a ratio, "2 место" a rank (not "21 место", "105 мест"): no counts."""
    if fact.kind != QUANTITY_KIND:
        return False
    if fact.unit == "раз":
        return bool(RATIO_BEFORE.search(text[max(0, fact.start - 4) : fact.start]))
    if fact.unit in RANK_NOUNS:
        return not agrees_as_count(fact.value, fact.text.split()[-1])
    return False


# a reference before a number: "части 2 статьи 105", "ч. 3", "п. 1", "№ 5", "пунктом 3"
# ("главы" is also a head: "главы двух государств")
ID_BEFORE = re.compile(
    r"(?:(?<![\w-])(?:ч|п|пп|ст|гл|т)\.?|№|(?<![\w-])(?:част(?:ь|и|ью|ей|ям)|"
    r"(?:под)?пункт(?:а|у|ом|е|ы|ов)?|стать(?:я|и|ю|ей|е)|статей|"
    r"том(?:а|е|у|ом)|абзац(?:а|е|у|ем)?|раздел(?:а|е|у|ом)?))\s*$",
    re.IGNORECASE,
)
# a number after the noun: "2 статьи 105" is a reference
NUMBER_NEXT = re.compile(r"\s*(?:№\s*)?\d")


def is_id_reference(text: str, fact: Fact) -> bool:
    """True for a quantity right after a reference word ("статьи 6 закона", "ч. 1 ст. 6"),
    and for a count of a noun naming a part of a text
    (:data:`~ruextract.grammars.quantity.ID_NOUNS`) that is a reference, not a count: after a
    reference word ("части 2 статьи 105"), before a number ("2 статьи 105"),
    or with a noun that does not take the number's form ("по 5 статье"); a singular noun
    after a number ending in 1 names one ("вступит в силу 181 статья закона"). "по двум
    статьям", "11 пунктов", "двух частей" are counts."""
    from ruextract import models
    from ruextract.grammars.quantity import ID_NOUNS

    if fact.kind != QUANTITY_KIND:
        return False
    if ID_BEFORE.search(text, max(0, fact.start - 12), fact.start):
        # "статьи 6 закона": the number of a reference counts no noun after it
        return True
    if fact.unit not in ID_NOUNS:
        return False
    if NUMBER_NEXT.match(text, fact.stop):
        return True
    noun = fact.text.split()[-1].lower()
    if int(fact.value) % 10 == 1 and not any(
        "NOUN" in p.tag and p.tag.number == "plur" for p in models.morph_analyzer().parse(noun)
    ):
        return True
    return not agrees_as_count(fact.value, noun)


def is_determiner_unagreed(text: str, fact: Fact) -> bool:
    """True for a count with a possessive or "другой" before its noun
    (:data:`~ruextract.grammars.quantity.DETERMINER`) that counts nothing: in digits, a noun
    that does not take the number's form ("В 2012 его команда": a year before a subject);
    "один" (an indefinite "one of his": "один его друг", "хотя бы один ваш военный"). "80 его
    последователей", "двух других актрис" are counts."""
    from ruextract.grammars.quantity import DETERMINER_LEMMAS, DETERMINER_WORDS, noun_lemma

    if fact.kind != QUANTITY_KIND:
        return False
    words = fact.text.lower().split()
    if not any(w in DETERMINER_WORDS or noun_lemma(w) in DETERMINER_LEMMAS for w in words[1:-1]):
        return False
    if not fact.text[:1].isdigit():
        return bool(ONE_WORD.match(fact.text))
    return 1000 <= fact.value <= 2100 or not agrees_as_count(fact.value, words[-1])


def agrees_as_count(value: float, noun: str) -> bool:
    """True when ``noun`` has the form a count of ``value`` takes: plural ("17 матчей", "105
    мест"), genitive singular after 2–4 ("3 тура"), singular after 21, 31 … ("51 место");
    "2 место", "5 тур", "в 3 туре" are ranks."""
    from ruextract import models

    tens, last = int(value) % 100, int(value) % 10
    for parse in models.morph_analyzer().parse(noun.lower()):
        if "NOUN" not in parse.tag:
            continue
        if parse.tag.number == "plur":
            return True
        if 2 <= last <= 4 and not 12 <= tens <= 14 and parse.tag.case == "gent":
            return True
        if last == 1 and tens != 11 and value != 1:
            return True
    return False


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
                following = WORD_AFTER.match(text, word.end())
                if following is None or following.start(1) - word.end() > 1:
                    following = None
                if following is not None and {"NOUN", "ADJF", "PRTF"} & (
                    models.morph_analyzer().parse(following.group(1).lower())[0].tag.grammemes
                ):
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


def adjectives_for_nouns(text: str, facts: list[Fact]) -> list[Fact]:
    """:func:`ruextract.facts.counts.adjectives_for_nouns` ("2 золотых" → медаль) and
    :func:`ruextract.facts.counts.manner_nouns` ("в том числе 11 нокаутом" → победа)."""
    from ruextract.facts import counts

    return counts.manner_nouns(text, counts.adjectives_for_nouns(text, facts))


def context_counts(text: str, facts: list[Fact]) -> list[Fact]:
    """Counts whose noun is not beside them, found from the counts before them
    (:mod:`ruextract.facts.counts`), each step seeing what the steps before it found."""
    from ruextract.facts import counts

    found: list[Fact] = []
    for step in (
        counts.bare_counts,
        counts.counts_of_substantives,
        counts.collectives_alone,
        counts.counts_before_verb,
        counts.sums_in_brackets,
        counts.times_adverbs,
        counts.counts_closing_sentence,
        counts.totals_after_rank,
        counts.counts_restated_in_words,
        counts.counts_of_quoted_nouns,
        counts.ones_alone,
        counts.counts_of_capitalised_nouns,
        counts.more_alone,
        counts.ones_of_counts,
        counts.counts_of_number_nouns,
        counts.parts_of_counts,
        counts.counts_after_dash,
        counts.multiplied_counts_by_verb,
        counts.counts_listed_before_dash,
        counts.counts_of_oblique_substantives,
    ):
        found += step(text, facts + found)
    return found


def find_facts(text: str) -> list[Fact]:
    """Money, percentages and quantities in ``text``, in order, without overlaps.

    Pure: no models (yargy's own dictionary only). ``subject`` and the period are left empty:
    they need the parse and the dates, which the pipeline component adds. The last texts'
    results are cached: the syntax stage asks first, for the sentences worth parsing.
    """
    return list(_find_facts(text))


@lru_cache(maxsize=128)
def _find_facts(text: str) -> tuple[Fact, ...]:
    candidates: list[Fact] = []
    for offset, line in windows(text):
        for kind, parser in parsers().items():
            for match in parser.findall(line):
                start, stop = match.span.start, match.span.stop
                fact = to_fact(kind, offset + start, line[start:stop], match.fact)
                if fact is not None:
                    candidates.append(fact)
    candidates = [one_from(f) for f in two_unit_measures(text, candidates)]
    candidates = [
        f
        for f in candidates
        if not is_ratio_or_rank(text, f)
        and not is_weight(text, f)
        and not is_phrasing_one(text, f)
        and not is_year_abbreviation(text, f)
        and not is_formula_part(text, f)
        and not is_id_number(text, f)
        and not is_slash_denominator(text, f)
        and not is_determiner_unagreed(text, f)
        and not is_id_reference(text, f)
    ]
    candidates = agreeing_units(compound_units(text, candidates))
    candidates += (
        counts_before_of(text, candidates)
        + elided_money(text, candidates)
        + counts_of_them(text, candidates)
    )
    candidates += elided_amounts(text, candidates)
    candidates += totals_after(text, candidates)
    candidates += bare_money(text, candidates)
    candidates += context_counts(text, candidates)
    candidates = adjectives_for_nouns(text, candidates)
    urls = [match.span() for match in URL.finditer(text)] if may_hold_url(text) else []
    candidates = [f for f in candidates if not any(a < f.stop and f.start < b for a, b in urls)]
    candidates.sort(key=lambda f: (f.start, -(f.stop - f.start), KINDS.index(f.kind)))
    facts: list[Fact] = []
    for fact in candidates:
        if facts and fact.start < facts[-1].stop:
            continue
        facts.append(fact)
    return tuple(facts)
