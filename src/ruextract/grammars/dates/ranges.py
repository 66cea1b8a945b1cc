"""Ranges of the date grammar: closed ("с 1 по 5 марта 2023 года", "2003—2016 годы") and open
("с 1995 года", "до 2020 года", "с начала года").
"""

from __future__ import annotations

from yargy import or_, rule
from yargy.predicates import (
    caseless,
    eq,
    in_caseless,
)

from ruextract.grammars.dates.facts import Date, Point
from ruextract.grammars.dates.points import (
    BARE_YEAR,
    CENTURY,
    DAY_MONTH,
    DAY_WORD,
    DECADE,
    MONTH,
    MONTH_YEAR,
    NUMERIC_DATE,
    PART_OF_DATE,
    POINT,
    WEEKDAY,
    YEAR_OPTIONAL_WORD,
    YEAR_SUFFIX,
)
from ruextract.grammars.dates.tokens import DASH, DAY, PREP_FROM, PREP_UNTIL, YEAR_SHORT_NUMBER

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
