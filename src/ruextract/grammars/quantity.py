"""Quantities: a measure with its unit ("120 км", "5 тыс. тонн") or a count with the noun it
counts ("свыше 300 договоров" → 300, unit "договор", more_than).

Not quantities: lengths of time and calendar words ("2023 года", "10 месяцев", "225 лет": the
dates stage owns them), ordinals and ages ("60-летний": the dash keeps them out), and a number
before a capitalised word (list numbering, names). "в 3 раза" (a ratio) and ranks ("2 место")
are dropped by :func:`ruextract.facts.find_facts`, which sees the words around the match.
"""

from __future__ import annotations

from functools import lru_cache

from yargy import and_, not_, or_, rule
from yargy.interpretation import const, fact
from yargy.predicates import (
    caseless,
    custom,
    dictionary,
    eq,
    gram,
    in_caseless,
    is_capitalized,
    normalized,
)

from ruextract.grammars.numbers import (
    AMOUNT,
    DASH,
    DOT,
    FRACTION_OF,
    QUALIFIER,
    RANGE_FROM,
    RANGE_TO,
    Readings,
    first_reading_is,
)

Quantity = fact("Quantity", ["qualifier", "amount", "amount_max", "unit"])


# ---------------------------------------------------------------------------
# MEASURE UNITS
# ---------------------------------------------------------------------------

# unit lemma -> symbol (SI and the usual international symbols)
UNIT_WORDS: dict[str, str] = {
    "километр": "km", "метр": "m", "сантиметр": "cm", "миллиметр": "mm", "миля": "mi",
    "тонна": "t", "килограмм": "kg", "грамм": "g", "центнер": "q",
    "гектар": "ha", "баррель": "bbl", "литр": "l",
    "киловатт": "kW", "мегаватт": "MW", "гигаватт": "GW",
}  # fmt: skip
# abbreviations as written (Russian and Latin, any case) -> symbol
UNIT_ABBREVIATIONS: dict[str, str] = {
    "км": "km", "km": "km", "м": "m", "см": "cm", "мм": "mm",
    "т": "t", "t": "t", "кг": "kg", "kg": "kg", "г": "g",
    "га": "ha", "ha": "ha", "барр": "bbl", "bbl": "bbl",
    "квт": "kW", "мвт": "MW", "гвт": "GW", "kw": "kW", "mw": "MW", "gw": "GW",
}  # fmt: skip


def unit_symbol(text: str) -> str:
    """The symbol of a unit abbreviation as written ("КМ" → "km", "тыс. т" → "t")."""
    return UNIT_ABBREVIATIONS[text.lower()]


# "кв. км" → "km2", "куб. м" → "m3"
POWER = or_(
    rule(caseless("кв"), DOT.optional()).interpretation(const("2")),
    rule(caseless("куб"), DOT.optional()).interpretation(const("3")),
)
MEASURE_WORD = or_(
    *(normalized(lemma).interpretation(const(symbol)) for lemma, symbol in UNIT_WORDS.items())
)
MEASURE_ABBREVIATION = in_caseless(set(UNIT_ABBREVIATIONS)).interpretation(
    Quantity.unit.custom(unit_symbol)
)
SQUARE_KM = rule(
    caseless("кв"), DOT.optional(), in_caseless({"км", "м"}), DOT.optional()
).interpretation(Quantity.unit.custom(lambda text: "km2" if "км" in text.lower() else "m2"))
# "1500 кв. метров", "200 квадратных метров", "20 кв. километров": the same in words
SQUARE_WORDS = rule(
    or_(rule(caseless("кв"), DOT.optional()), rule(normalized("квадратный"))),
    or_(
        normalized("метр").interpretation(Quantity.unit.const("m2")),
        normalized("километр").interpretation(Quantity.unit.const("km2")),
    ),
)
# a dot after a whole word ends the sentence ("142 млн тонн."); after an abbreviation it is
# part of it ("50 тыс. т. нефти")
UNIT = or_(
    SQUARE_KM,
    SQUARE_WORDS,
    MEASURE_WORD.interpretation(Quantity.unit),
    rule(MEASURE_ABBREVIATION.interpretation(Quantity.unit), DOT.optional()),
)


# ---------------------------------------------------------------------------
# COUNTED NOUN
# ---------------------------------------------------------------------------

# lemmas that a number before them does not count: time (dates own it), calendar, ranks,
# money and percent words (their own grammars), multipliers
NOT_COUNTED: frozenset[str] = frozenset(
    {
        "год", "лето", "месяц", "неделя", "день", "сутки", "час", "минута", "секунда", "век",
        "столетие", "десятилетие", "квартал", "полугодие", "тысячелетие", "г", "гг",
        "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
        "октябрь", "ноябрь", "декабрь", "число", "номер", "этаж", "класс", "степень",
        "процент", "тысяча", "миллион", "миллиард", "триллион", "доллар", "евро",
        "тыс", "млн", "млрд", "трлн",
        "рубль", "юань", "иена", "фунт", "тенге", "гривна", "крона", "франк", "сотня",
        "десяток", "половина", "треть", "четверть", "утро", "вечер", "ночь",
        # a number after "статья", "пункт", "том" names it (``is_id_number`` in facts);
        # before them it counts ("по трём статьям", "11 пунктов", "1148 томов")
        "глава", "часть", "серия", "выпуск",
        # a term of office or prison is a length of time: "ещё на один срок", "два срока"
        "срок",
        # "примерно в одно время": a time, no count
        "время",
        # "где отыграл четыре сезона": a length of time (data/gold/facts.md)
        "сезон",
    }
)  # fmt: skip


# nouns that name parts of a text ("части 2 статьи 105": ids) but are counted when a number
# stands before them as their count ("по двум статьям", "по 10 из 11 пунктов обвинения",
# "в следующих 4 частях"): :func:`ruextract.facts.amounts.is_id_reference` keeps those
ID_NOUNS: frozenset[str] = frozenset(
    {"пункт", "статья", "часть", "глава", "том", "серия", "выпуск"}
)


@lru_cache(maxsize=4096)
def noun_lemma(word: str) -> str:
    """The lemma of ``word`` read as a noun: "ассиста" → "ассист" (its first parse, an
    adjective "ассистый", is not the one that counts)."""
    from ruextract import models

    parses = models.morph_analyzer().parse(word.lower())
    noun = next((p for p in parses if p.tag.POS == "NOUN"), parses[0])
    return noun.normal_form


COUNTED_WORD = and_(
    gram("NOUN"),
    # "в 3:40 по местному времени", "342 из 512", "20 и 10 лет": a word that can be a
    # preposition, conjunction or particle, or one or two letters ("ст."), counts nothing
    not_(gram("PREP")),
    not_(gram("CONJ")),
    not_(gram("PRCL")),
    custom(lambda word: len(word) > 2),
    not_(is_capitalized()),
    not_(dictionary(NOT_COUNTED - ID_NOUNS)),
    # "в двадцать первом столетии": a word that can be an ordinal counts nothing
    not_(gram("Anum")),
    # "трех погибших были": a word read first as a verb counts nothing (not "быль")
    not_(first_reading_is("VERB")),
)
COUNTED_NOUN = COUNTED_WORD.interpretation(Quantity.unit.custom(noun_lemma))


# ---------------------------------------------------------------------------
# QUANTITY
# ---------------------------------------------------------------------------

AMOUNT_MIN = AMOUNT.interpretation(Quantity.amount)
AMOUNT_MAX = AMOUNT.interpretation(Quantity.amount_max)
QUALIFIED = QUALIFIER.interpretation(Quantity.qualifier).optional()
RANGE_MARK = Quantity.qualifier.const("range")
# "двух и более лиц", "5 и больше человек": at least (as "не менее")
OR_MORE = rule(caseless("и"), in_caseless({"более", "больше"})).interpretation(
    Quantity.qualifier.const("more_than")
)
# adjectives and participles between a count and its noun: "20 поданных номинаций", "200
# самых богатых бизнесменов"
ADJECTIVE = and_(or_(gram("ADJF"), gram("PRTF")), not_(is_capitalized()), not_(gram("Apro")))
# "650 дорожно-транспортных происшествий": a compound adjective, its first part in "-о"
# before a hyphen (the tokenizer splits the word at the hyphen)
COMPOUND_ADJECTIVE = rule(
    and_(custom(lambda word: word.lower().endswith("о")), not_(is_capitalized())),
    eq("-"),
    ADJECTIVE,
)
# "два чрезвычайно сложных каскада": an adverb of degree before the adjective
ADVERB = Readings(
    lambda word, forms: word.islower() and any("ADVB" in form.grams for form in forms)
)


def is_agent(word: str, forms) -> bool:
    """A noun in the instrumental that is not a preposition, a conjunction or an
    abbreviation: the agent of a participle ("отданных избирателями")."""
    if len(word) <= 2 or not word.islower():
        return False
    grams = [form.grams for form in forms]
    if any("PREP" in g or "CONJ" in g for g in grams):
        return False
    return any("NOUN" in g and "ablt" in g for g in grams)


# "300 отданных избирателями голосов": a participle with its agent in the instrumental
PARTICIPLE_WITH_AGENT = rule(
    Readings(lambda word, forms: word.islower() and any("PRTF" in f.grams for f in forms)),
    Readings(is_agent),
)
COUNTED_ADJECTIVE = or_(
    rule(ADVERB.optional(), ADJECTIVE),
    COMPOUND_ADJECTIVE,
    rule(normalized("самый")),
    PARTICIPLE_WITH_AGENT,
)
# "около 80 его последователей", "двух других актрис", "трое своих друзей": a possessive
# pronoun or "другой" between a count and its noun (with a number in digits the noun must
# agree with it: :func:`ruextract.facts.amounts.is_determiner_unagreed`)
DETERMINER_WORDS = frozenset({"его", "её", "ее", "их"})
DETERMINER_LEMMAS = frozenset({"другой", "свой", "мой", "наш", "ваш", "твой"})
DETERMINER = and_(
    or_(in_caseless(DETERMINER_WORDS), dictionary(DETERMINER_LEMMAS)), not_(is_capitalized())
)
# "около 20 раз": times as a count ("раз" is also a conjunction, which COUNTED_NOUN refuses)
TIMES = in_caseless({"раз", "раза"}).interpretation(Quantity.unit.const("раз"))
COUNTED = or_(
    UNIT,
    rule(DETERMINER.optional(), COUNTED_ADJECTIVE.optional().repeatable(max=3), COUNTED_NOUN),
    rule(TIMES),
)

QUANTITY = or_(
    # "120 км", "свыше 300 договоров"
    rule(QUALIFIED, AMOUNT_MIN, COUNTED),
    # "около четверти акционеров": a share of a group (a counted noun, no unit of measure)
    rule(
        QUALIFIED,
        FRACTION_OF.interpretation(Quantity.amount),
        COUNTED_ADJECTIVE.optional().repeatable(max=3),
        COUNTED_NOUN,
    ),
    # "от 3 до 5 тыс. тонн"
    rule(RANGE_FROM.interpretation(Quantity.qualifier), AMOUNT_MIN, RANGE_TO, AMOUNT_MAX, COUNTED),
    # "3-5 км"
    rule(AMOUNT_MIN, DASH.interpretation(RANGE_MARK), AMOUNT_MAX, COUNTED),
    # "смерть двух и более лиц": at least
    rule(AMOUNT_MIN, OR_MORE, COUNTED),
).interpretation(Quantity)
