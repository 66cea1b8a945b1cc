"""Percentages: "38,5%", "около 40 процентов", "на 2 п.п.", "38–56%", "70-процентное"."""

from __future__ import annotations

from yargy import or_, rule
from yargy.interpretation import const, fact
from yargy.predicates import caseless, eq, normalized

from ruextract.grammars.numbers import AMOUNT, DASH, DOT, QUALIFIER, RANGE_FROM, RANGE_TO

Percent = fact("Percent", ["qualifier", "amount", "amount_max", "unit"])


# ---------------------------------------------------------------------------
# UNIT
# ---------------------------------------------------------------------------

PERCENT_SIGN = or_(
    rule(eq("%")),
    rule(normalized("процент")),
    rule(eq("％")),
).interpretation(const("%"))
# "п.п.", "п. п.", "пп", "процентных пункта"
PERCENT_POINT = or_(
    rule(normalized("процентный"), normalized("пункт")),
    rule(caseless("п"), DOT, caseless("п"), DOT.optional()),
    rule(caseless("пп"), DOT.optional()),
).interpretation(const("p.p."))
UNIT = or_(PERCENT_POINT, PERCENT_SIGN).interpretation(Percent.unit)


# ---------------------------------------------------------------------------
# PERCENT
# ---------------------------------------------------------------------------

PERCENT_ADJECTIVE = rule(normalized("процентный"))
AMOUNT_MIN = AMOUNT.interpretation(Percent.amount)
AMOUNT_MAX = AMOUNT.interpretation(Percent.amount_max)
QUALIFIED = QUALIFIER.interpretation(Percent.qualifier).optional()
RANGE_MARK = Percent.qualifier.const("range")

PERCENT = or_(
    # "около 40 процентов", "65 %"
    rule(QUALIFIED, AMOUNT_MIN, UNIT),
    # "38–56%", "38%–56%"
    rule(AMOUNT_MIN, UNIT.optional(), DASH.interpretation(RANGE_MARK), AMOUNT_MAX, UNIT),
    # "от 3 до 5%", "с 7,5% до 8%"
    rule(
        RANGE_FROM.interpretation(Percent.qualifier),
        AMOUNT_MIN,
        UNIT.optional(),
        RANGE_TO,
        AMOUNT_MAX,
        UNIT,
    ),
    # "70-процентное увеличение"
    rule(QUALIFIED, AMOUNT_MIN, DASH.optional(), PERCENT_ADJECTIVE),
).interpretation(Percent)
# every PERCENT alternative above holds one of these: a text without them has no percentage
ANCHORS = (UNIT, PERCENT_ADJECTIVE)
