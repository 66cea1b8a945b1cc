"""Calendar points of the date grammar: years, days and months, seasons, quarters, halves,
decades, centuries and relative points ("вчера", "в прошлом году"), gathered in :data:`POINT`.
"""

from __future__ import annotations

from yargy import and_, or_, rule
from yargy.predicates import (
    caseless,
    custom,
    dictionary,
    eq,
    gte,
    in_caseless,
    length_eq,
    lte,
)

from ruextract.grammars.dates.facts import Date, Point
from ruextract.grammars.dates.tokens import (
    COMMA,
    DASH,
    DAY,
    DOT,
    INT,
    MONTH_ADJECTIVE,
    MONTH_NAME,
    MONTH_NUMBER,
    ORDINAL_WORD,
    PART,
    PART_WORD,
    PARTS,
    ROMAN,
    SEASON_NAME,
    SEPARATOR,
    SHIFT_WORD,
    WEEKDAY_NAME,
    YEAR_ABBR,
    YEAR_NUMBER,
    YEAR_SHORT_NUMBER,
    YEAR_WORD,
    agreeing,
    lemma_in,
    month_of,
)
from ruextract.grammars.dates.words import (
    CENTURY_ORDINALS,
    DAY_WORDS,
    DECADE_ORDINALS,
    MONTH_ABBREVIATIONS,
    ORDINALS,
    SEASONS,
    SHIFTS,
    WEEKDAYS,
    roman_value,
)

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
