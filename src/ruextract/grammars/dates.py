"""Date expressions in Russian news: a yargy grammar in natasha's style.

The top rule ``DATE`` finds explicit dates ("3 января 2024 года", "01.02.2023"), months and
years ("в декабре 2014 года", "в 2023 году"), ranges ("с 1 по 5 марта 2023 года",
"2003—2016 годы"), quarters, halves, seasons, decades, centuries ("в XIX веке"), periods
("за 10 месяцев 2023 года"), relative expressions ("вчера", "в прошлом году", "во вторник",
"два года назад"), durations ("почти 20 лет", "в течение года") and vague references ("в
последние годы"). It yields :data:`Date` facts; :mod:`ruextract.dates` resolves them to
calendar ranges. Spans include the leading preposition, as NEREL's DATE annotation does.
"""

from __future__ import annotations

from functools import cache

from yargy import and_, or_, rule
from yargy.interpretation import fact
from yargy.predicates import (
    caseless,
    custom,
    dictionary,
    eq,
    gram,
    gte,
    in_caseless,
    length_eq,
    lte,
)
from yargy.predicates import (
    type as token_type,
)
from yargy.tokenizer import MorphTokenizer

from ruextract import models
from ruextract.grammars.parser import CachedMorph, LookaheadParser

# ---------------------------------------------------------------------------------------------
# FACTS
#
# A Point is one calendar position, as precise as the text says: any of day / month / year,
# or a weekday, quarter, half, season, decade or century of a year; ``shift`` and
# ``shift_unit`` say it is relative to the article date ("в прошлом году": -1, "year").
# A Date is what one expression denotes: a point, a range (``start`` .. ``stop``), an open
# range ("с 1995 года", "до 2020 года"), a period ("за 10 месяцев 2023 года"), a duration
# ("20 лет"), a time ago ("два года назад") or a vague reference ("в последние годы").

Point = fact(
    "Point",
    [
        "day",
        "month",
        "year",
        "year_short",
        "weekday",
        "quarter",
        "half",
        "season",
        "decade",
        "century",
        "shift",
        "shift_unit",
        "day_shift",
    ],
)
Date = fact("Date", ["kind", "start", "stop", "amount", "unit", "vague", "part"])

# ---------------------------------------------------------------------------------------------
# WORD LISTS (lemmas as pymorphy3 / OpenCorpora gives them; names from the Russian calendar)

MONTHS = {
    "январь": 1,
    "февраль": 2,
    "март": 3,
    "апрель": 4,
    "май": 5,
    "июнь": 6,
    "июль": 7,
    "август": 8,
    "сентябрь": 9,
    "октябрь": 10,
    "ноябрь": 11,
    "декабрь": 12,
}
MONTH_ADJECTIVES = {
    "январский": 1,
    "февральский": 2,
    "мартовский": 3,
    "апрельский": 4,
    "майский": 5,
    "июньский": 6,
    "июльский": 7,
    "августовский": 8,
    "сентябрьский": 9,
    "октябрьский": 10,
    "ноябрьский": 11,
    "декабрьский": 12,
}
WEEKDAYS = {
    "понедельник": 0,
    "вторник": 1,
    "среда": 2,
    "четверг": 3,
    "пятница": 4,
    "суббота": 5,
    "воскресенье": 6,
}
# seasons: the noun and its adverb ("летом", "зимой"), which pymorphy may lemmatize apart
SEASONS = {
    "зима": "winter",
    "весна": "spring",
    "лето": "summer",
    "осень": "autumn",
    "зимой": "winter",
    "весной": "spring",
    "летом": "summer",
    "осенью": "autumn",
}
# cardinal numerals (lemmas) with their values; "несколько" and kin have none
NUMERALS = {
    "один": 1,
    "два": 2,
    "три": 3,
    "четыре": 4,
    "пять": 5,
    "шесть": 6,
    "семь": 7,
    "восемь": 8,
    "девять": 9,
    "десять": 10,
    "одиннадцать": 11,
    "двенадцать": 12,
    "тринадцать": 13,
    "четырнадцать": 14,
    "пятнадцать": 15,
    "шестнадцать": 16,
    "семнадцать": 17,
    "восемнадцать": 18,
    "девятнадцать": 19,
    "двадцать": 20,
    "тридцать": 30,
    "сорок": 40,
    "пятьдесят": 50,
    "шестьдесят": 60,
    "семьдесят": 70,
    "восемьдесят": 80,
    "девяносто": 90,
    "сто": 100,
    "полтора": 1.5,
    "оба": 2,
    "пара": 2,
    "двое": 2,
    "трое": 3,
    "четверо": 4,
    "пятеро": 5,
    "шестеро": 6,
    "семеро": 7,
    "несколько": None,
    "много": None,
    "сколько-то": None,
    "десяток": None,
    "ряд": None,
}
ORDINALS = {"первый": 1, "второй": 2, "третий": 3, "четвёртый": 4, "четвертый": 4}
# decades in words ("в девяностые годы"): the ordinal of the decade's tens
DECADE_ORDINALS = {
    "двадцатый": 20,
    "тридцатый": 30,
    "сороковой": 40,
    "пятидесятый": 50,
    "шестидесятый": 60,
    "семидесятый": 70,
    "восьмидесятый": 80,
    "девяностый": 90,
}
# centuries in words ("двадцатого века")
CENTURY_ORDINALS = {
    "пятнадцатый": 15,
    "шестнадцатый": 16,
    "семнадцатый": 17,
    "восемнадцатый": 18,
    "девятнадцатый": 19,
    "двадцатый": 20,
    "двадцать первый": 21,
}
# month abbreviations of datelines ("МОСКВА, 1 авг — РИА Новости")
MONTH_ABBREVIATIONS = {
    "янв": 1,
    "фев": 2,
    "февр": 2,
    "мар": 3,
    "апр": 4,
    "авг": 8,
    "сен": 9,
    "сент": 9,
    "окт": 10,
    "ноя": 11,
    "нояб": 11,
    "дек": 12,
}
# units of time, by the start of the word form ("лет" is a form of "год")
UNIT_PREFIXES = (
    ("десятилет", "decade"),
    ("полугод", "half"),
    ("полгод", "half"),
    ("полвек", "half_century"),
    ("столет", "century"),
    ("век", "century"),
    ("год", "year"),
    ("лет", "year"),
    ("квартал", "quarter"),
    ("месяц", "month"),
    ("недел", "week"),
    ("сут", "day"),
    ("ден", "day"),
    ("день", "day"),
    ("дн", "day"),
)
UNIT_LEMMAS = {
    "год",
    "месяц",
    "неделя",
    "день",
    "сутки",
    "десятилетие",
    "век",
    "столетие",
    "квартал",
}
# relative adjectives: "в прошлом году", "на этой неделе", "в следующем месяце"
SHIFTS = {
    "этот": 0,
    "текущий": 0,
    "нынешний": 0,
    "сей": 0,
    "уходящий": 0,
    "прошлый": -1,
    "минувший": -1,
    "прошедший": -1,
    "предыдущий": -1,
    "позапрошлый": -2,
    "следующий": 1,
    "будущий": 1,
    "наступающий": 1,
    "грядущий": 1,
    "предстоящий": 1,
}
# one-word relative days: shift in days from the article date
DAY_WORDS = {
    "сегодня": 0,
    "сегодняшний": 0,
    "вчера": -1,
    "вчерашний": -1,
    "позавчера": -2,
    "завтра": 1,
    "завтрашний": 1,
    "послезавтра": 2,
}
# roman numerals, Latin letters and the Cyrillic look-alikes typists use ("ХХ век")
ROMAN_DIGITS = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "х": 10, "і": 1}


def roman_value(text: str) -> int | None:
    """Value of a Roman numeral ("XIX" -> 19, Cyrillic "ХХ" -> 20); None if it is not one."""
    values = [ROMAN_DIGITS.get(char) for char in text.lower()]
    if not values or None in values:
        return None
    total = 0
    for index, value in enumerate(values):
        if index + 1 < len(values) and values[index + 1] > value:
            total -= value
        else:
            total += value
    return total if 0 < total <= 30 else None


def unit_of(word: str) -> str | None:
    """Unit of time a word form names ("лет" -> "year", "суток" -> "day")."""
    word = word.lower()
    for prefix, unit in UNIT_PREFIXES:
        if word.startswith(prefix):
            return unit
    return None


def number_value(word: str) -> float | None:
    """Value of a numeral word or digits ("пяти" -> 5, "10" -> 10); None when vague."""
    if word.isdigit():
        return int(word)
    for parse in models.morph_analyzer().parse(word.lower()):
        if parse.normal_form in NUMERALS:
            return NUMERALS[parse.normal_form]
    return None


# ---------------------------------------------------------------------------------------------
# TOKENS

INT = token_type("INT")
DASH = in_caseless({"-", "—", "–", "‑"})
DOT = eq(".")
COMMA = eq(",")
SEPARATOR = in_caseless({".", "/"})

DAY = and_(INT, gte(1), lte(31))
MONTH_NUMBER = and_(INT, gte(1), lte(12))
YEAR_NUMBER = and_(INT, length_eq(4), gte(1000), lte(2100))
YEAR_SHORT_NUMBER = and_(INT, length_eq(2))

MONTH_NAME = dictionary(set(MONTHS))
MONTH_ADJECTIVE = dictionary(set(MONTH_ADJECTIVES))
WEEKDAY_NAME = dictionary(set(WEEKDAYS))
SEASON_NAME = or_(dictionary({"зима", "весна", "лето", "осень"}), in_caseless(set(SEASONS)))
SHIFT_WORD = dictionary(set(SHIFTS))
ORDINAL_WORD = dictionary(set(ORDINALS))
NUMERAL_WORD = dictionary({name for name, value in NUMERALS.items()})
# a word of a unit of time, by lemma and by form ("дел", a form pymorphy may give "день" as a
# lemma of, is "дело")
UNIT_WORD = and_(
    or_(dictionary(UNIT_LEMMAS), in_caseless({"лет", "полгода", "полвека", "суток"})),
    custom(lambda value: unit_of(value) is not None),
)
YEAR_WORD = dictionary({"год"})
# "г.", "гг.", and "г. р." / "г.р." of a year of birth ("Евгений Манюров (1980 г.р.)")
YEAR_ABBR = rule(
    in_caseless({"г", "гг"}), DOT.optional(), rule(caseless("р"), DOT.optional()).optional()
)
ROMAN = custom(lambda value: roman_value(value) is not None)


def month_of(word: str) -> int | None:
    """Month number of a month name in any case ("марта" -> 3)."""
    for parse in models.morph_analyzer().parse(word.lower()):
        if parse.normal_form in MONTHS:
            return MONTHS[parse.normal_form]
        if parse.normal_form in MONTH_ADJECTIVES:
            return MONTH_ADJECTIVES[parse.normal_form]
    return None


def lemma_in(table: dict):
    """A normalizer: the value in ``table`` of the first parse of a word whose lemma is there."""

    def lookup(word: str):
        for parse in models.morph_analyzer().parse(word.lower()):
            if parse.normal_form in table:
                return table[parse.normal_form]
        return table.get(word.lower())

    return lookup


# the cases an adjective and its noun agree in; a noun's second locative and genitive ("в
# прошлом году") count as the adjective's locative and genitive
CASES = {
    "nomn": ("nomn",),
    "gent": ("gent", "gen2"),
    "datv": ("datv",),
    "accs": ("accs",),
    "ablt": ("ablt",),
    "loct": ("loct", "loc2"),
}


def agreeing(adjective, adjective_meaning, noun, noun_meaning):
    """An adjective and the noun after it in the same case ("в этом месяце", "прошлого года";
    not "узнала об этом месяц назад", where "этом" goes with "об"), each with its
    interpretation. The grammar has no relations between words (they would slow the parser
    down), so each case is an alternative of its own."""
    return or_(
        *(
            rule(
                and_(adjective, gram(case)).interpretation(adjective_meaning),
                and_(noun, or_(*(gram(form) for form in forms))).interpretation(noun_meaning),
            )
            for case, forms in CASES.items()
        )
    )


# ---------------------------------------------------------------------------------------------
# PREPOSITIONS AND QUALIFIERS (kept inside the span, as NEREL does)

PREP_IN = in_caseless({"в", "во", "на", "за", "к", "ко", "от", "по", "около", "после", "спустя"})
PREP_FROM = in_caseless({"с", "со", "c"})  # Latin "c" is a common typo
PREP_UNTIL = in_caseless({"до", "по"})
PREP_DURING = or_(
    rule(caseless("в"), caseless("течение")),
    rule(caseless("на"), caseless("протяжении")),
    rule(caseless("в"), caseless("ходе")),
    rule(caseless("течение")),
)
QUALIFIER = or_(
    rule(in_caseless({"почти", "более", "менее", "около", "свыше", "примерно", "порядка"})),
    rule(in_caseless({"больше", "меньше", "уже", "целых", "всего", "лишь", "последние"})),
    rule(in_caseless({"первые"})),  # "за первые сутки"
    rule(caseless("не"), in_caseless({"более", "менее", "позднее", "больше", "меньше"})),
    rule(caseless("более"), caseless("чем")),
)
PART = in_caseless(
    {"начале", "середине", "конце", "начала", "середины", "конца", "начало", "конец", "середина"}
)
# parts of a period, by lemma: "в начале 2000-х", "к середине 2015 года", "в канун 2013 года"
PARTS = {"начало": "start", "середина": "mid", "конец": "end", "канун": "eve"}
PART_WORD = and_(
    dictionary(set(PARTS)),
    in_caseless(
        {"начале", "середине", "конце", "начала", "середины", "конца", "началу", "концу",
         "кануне", "канун", "середину", "начало", "конец"}
    ),
)  # fmt: skip
HALF_PARTS = {1: "first_half", 2: "second_half"}

# ---------------------------------------------------------------------------------------------
# YEAR

YEAR_SUFFIX = or_(
    rule(YEAR_WORD),
    YEAR_ABBR,
    rule(DASH, in_caseless({"м", "й", "го", "ом"}), YEAR_WORD.optional()),
)
YEAR = rule(YEAR_NUMBER.interpretation(Point.year.custom(int)), YEAR_SUFFIX).interpretation(Point)
BARE_YEAR = rule(YEAR_NUMBER.interpretation(Point.year.custom(int))).interpretation(Point)
YEAR_OPTIONAL_WORD = rule(
    YEAR_NUMBER.interpretation(Point.year.custom(int)), YEAR_SUFFIX.optional()
).interpretation(Point)

RELATIVE_YEAR = or_(
    agreeing(
        SHIFT_WORD,
        Point.shift.custom(lemma_in(SHIFTS)),
        YEAR_WORD,
        Point.shift_unit.const("year"),
    ),
    rule(
        SHIFT_WORD.interpretation(Point.shift.custom(lemma_in(SHIFTS))),
        rule(caseless("г"), DOT).interpretation(Point.shift_unit.const("year")),
    ),
).interpretation(Point)

# ---------------------------------------------------------------------------------------------
# DAY AND MONTH


def year_parts():
    """The year that may follow a day or a month: "2024 года", "2024", "прошлого года"."""
    return or_(
        rule(YEAR_NUMBER.interpretation(Point.year.custom(int)), YEAR_SUFFIX.optional()),
        agreeing(
            SHIFT_WORD,
            Point.shift.custom(lemma_in(SHIFTS)),
            YEAR_WORD,
            Point.shift_unit.const("year"),
        ),
        rule(
            caseless("с"),
            DOT.optional(),
            caseless("г"),
            DOT.optional(),
        ).interpretation(Point.shift_unit.const("year")),
    )


MONTH = MONTH_NAME.interpretation(Point.month.custom(month_of))
MONTH_ABBREVIATION = rule(
    in_caseless(set(MONTH_ABBREVIATIONS)).interpretation(
        Point.month.custom(lambda word: MONTH_ABBREVIATIONS[word.lower()])
    ),
    DOT.optional(),
)

DAY_MONTH = or_(
    rule(DAY.interpretation(Point.day.custom(int)), MONTH, year_parts().optional()),
    # "20-го августа"
    rule(
        DAY.interpretation(Point.day.custom(int)),
        DASH,
        caseless("го"),
        MONTH,
        year_parts().optional(),
    ),
    rule(DAY.interpretation(Point.day.custom(int)), MONTH_ABBREVIATION, year_parts().optional()),
).interpretation(Point)

NUMERIC_DATE = or_(
    rule(
        DAY.interpretation(Point.day.custom(int)),
        SEPARATOR,
        MONTH_NUMBER.interpretation(Point.month.custom(int)),
        SEPARATOR,
        or_(
            YEAR_NUMBER.interpretation(Point.year.custom(int)),
            YEAR_SHORT_NUMBER.interpretation(Point.year_short.custom(int)),
        ),
        YEAR_SUFFIX.optional(),
    ),
    rule(
        YEAR_NUMBER.interpretation(Point.year.custom(int)),
        eq("-"),
        and_(MONTH_NUMBER, length_eq(2)).interpretation(Point.month.custom(int)),
        eq("-"),
        and_(DAY, length_eq(2)).interpretation(Point.day.custom(int)),
    ),
).interpretation(Point)

MONTH_YEAR = rule(MONTH, year_parts().optional()).interpretation(Point)

MONTH_ADJ = MONTH_ADJECTIVE.interpretation(Point.month.custom(month_of)).interpretation(Point)

WEEKDAY = rule(
    WEEKDAY_NAME.interpretation(Point.weekday.custom(lemma_in(WEEKDAYS))),
).interpretation(Point)

# ---------------------------------------------------------------------------------------------
# SEASON, QUARTER, HALF

SEASON = or_(
    rule(
        SEASON_NAME.interpretation(Point.season.custom(lemma_in(SEASONS))),
        year_parts().optional(),
    ),
    # "прошлым летом", "этой осенью": a season counted from the article date
    rule(
        SHIFT_WORD.interpretation(Point.shift.custom(lemma_in(SHIFTS))),
        SEASON_NAME.interpretation(Point.season.custom(lemma_in(SEASONS))),
    ),
).interpretation(Point)

ORDINAL = or_(
    rule(ORDINAL_WORD),
    rule(and_(INT, gte(1), lte(4)), DASH.optional(), in_caseless({"м", "й", "го", "ом"})),
    rule(custom(lambda value: roman_value(value) in (1, 2, 3, 4))),
)


def ordinal_value(text: str) -> int | None:
    """Value of an ordinal as written: "первом", "1-м", "I"."""
    head = text.split("-")[0].strip()
    if head.isdigit():
        return int(head)
    roman = roman_value(head)
    if roman is not None:
        return roman
    return lemma_in(ORDINALS)(head)


QUARTER = rule(
    ORDINAL.interpretation(Point.quarter.custom(ordinal_value)),
    dictionary({"квартал"}),
    year_parts().optional(),
).interpretation(Point)

HALF = rule(
    ORDINAL.interpretation(Point.half.custom(ordinal_value)),
    or_(dictionary({"половина", "полугодие"}), in_caseless({"полугодии", "полугодие"})),
    year_parts().optional(),
).interpretation(Point)

# ---------------------------------------------------------------------------------------------
# DECADE AND CENTURY

DECADE_SUFFIX = rule(DASH, in_caseless({"х", "е", "ые", "ых", "ым", "ыми"}))
DECADE = rule(
    or_(
        and_(YEAR_NUMBER, custom(lambda value: value.endswith("0"))),
        and_(YEAR_SHORT_NUMBER, custom(lambda value: value.endswith("0"))),
    ).interpretation(Point.decade.custom(int)),
    DECADE_SUFFIX,
    YEAR_WORD.optional(),
    rule(
        or_(ROMAN, INT).interpretation(Point.century.custom(lambda v: roman_value(v) or int(v))),
        dictionary({"век"}),
    ).optional(),
).interpretation(Point)

DECADE_WORD = rule(
    dictionary(set(DECADE_ORDINALS)).interpretation(Point.decade.custom(lemma_in(DECADE_ORDINALS))),
    dictionary({"год"}),
    rule(
        dictionary({name for name in CENTURY_ORDINALS if " " not in name}).interpretation(
            Point.century.custom(lemma_in(CENTURY_ORDINALS))
        ),
        dictionary({"век"}),
    ).optional(),
).interpretation(Point)

CENTURY = rule(
    or_(ROMAN, and_(INT, gte(1), lte(21))).interpretation(
        Point.century.custom(lambda value: roman_value(value) or int(value))
    ),
    rule(DASH, in_caseless({"го", "м", "й", "ом"})).optional(),
    or_(rule(dictionary({"век"})), rule(in_caseless({"в", "вв"}), DOT)),
).interpretation(Point)

# ---------------------------------------------------------------------------------------------
# RELATIVE: "вчера", "в прошлом месяце", "на этой неделе"

DAY_WORD = or_(dictionary(set(DAY_WORDS)), in_caseless(set(DAY_WORDS))).interpretation(
    Point.day_shift.custom(lemma_in(DAY_WORDS))
)
RELATIVE_DAY = rule(DAY_WORD).interpretation(Point)

# "в следующем мае", "в прошлом августе": a month counted from the article date
RELATIVE_MONTH = rule(
    SHIFT_WORD.interpretation(Point.shift.custom(lemma_in(SHIFTS))),
    MONTH_NAME.interpretation(Point.month.custom(month_of)),
).interpretation(Point)

# "в прошлую пятницу", "в следующий вторник", "на прошлой неделе в среду", "в среду на прошлой
# неделе": a weekday of the week counted from the article's
WEEK_SHIFT = SHIFT_WORD.interpretation(Point.shift.custom(lemma_in(SHIFTS)))
WEEKDAY_OF_SHIFT = WEEKDAY_NAME.interpretation(Point.weekday.custom(lemma_in(WEEKDAYS)))
RELATIVE_WEEKDAY = or_(
    rule(WEEK_SHIFT, WEEKDAY_OF_SHIFT),
    rule(WEEK_SHIFT, dictionary({"неделя"}), in_caseless({"в", "во"}), WEEKDAY_OF_SHIFT),
    rule(WEEKDAY_OF_SHIFT, caseless("на"), WEEK_SHIFT, dictionary({"неделя"})),
).interpretation(Point)

# the nouns of a unit counted from the article date ("в прошлом месяце"), by lemma
SHIFT_UNITS = {
    "год": "year",
    "месяц": "month",
    "неделя": "week",
    "квартал": "quarter",
    "сезон": "season",
    "десятилетие": "decade",
    "век": "century",
}
RELATIVE_UNIT = agreeing(
    SHIFT_WORD,
    Point.shift.custom(lemma_in(SHIFTS)),
    dictionary(set(SHIFT_UNITS)),
    Point.shift_unit.custom(lemma_in(SHIFT_UNITS)),
).interpretation(Point)
LAST_YEAR_ADJ = dictionary({"прошлогодний"}).interpretation(Point.shift_unit.const("last_year"))
RELATIVE_ADJ = rule(LAST_YEAR_ADJ).interpretation(Point)

# ---------------------------------------------------------------------------------------------
# POINTS, with the preposition and part ("в начале") that may stand before them

POINT = or_(
    NUMERIC_DATE,
    DAY_MONTH,
    QUARTER,
    HALF,
    DECADE,
    DECADE_WORD,
    CENTURY,
    SEASON,
    MONTH_YEAR,
    YEAR,
    RELATIVE_UNIT,
    RELATIVE_MONTH,
    RELATIVE_YEAR,
)
WEEKDAY_DATE = rule(
    WEEKDAY_NAME,
    rule(or_(COMMA, DASH)).optional(),
    DAY_MONTH.interpretation(Date.start),
)

PART_OF = rule(PART, or_(caseless("этого"), caseless("того")).optional())
PART_OF_DATE = rule(
    PART_WORD.interpretation(Date.part.custom(lemma_in(PARTS))),
    or_(caseless("этого"), caseless("того")).optional(),
)

# ---------------------------------------------------------------------------------------------
# RANGES: "с 1 по 5 марта 2023 года", "2003—2016 годы", "с 2007 по 2013 год", "1989-90"

DAY_ONLY = rule(DAY.interpretation(Point.day.custom(int))).interpretation(Point)
MONTH_ONLY = rule(MONTH).interpretation(Point)
RANGE_START = or_(
    DAY_MONTH, DAY_ONLY, MONTH_YEAR, MONTH_ONLY, YEAR_OPTIONAL_WORD, NUMERIC_DATE, DECADE
)
RANGE_STOP = or_(NUMERIC_DATE, DAY_MONTH, MONTH_YEAR, YEAR_OPTIONAL_WORD, DECADE, CENTURY)

RANGE = or_(
    rule(
        PREP_FROM,
        RANGE_START.interpretation(Date.start),
        in_caseless({"по", "до", "на"}).interpretation(Date.kind.const("range")),
        RANGE_STOP.interpretation(Date.stop),
    ),
    rule(
        caseless("от"),
        RANGE_START.interpretation(Date.start),
        caseless("до").interpretation(Date.kind.const("range")),
        RANGE_STOP.interpretation(Date.stop),
    ),
    # "с понедельника по пятницу": one range of weekdays, not two days
    rule(
        PREP_FROM,
        WEEKDAY.interpretation(Date.start),
        in_caseless({"по", "до"}).interpretation(Date.kind.const("range")),
        WEEKDAY.interpretation(Date.stop),
    ),
    rule(
        or_(caseless("в"), caseless("во"), caseless("на"), caseless("за")).optional(),
        or_(DAY_ONLY, DAY_MONTH, MONTH_ONLY, MONTH_YEAR, BARE_YEAR, NUMERIC_DATE).interpretation(
            Date.start
        ),
        or_(DASH, eq("/")).interpretation(Date.kind.const("range")),
        RANGE_STOP.interpretation(Date.stop),
    ),
    rule(
        or_(caseless("в"), caseless("во"), caseless("на"), caseless("за")).optional(),
        BARE_YEAR.interpretation(Date.start),
        or_(DASH, eq("/")).interpretation(Date.kind.const("range")),
        rule(YEAR_SHORT_NUMBER.interpretation(Point.year_short.custom(int)), YEAR_SUFFIX.optional())
        .interpretation(Point)
        .interpretation(Date.stop),
    ),
)

# the year, month or week of the article (or the context) whose part is named: "с начала года"
UNIT_OF_PART = rule(
    in_caseless({"этого", "того", "текущего", "нынешнего", "же"}).optional(),
    or_(
        caseless("года").interpretation(Date.unit.const("year")),
        caseless("месяца").interpretation(Date.unit.const("month")),
        caseless("недели").interpretation(Date.unit.const("week")),
    ),
)

OPEN_RANGE = or_(
    rule(
        PREP_FROM.interpretation(Date.kind.const("since")),
        or_(
            POINT, BARE_YEAR, MONTH_ONLY, rule(DAY_WORD, caseless("дня")).interpretation(Point)
        ).interpretation(Date.start),
        rule(caseless("по"), in_caseless({"настоящее", "нынешнее"}), caseless("время")).optional(),
    ),
    rule(
        PREP_FROM.interpretation(Date.kind.const("since")),
        PART_OF_DATE,
        or_(rule(or_(POINT, BARE_YEAR).interpretation(Date.start)), UNIT_OF_PART),
    ),
    rule(
        PREP_UNTIL.interpretation(Date.kind.const("until")),
        PART_OF_DATE.optional(),
        or_(POINT, BARE_YEAR).interpretation(Date.start),
    ),
    rule(
        PREP_UNTIL.interpretation(Date.kind.const("until")),
        PART_OF_DATE,
        UNIT_OF_PART,
    ),
)

# ---------------------------------------------------------------------------------------------
# DURATIONS, PERIODS AND TIME AGO

AMOUNT = or_(
    rule(INT, rule(COMMA, INT).optional()),
    rule(NUMERAL_WORD, NUMERAL_WORD.optional()),
    rule(or_(NUMERAL_WORD, INT), caseless("с"), caseless("половиной")),
    rule(dictionary({"несколько", "пара", "десяток", "ряд"}), NUMERAL_WORD.optional()),
    rule(INT, DASH, INT),
    rule(INT, DASH, in_caseless({"ти", "х", "и", "ми"})),  # "до 35-ти лет"
    rule(or_(INT, NUMERAL_WORD), caseless("с"), caseless("лишним")),  # "20 с лишним лет"
    rule(caseless("последние"), INT.optional()),
    rule(in_caseless({"считанные", "считанных", "считанными"})),
)
# an adjective between the amount and the unit: "два последующих года", "три следующих дня"
SEQUENCE_ADJECTIVE = in_caseless(
    {"последующих", "последующие", "следующих", "следующие", "ближайших", "ближайшие"}
)
DURATION_CORE = rule(
    AMOUNT.interpretation(Date.amount).optional(),
    UNIT_WORD.interpretation(Date.unit.custom(unit_of)),
)
DURATION_NUMBER = rule(
    AMOUNT.interpretation(Date.amount),
    SEQUENCE_ADJECTIVE.optional(),
    UNIT_WORD.interpretation(Date.unit.custom(unit_of)),
)

PERIOD = rule(
    caseless("за").interpretation(Date.kind.const("period")),
    rule(in_caseless({"первые", "последние"})).optional(),
    AMOUNT.interpretation(Date.amount),
    UNIT_WORD.interpretation(Date.unit.custom(unit_of)),
    or_(YEAR, RELATIVE_YEAR).interpretation(Date.start),
)

# "год спустя", "три года спустя": a length after the date just named (resolved like "через год")
LATER = rule(
    DURATION_CORE,
    caseless("спустя"),
)

AGO = rule(
    QUALIFIER.optional(),
    or_(DURATION_CORE, rule(dictionary({"некоторый"}), dictionary({"время"}))),
    caseless("тому").optional(),  # "три года тому назад"
    caseless("назад").interpretation(Date.kind.const("ago")),
)

# adjectives of length: "трёхдневный", "30-дневный", "годичный"; "-летний" only before a
# noun of time ("15-летний срок"), since "66-летний житель" is an age
LENGTH_ADJECTIVE = custom(
    lambda value: (
        value.lower().startswith(("месячн", "недельн", "годичн"))
        or any(part in value.lower() for part in ("хдневн", "тидневн", "имесячн", "хмесячн"))
    )
)
# "дневной" alone is "daytime" ("«Дневной дозор»"): a length only after a number ("30-дневный")
DAYS_SUFFIX = custom(lambda value: value.lower().startswith("дневн"))
YEARS_ADJECTIVE = custom(lambda value: "летн" in value.lower()[1:])  # not "летний" (summer)
YEARS_SUFFIX = custom(lambda value: value.lower().startswith("летн"))
TERM_NOUN = dictionary(
    {"срок", "опыт", "стаж", "контракт", "запрет", "период", "карантин", "заключение", "мораторий"}
)
DURATION_ADJECTIVE = or_(
    rule(
        rule(INT, DASH).optional(),
        LENGTH_ADJECTIVE.interpretation(Date.kind.const("duration")),
    ),
    rule(INT, DASH, DAYS_SUFFIX.interpretation(Date.kind.const("duration"))),
    # "шестилетний (президентский) срок"
    rule(
        YEARS_ADJECTIVE.interpretation(Date.kind.const("duration")),
        gram("ADJF").optional(),
        TERM_NOUN,
    ),
    rule(INT, DASH, YEARS_SUFFIX.interpretation(Date.kind.const("duration")), TERM_NOUN),
)
DURATION = or_(
    rule(
        QUALIFIER.optional(),
        or_(PREP_DURING, rule(in_caseless({"через", "на", "за", "до", "спустя", "от"}))),
        QUALIFIER.optional(),
        DURATION_CORE,
    ),
    rule(QUALIFIER.optional(), DURATION_NUMBER),
    # hours only as a length ("в течение 12 часов", "за последние 24 часа", "за 12 часов"):
    # "в 10 часов" is a time of day, "через три часа" and "за два часа до начала" a time
    # (NEREL's TIME; the filters drop the latter)
    rule(
        or_(PREP_DURING, rule(caseless("за"), in_caseless({"последние", "первые"}).optional())),
        AMOUNT.interpretation(Date.amount),
        dictionary({"час"}).interpretation(Date.unit.const("hour")),
    ),
    # "более двух часов", "почти 12 часов" (not "около 10 часов": a time of day), "53 часа 22
    # минуты"; a time of day ("в 10 часов 30 минут") is dropped by the filters
    rule(
        or_(
            rule(in_caseless({"почти", "более", "менее", "свыше", "больше", "меньше", "целых"})),
            rule(caseless("не"), in_caseless({"более", "менее", "больше", "меньше"})),
        ),
        AMOUNT.interpretation(Date.amount),
        dictionary({"час"}).interpretation(Date.unit.const("hour")),
    ),
    rule(
        AMOUNT.interpretation(Date.amount),
        dictionary({"час"}).interpretation(Date.unit.const("hour")),
        INT,
        dictionary({"минута"}),
    ),
    rule(QUALIFIER, UNIT_WORD.interpretation(Date.unit.custom(unit_of))),
    rule(in_caseless({"полгода", "полвека", "полугода"})),
    # "провела неделю в постели": the accusative of a unit is a length of time
    rule(in_caseless({"неделю"}).interpretation(Date.unit.custom(unit_of))),
    # "он второй день в реанимации", "третий год подряд"
    rule(
        ORDINAL_WORD,
        in_caseless({"день", "год", "неделю", "месяц"}).interpretation(Date.unit.custom(unit_of)),
        caseless("подряд").optional(),
    ),
    rule(caseless("на"), in_caseless({"год", "месяц", "неделю"})),
    DURATION_ADJECTIVE,
)

WEEKDAY_ADJECTIVE = rule(
    custom(lambda value: value.lower().startswith(("субботн", "воскресн")))
).interpretation(Date.kind.const("weekday_adjective"))

# ---------------------------------------------------------------------------------------------
# VAGUE: "в последние годы", "накануне", "в тот же день"

VAGUE = or_(
    rule(
        rule(or_(rule(in_caseless({"в", "во", "за", "на"})), PREP_DURING)).optional(),
        in_caseless(
            {
                "последние",
                "ближайшие",
                "последний",
                "ближайший",
                "предыдущие",
                "последующие",
                "последующих",
                "последних",
                "последней",
                "последнего",
                "ближайших",
                "последнее",
                "многих",
                "многие",
                "разные",
            }
        ),
        rule(or_(NUMERAL_WORD, INT)).optional(),
        UNIT_WORD,
    ),
    rule(
        in_caseless({"в", "во"}),
        in_caseless({"том", "этом"}),
        caseless("же"),
        in_caseless({"году", "месяце", "сезоне"}),
    ),
    # "лучшим режиссёром того года", "в марте того же года": the year just named
    rule(caseless("того"), caseless("же").optional(), caseless("года")),
    # "вечером того же дня", "утром следующего дня": the day just named, or the one after
    rule(in_caseless({"того", "этого"}), caseless("же"), caseless("дня")),
    rule(caseless("следующего"), caseless("дня")),
    rule(in_caseless({"в", "во"}), in_caseless({"разное", "разные"}), caseless("время")),
    rule(
        in_caseless({"в", "на", "все"}).optional(),
        # "в минувшие выходные", "на прошлых выходных", "в ближайшие выходные"
        in_caseless(
            {"минувшие", "прошедшие", "прошлые", "прошлых", "ближайшие", "эти", "этих"}
        ).optional(),
        in_caseless({"выходные", "выходных"}),
    ),
    rule(caseless("накануне")),
    rule(
        in_caseless({"в", "на"}),
        in_caseless({"тот", "этот", "следующий", "тот же", "другой", "этот же"}),
        caseless("же").optional(),
        in_caseless({"день", "год", "месяц", "неделю", "сутки"}),
    ),
    rule(caseless("на"), in_caseless({"днях", "сегодняшний"}), caseless("день").optional()),
    rule(
        in_caseless({"годом", "месяцем", "неделей", "днём", "днем"}),
        in_caseless({"ранее", "позже", "позднее", "раньше"}),
    ),
    # "двумя неделями ранее", "тремя годами позже": counted from the day or year just named
    rule(
        or_(NUMERAL_WORD, INT),
        in_caseless({"годами", "неделями", "днями", "сутками"}),
        in_caseless({"ранее", "позже", "позднее", "раньше"}),
    ),
    rule(in_caseless({"долгие", "многие"}), in_caseless({"годы", "года", "лета", "месяцы"})),
    # "с того дня", "с этого момента"
    rule(
        in_caseless({"с", "со"}),
        in_caseless({"того", "этого"}),
        in_caseless({"дня", "момента", "времени"}),
    ),
    rule(
        in_caseless({"до", "к"}),
        caseless("конца"),
        in_caseless({"года", "месяца", "недели", "сезона"}),
    ),
)

# ---------------------------------------------------------------------------------------------
# DATE

PREFIX = rule(
    or_(rule(PREP_IN), PREP_DURING).optional(),
    PART_OF_DATE.optional(),
)

# a part of the article's (or the context's) year, month or week: "в начале года", "в конце
# этого месяца", "к середине недели"
PART_OF_UNIT = rule(
    PREP_IN.optional(),
    PART_OF_DATE,
    in_caseless({"этого", "того", "текущего", "нынешнего", "же"}).optional(),
    or_(
        caseless("года").interpretation(Date.unit.const("year")),
        caseless("месяца").interpretation(Date.unit.const("month")),
        caseless("недели").interpretation(Date.unit.const("week")),
    ),
)

# a half of a month, decade or century: "во второй половине 1950-х", "в первой половине июня"
HALF_OF = rule(
    PREP_IN.optional(),
    ORDINAL.interpretation(Date.part.custom(lambda text: HALF_PARTS.get(ordinal_value(text)))),
    dictionary({"половина"}),
    or_(DECADE, DECADE_WORD, CENTURY, MONTH_YEAR).interpretation(Date.start),
)

# a half of the article's (or the context's) month or week: "в первой половине недели"
HALF_OF_UNIT = rule(
    PREP_IN.optional(),
    ORDINAL.interpretation(Date.part.custom(lambda text: HALF_PARTS.get(ordinal_value(text)))),
    dictionary({"половина"}),
    in_caseless({"этого", "того", "текущего", "нынешнего", "же"}).optional(),
    or_(
        caseless("месяца").interpretation(Date.unit.const("month")),
        caseless("недели").interpretation(Date.unit.const("week")),
    ),
)

SIMPLE = rule(
    PREFIX,
    or_(POINT, RELATIVE_WEEKDAY, WEEKDAY, RELATIVE_DAY, RELATIVE_ADJ, MONTH_ADJ).interpretation(
        Date.start
    ),
)

# a year of three digits, only with "в" and the word "год": "в 410 году"
EARLY_YEAR = rule(
    in_caseless({"в", "во"}),
    rule(
        and_(INT, length_eq(3), gte(100)).interpretation(Point.year.custom(int)),
        caseless("году"),
    )
    .interpretation(Point)
    .interpretation(Date.start),
)

# a year before our era, of any length: "в 44 году до нашей эры", "в 300 г. до н. э." (its
# value is left empty: an ISO date holds no year before 1)
ERA_BEFORE = or_(
    rule(caseless("н"), DOT, caseless("э"), DOT.optional()),
    rule(caseless("нашей"), caseless("эры")),
    rule(caseless("р"), DOT, caseless("х"), DOT.optional()),
)
YEAR_BEFORE_ERA = rule(
    in_caseless({"в", "во", "к", "с", "со", "до"}).optional(),
    rule(
        and_(INT, gte(1), lte(9999)).interpretation(Point.year.custom(int)),
        or_(rule(YEAR_WORD), YEAR_ABBR),
    )
    .interpretation(Point)
    .interpretation(Date.start),
    caseless("до"),
    ERA_BEFORE,
)

WITH_PREP_YEAR = rule(
    in_caseless({"в", "во", "к", "на", "от", "за", "летом", "весной", "осенью", "зимой"}),
    BARE_YEAR.interpretation(Date.start),
)

DATE = or_(
    rule(PREFIX, WEEKDAY_DATE),
    PART_OF_UNIT,
    HALF_OF,
    HALF_OF_UNIT,
    RANGE,
    PERIOD,
    OPEN_RANGE,
    AGO,
    LATER,
    SIMPLE,
    WITH_PREP_YEAR,
    YEAR_BEFORE_ERA,
    EARLY_YEAR,
    DURATION,
    VAGUE,
    WEEKDAY_ADJECTIVE,
    BARE_YEAR.interpretation(Date.start),
).interpretation(Date)


@cache
def parser() -> LookaheadParser:
    """The date parser: yargy over pymorphy3 morphology (built once, on first use)."""
    tokenizer = MorphTokenizer(morph=CachedMorph(models.morph_analyzer()))
    return LookaheadParser(DATE, tokenizer=tokenizer)


__all__ = ["DATE", "Date", "Point", "number_value", "parser", "roman_value", "unit_of"]
