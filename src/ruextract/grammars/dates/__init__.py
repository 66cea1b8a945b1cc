"""Date expressions in Russian news: a yargy grammar in natasha's style.

The top rule ``DATE`` finds explicit dates ("3 января 2024 года", "01.02.2023"), months and
years ("в декабре 2014 года", "в 2023 году"), ranges ("с 1 по 5 марта 2023 года",
"2003—2016 годы"), quarters, halves, seasons, decades, centuries ("в XIX веке"), periods
("за 10 месяцев 2023 года"), relative expressions ("вчера", "в прошлом году", "во вторник",
"два года назад"), durations ("почти 20 лет", "в течение года") and vague references ("в
последние годы"). It yields :data:`Date` facts; :mod:`ruextract.dates` resolves them to
calendar ranges. Spans include the leading preposition, as NEREL's DATE annotation does.

The parts, bottom-up: :mod:`.facts` (the fact schema), :mod:`.words` (word lists and their
normalizers), :mod:`.tokens` (token predicates, prepositions, qualifiers), :mod:`.points`
(calendar points), :mod:`.ranges`, :mod:`.durations` and :mod:`.vague`; the top rule and the
parser are here.
"""

from __future__ import annotations

from functools import cache

from yargy import and_, or_, rule
from yargy.predicates import (
    caseless,
    dictionary,
    gte,
    in_caseless,
    length_eq,
    lte,
)
from yargy.tokenizer import MorphTokenizer

from ruextract import models
from ruextract.grammars.dates.durations import AGO, DURATION, LATER, PERIOD, WEEKDAY_ADJECTIVE
from ruextract.grammars.dates.facts import Date, Point
from ruextract.grammars.dates.points import (
    BARE_YEAR,
    CENTURY,
    DECADE,
    DECADE_WORD,
    MONTH_ADJ,
    MONTH_YEAR,
    ORDINAL,
    PART_OF_DATE,
    POINT,
    RELATIVE_ADJ,
    RELATIVE_DAY,
    RELATIVE_WEEKDAY,
    WEEKDAY,
    WEEKDAY_DATE,
    ordinal_value,
)
from ruextract.grammars.dates.ranges import OPEN_RANGE, RANGE
from ruextract.grammars.dates.tokens import (
    DOT,
    HALF_PARTS,
    INT,
    PREP_DURING,
    PREP_IN,
    YEAR_ABBR,
    YEAR_WORD,
    lemma_in,
    month_of,
)
from ruextract.grammars.dates.vague import VAGUE
from ruextract.grammars.dates.words import (
    MONTH_ADJECTIVES,
    WEEKDAYS,
    number_value,
    roman_value,
    unit_of,
)
from ruextract.grammars.parser import CachedMorph, LookaheadParser

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


__all__ = [
    "DATE",
    "MONTH_ADJECTIVES",
    "WEEKDAYS",
    "Date",
    "Point",
    "lemma_in",
    "models",
    "month_of",
    "number_value",
    "parser",
    "roman_value",
    "unit_of",
]
