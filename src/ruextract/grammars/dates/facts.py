"""The date grammar's facts: :data:`Point` (one calendar position) and :data:`Date` (what one
expression denotes).
"""

from __future__ import annotations

from yargy.interpretation import fact

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
