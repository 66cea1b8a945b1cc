"""Numbers in Russian news: digits, number words, multipliers, qualifiers and ranges.

Shared by the money, percent and quantity grammars. The top rules are ``AMOUNT`` (a number with
an optional multiplier: "21,4 миллиарда", "5,3млн", "девять миллионов", "четверть миллиарда",
"сотни тысяч") interpreted as :class:`Amount`, and ``QUALIFIER`` ("около", "свыше", "до", …)
interpreted as a qualifier name.

Digits are matched by one token of the ``NUMBER`` type that :data:`TOKENIZER` adds in front of
yargy's rules, so that thousands separators (space, no-break space, dots as in
"1.844.036.360,12") and the decimal comma stay inside the token and are read by
:func:`parse_digits`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal
from functools import lru_cache

from yargy import and_, or_, rule
from yargy.interpretation import const, fact
from yargy.predicates import (
    caseless,
    custom,
    dictionary,
    eq,
    in_,
    in_caseless,
    normalized,
    type,
)
from yargy.predicates.bank import ParameterPredicate, morph_required
from yargy.tokenizer import MorphTokenizer, TokenRule

from ruextract.models import yargy_morph

# ---------------------------------------------------------------------------
# TOKENIZER
# ---------------------------------------------------------------------------

NUMBER_TYPE = "NUMBER"
# "1 844 036" / "1 844 036,5" (space, no-break or thin space) | "1.844.036.360,12" | "21,4" | "27.5"
NUMBER_PATTERN = (
    r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?(?!\d)"
    r"|\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?(?!\d)"
    r"|\d+(?:[.,]\d+)?"
)
TOKENIZER = MorphTokenizer(morph=yargy_morph()).add_rules(TokenRule(NUMBER_TYPE, NUMBER_PATTERN))


def parse_digits(text: str) -> float:
    """The value of a digits token: "1 844 036" → 1844036.0, "1.844.036.360,12", "21,4" → 21.4.

    Dots are thousands separators only when there are two or more of them ("1.844.036");
    a single dot or comma is the decimal mark ("27.5", "21,4").
    """
    text = re.sub(r"[\s\u00a0\u202f]", "", text)
    if text.count(".") >= 2:
        text = text.replace(".", "")
    return float(text.replace(",", "."))


# ---------------------------------------------------------------------------
# NUMBER WORDS
# ---------------------------------------------------------------------------

# lemma (pymorphy normal form) -> value
NUMBER_WORDS: dict[str, float] = {
    "ноль": 0, "один": 1, "два": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7,
    "восемь": 8, "девять": 9, "десять": 10, "одиннадцать": 11, "двенадцать": 12,
    "тринадцать": 13, "четырнадцать": 14, "пятнадцать": 15, "шестнадцать": 16,
    "семнадцать": 17, "восемнадцать": 18, "девятнадцать": 19, "двадцать": 20, "тридцать": 30,
    "сорок": 40, "пятьдесят": 50, "шестьдесят": 60, "семьдесят": 70, "восемьдесят": 80,
    "девяносто": 90, "сто": 100, "двести": 200, "триста": 300, "четыреста": 400,
    "пятьсот": 500, "шестьсот": 600, "семьсот": 700, "восемьсот": 800, "девятьсот": 900,
    "полтора": 1.5, "полтораста": 150,
    # collective numerals: "троих претендентов"
    "двое": 2, "трое": 3, "четверо": 4, "пятеро": 5, "шестеро": 6, "семеро": 7,
}  # fmt: skip
# fractions that multiply what follows: "четверть миллиарда" → 0.25e9
FRACTION_WORDS: dict[str, float] = {"четверть": 0.25, "половина": 0.5, "треть": 1 / 3}
# vague counts: "сотни тысяч" → 100 000, "несколько миллионов" → 1 000 000, both approx
VAGUE_WORDS: dict[str, float] = {"сотня": 100, "десяток": 10, "несколько": 1, "пара": 2}
# forms pymorphy reads wrongly or that it lemmatises to something else
NUMBER_FORMS: dict[str, str] = {"ста": "сто", "сорока": "сорок", "полутора": "полтора"}

ALL_WORDS = {**NUMBER_WORDS, **FRACTION_WORDS, **VAGUE_WORDS}


@lru_cache(maxsize=10_000)
def number_lemma(word: str) -> str | None:
    """The number word that ``word`` is a form of ("девяти" → "девять", "сотен" → "сотня")."""
    from ruextract import models

    lower = word.lower().replace("ё", "е")
    if lower in NUMBER_FORMS:
        return NUMBER_FORMS[lower]
    for parse in models.morph_analyzer().parse(lower):
        if parse.normal_form in ALL_WORDS:
            return parse.normal_form
    return None


def words_value(text: str) -> float:
    """The value of a run of number words: "двести пятьдесят" → 250, "несколько сотен" → 100.

    Words add up; a vague count ("сотни", "десятки") multiplies what came before it, and
    "несколько" alone counts as one (of what follows: "несколько миллионов" → 1e6).
    """
    total = 0.0
    for word in text.split():
        lemma = number_lemma(word)
        if lemma is None or lemma == "несколько":
            continue
        if lemma in VAGUE_WORDS:
            total = (total or 1.0) * VAGUE_WORDS[lemma]
        else:
            total += ALL_WORDS[lemma]
    return total or 1.0


def is_vague(text: str) -> bool:
    """True for "несколько", "сотни", "десятки", "пара": the value is an order of magnitude."""
    return any(number_lemma(word) in VAGUE_WORDS for word in text.split())


# ---------------------------------------------------------------------------
# AMOUNT
# ---------------------------------------------------------------------------

Amount = fact("Amount", ["number", "words", "fraction", "multiplier"])


# natasha's pattern: the fact, then its behaviour
class Amount(Amount):
    """A number with an optional multiplier; ``value`` is the exact decimal it denotes.

    The number is read as written ("8,2" is the decimal 8.2, not the nearest float), so
    "8,2 млрд" is exactly 8200000000 and not 8199999999.999999.
    """

    @property
    def value(self) -> Decimal:
        if self.number is not None:
            base = self.number
        elif self.words is not None and self.fraction is not None:
            # "три четверти сосиски": a number of fractions
            return to_decimal(self.words) * to_decimal(self.fraction) * (self.multiplier or 1)
        elif self.words is not None:
            base = self.words
        elif self.fraction is not None:
            base = self.fraction
        else:
            base = 1.0
        return to_decimal(base) * (self.multiplier or 1)


def to_decimal(number: float) -> Decimal:
    """The decimal a float was read from: its shortest repr (``8.2`` → ``Decimal("8.2")``)."""
    return Decimal(repr(float(number)))


DOT = eq(".")
DASH = in_("-–—")
DIGITS = type(NUMBER_TYPE).interpretation(Amount.number.custom(parse_digits))

NUMBER_WORD = dictionary(set(NUMBER_WORDS) | set(VAGUE_WORDS))
WORDS = rule(NUMBER_WORD.repeatable(max=4)).interpretation(Amount.words.custom(words_value))
FRACTION = dictionary(set(FRACTION_WORDS)).interpretation(Amount.fraction.custom(words_value))

THOUSAND = or_(
    rule(caseless("тыс"), DOT.optional()),
    rule(normalized("тысяча")),
).interpretation(const(10**3))
MILLION = or_(
    rule(caseless("млн"), DOT.optional()),
    rule(normalized("миллион")),
).interpretation(const(10**6))
MILLIARD = or_(
    rule(caseless("млрд"), DOT.optional()),
    rule(normalized("миллиард")),
).interpretation(const(10**9))
TRILLION = or_(
    rule(caseless("трлн"), DOT.optional()),
    rule(normalized("триллион")),
).interpretation(const(10**12))
MULTIPLIER = or_(THOUSAND, MILLION, MILLIARD, TRILLION).interpretation(Amount.multiplier)

# "полмиллиона долларов", "до полумиллиона поклонников", "полтысячи": half a multiplier, one word
HALF_MULTIPLIERS: dict[str, int] = {"тысяч": 10**3, "миллион": 10**6, "миллиард": 10**9}
HALF_MULTIPLIER_WORD = re.compile(r"полу?(тысяч|миллион|миллиард)[а-я]*", re.IGNORECASE)


def half_multiplier(word: str) -> int:
    """The value of a word of half a multiplier: "полмиллиона" → 500000."""
    found = HALF_MULTIPLIER_WORD.fullmatch(word)
    assert found is not None
    return HALF_MULTIPLIERS[found.group(1).lower()] // 2


HALF = custom(lambda word: HALF_MULTIPLIER_WORD.fullmatch(word) is not None).interpretation(
    Amount.multiplier.custom(half_multiplier)
)


class FirstReading(ParameterPredicate):
    """A word whose first (most likely) reading satisfies ``value``, a test of a yargy form
    (``form.grams``, ``form.normalized``): "были" is first a verb, "третью" first the
    ordinal. Reads the forms yargy's tokenizer made, so it costs no extra dictionary call."""

    @morph_required
    def __call__(self, token) -> bool:
        return bool(token.forms) and bool(self.value(token.forms[0]))


class Readings(ParameterPredicate):
    """A word whose readings (yargy's forms, with the word: ``value(word, forms)``) pass one
    test: several grammemes checked in one call, not one predicate each."""

    @morph_required
    def __call__(self, token) -> bool:
        return bool(self.value(token.value, token.forms))


def first_reading_in(lemmas: Iterable[str]) -> FirstReading:
    """A word whose first reading is one of ``lemmas``."""
    wanted = frozenset(lemmas)
    return FirstReading(lambda form: form.normalized in wanted)


def first_reading_is(grammeme: str) -> FirstReading:
    """A word whose first reading has ``grammeme`` ("VERB")."""
    return FirstReading(lambda form: grammeme in form.grams)


# "около четверти акционеров", "одной трети парламентариев", "три четверти сосиски": a share
# of a group or of a thing (no multiplier after it; the quantity grammar only)
FRACTION_OF = rule(
    WORDS.optional(),
    # "трети" is first the fraction, "третью" first the ordinal ("третью операцию")
    and_(dictionary(set(FRACTION_WORDS)), first_reading_in(FRACTION_WORDS)).interpretation(
        Amount.fraction.custom(words_value)
    ),
).interpretation(Amount)

AMOUNT = or_(
    rule(DIGITS, MULTIPLIER.optional()),
    rule(WORDS, MULTIPLIER.optional()),
    rule(FRACTION, MULTIPLIER),
    # "миллиард долларов", "тысячи человек"
    rule(MULTIPLIER),
    rule(HALF),
).interpretation(Amount)


# ---------------------------------------------------------------------------
# QUALIFIER
# ---------------------------------------------------------------------------

APPROX, MORE_THAN, LESS_THAN, UP_TO, RANGE, EXACT = (
    "approx",
    "more_than",
    "less_than",
    "up_to",
    "range",
    "exact",
)

QUALIFIER_WORDS: dict[str, tuple[str, ...]] = {
    APPROX: ("около", "примерно", "порядка", "почти", "приблизительно", "ориентировочно"),
    MORE_THAN: ("свыше", "более", "больше", "выше", "сверх"),
    LESS_THAN: ("менее", "меньше", "ниже"),
    UP_TO: ("до",),
}


def qualifier_rule(name: str):
    """One qualifier's words, optionally with "чем" and a preposition ("более чем на")."""
    return rule(
        in_caseless(set(QUALIFIER_WORDS[name])),
        caseless("чем").optional(),
        in_({"на", "в"}).optional(),
    ).interpretation(const(name))


# "не более 500", "не больше семи": at most
NOT_MORE = rule(
    caseless("не"), in_caseless({"более", "больше", "свыше"}), in_({"на", "в"}).optional()
).interpretation(const(UP_TO))

# "не менее 25 человек", "не меньше 10 %": at least (a negated lower word bounds from below)
NOT_LESS = rule(
    caseless("не"), in_caseless({"менее", "меньше", "ниже"}), in_({"на", "в"}).optional()
).interpretation(const(MORE_THAN))

# "по крайней мере, пять участников", "по меньшей мере 27 человек": at least (as "не менее")
AT_LEAST = rule(
    caseless("по"), in_caseless({"крайней", "меньшей"}), caseless("мере"), eq(",").optional()
).interpretation(const(MORE_THAN))

# "по цене от 10 долларов за карточку": a lower bound alone (with "до" it is a range)
FROM_ALONE = rule(caseless("от")).interpretation(const(MORE_THAN))

QUALIFIER = or_(
    NOT_MORE,
    NOT_LESS,
    AT_LEAST,
    FROM_ALONE,
    qualifier_rule(APPROX),
    qualifier_rule(MORE_THAN),
    qualifier_rule(LESS_THAN),
    qualifier_rule(UP_TO),
)

# "от 3 до 5", "38–56"; "с 82 до 21 процента" is a change from A to B, marked CHANGE here
CHANGE = "change"
RANGE_FROM = or_(
    rule(caseless("от")).interpretation(const(RANGE)),
    rule(in_caseless({"с", "со"})).interpretation(const(CHANGE)),
)
RANGE_TO = caseless("до")
