"""Resolution: a grammar match of a date expression as a calendar range.

Pure functions over the facts of :mod:`ruextract.grammars.dates`, the article date, the tense
of the governing verb and the :class:`Context` the text around the match gives (the nearest
explicit year, the last explicit day).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from ruextract.grammars import dates as grammar

Range = tuple[date | None, date | None, str, bool]

# (first month, last month) of each season; winter starts in the December before its year
SEASON_MONTHS = {"winter": (12, 2), "spring": (3, 5), "summer": (6, 8), "autumn": (9, 11)}
SEASON_OF_MONTH = {
    12: "winter",
    1: "winter",
    2: "winter",
    3: "spring",
    4: "spring",
    5: "spring",
    6: "summer",
    7: "summer",
    8: "summer",
    9: "autumn",
    10: "autumn",
    11: "autumn",
}
# granularity of a duration unit when it is used as a point ("два года назад" -> year)
UNIT_GRANULARITY = {
    "year": "year",
    "month": "month",
    "week": "day",
    "day": "day",
    "quarter": "quarter",
    "half": "half",
    "decade": "decade",
    "century": "century",
    "half_century": "decade",
}
UNRESOLVED_GRANULARITY = {"season": "season", "decade": "decade", "century": "century"}
# the unit a vague reference names, by the start of one of its words ("в последние недели":
# week; "последнее" is no "дн…")
VAGUE_GRANULARITY_WORDS = (
    ("накануне", "day"),
    ("десятилет", "decade"),
    ("дн", "day"),
    ("день", "day"),
    ("сутки", "day"),
    ("недел", "week"),
    ("месяц", "month"),
    ("год", "year"),
    ("лет", "year"),
)


# ---------------------------------------------------------------------------------------------
# calendar helpers


def month_end(year: int, month: int) -> date:
    """Last day of a month."""
    return date(year, month, calendar.monthrange(year, month)[1])


def add_months(year: int, month: int, months: int) -> tuple[int, int]:
    """(year, month) shifted by ``months``."""
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def full_year(year_short: int, article: date | None) -> int:
    """A two-digit year as four digits: not later than the article's year (or 2030)."""
    limit = (article.year if article else 2030) % 100
    return 2000 + year_short if year_short <= limit else 1900 + year_short


def pick_year(month: int, day: int | None, article: date, tense: str | None) -> int:
    """Year of a month (and day) given without one: the nearest fitting the verb's tense.

    Past tense -> the last such date on or before the article date; future -> the first on or
    after it; otherwise the article's year.
    """
    candidate = date(
        article.year, month, min(day or 1, calendar.monthrange(article.year, month)[1])
    )
    if tense == "Past" and candidate > article and (day or month != article.month):
        return article.year - 1
    if tense == "Fut" and candidate < article and (day or month != article.month):
        return article.year + 1
    return article.year


# ---------------------------------------------------------------------------------------------
# points


def resolve_point(
    point, article: date | None, tense: str | None, context_year: int | None = None
) -> Range:
    """Calendar range of one grammar :data:`~ruextract.grammars.dates.Point`.

    A month, day or season without a year takes ``context_year`` (the nearest explicit year
    in the text around it) when there is one, else the year the article date and the tense say.
    """
    year = point.year
    if year is None and point.year_short is not None:
        year = full_year(point.year_short, article)
    relative = False

    if point.day_shift is not None:
        if article is None:
            return None, None, "day", True
        day = article + timedelta(days=point.day_shift)
        return day, day, "day", True

    if point.month is not None and point.shift is not None and point.shift_unit is None:
        if article is None:  # "в следующем мае": the next May after the article date
            return None, None, "month", True
        year = article.year
        if point.shift > 0 and point.month <= article.month:
            year += point.shift
        elif point.shift < 0 and point.month >= article.month:
            year += point.shift
        return date(year, point.month, 1), month_end(year, point.month), "month", True
    if point.weekday is not None and point.shift is not None and point.shift_unit is None:
        if article is None:  # "в прошлую пятницу": the Friday of the week before the article's
            return None, None, "day", True
        monday = article - timedelta(days=article.weekday()) + timedelta(weeks=point.shift)
        day = monday + timedelta(days=point.weekday)
        return day, day, "day", True
    if point.season is not None and point.shift is not None and point.shift_unit is None:
        if article is None:  # "прошлым летом": the last summer over by the article date
            return None, None, "season", True
        year = article.year
        if point.shift < 0 and season_range(point.season, year)[1] >= article:
            year -= 1
        elif point.shift > 0 and season_range(point.season, year)[0] <= article:
            year += 1
        return (*season_range(point.season, year), "season", True)
    if point.shift_unit == "last_year":
        point_shift, point_unit = -1, "year"
    else:
        point_shift, point_unit = point.shift, point.shift_unit
    if point_unit is not None:
        relative = True
        if article is None:
            return None, None, point_granularity(point, point_unit), True
        shift = point_shift or 0
        if point_unit == "year":
            year = article.year + shift
        elif point_unit == "month":
            y, m = add_months(article.year, article.month, shift)
            return date(y, m, 1), month_end(y, m), "month", True
        elif point_unit == "week":
            monday = article - timedelta(days=article.weekday()) + timedelta(weeks=shift)
            return monday, monday + timedelta(days=6), "week", True
        elif point_unit == "quarter":
            y, m = add_months(article.year, (article.month - 1) // 3 * 3 + 1, 3 * shift)
            return date(y, m, 1), month_end(*add_months(y, m, 2)), "quarter", True
        elif point_unit == "decade":
            first = article.year // 10 * 10 + 10 * shift
            return date(first, 1, 1), date(first + 9, 12, 31), "decade", True
        elif point_unit == "century":
            century = (article.year - 1) // 100 + 1 + shift
            return (*century_range(century), "century", True)
        else:  # a sports season and the like: no calendar value
            return None, None, UNRESOLVED_GRANULARITY.get(point_unit, "period"), True

    if point.weekday is not None:
        if article is None:
            return None, None, "day", True
        delta = (article.weekday() - point.weekday) % 7
        day = article - timedelta(days=delta)
        if tense == "Fut" and delta:
            day += timedelta(days=7)
        return day, day, "day", True

    if point.century is not None and point.decade is None:
        return (*century_range(point.century), "century", False)
    if point.decade is not None:
        first = point.decade
        if first < 100:
            first += 1900 if point.century is None else (point.century - 1) * 100
        return date(first, 1, 1), date(first + 9, 12, 31), "decade", False

    if year is None and context_year is not None:
        year = context_year
    if year is None:
        relative = True
        if article is None:
            return None, None, point_granularity(point, None), True
        if point.month is not None:
            year = pick_year(point.month, point.day, article, tense)
        elif point.season is not None:
            first = SEASON_MONTHS[point.season][0]
            year = pick_year(first if first != 12 else 1, None, article, tense)
        else:
            year = article.year

    if point.month is not None:
        if point.day is not None:
            try:
                day = date(year, point.month, point.day)
            except ValueError:
                return None, None, "day", relative
            return day, day, "day", relative
        return date(year, point.month, 1), month_end(year, point.month), "month", relative
    if point.quarter is not None:
        first = (point.quarter - 1) * 3 + 1
        return date(year, first, 1), month_end(year, first + 2), "quarter", relative
    if point.half is not None and point.half in (1, 2):
        first = 1 if point.half == 1 else 7
        return date(year, first, 1), month_end(year, first + 5), "half", relative
    if point.season is not None:
        first, last = SEASON_MONTHS[point.season]
        start_year = year - 1 if first == 12 else year
        return date(start_year, first, 1), month_end(year, last), "season", relative
    return date(year, 1, 1), date(year, 12, 31), "year", relative


# (first, last) of each third of a period, in its own unit, for the parts "начало", "середина",
# "конец"; halves split it in two. Months: days 1-10, 11-20, 21-end (the Russian "декады").
THIRDS = {"start": 0, "mid": 1, "end": 2}


def part_range(begin: date, end: date, granularity: str, part: str) -> tuple[date, date]:
    """The part of the period ``begin`` .. ``end`` that ``part`` names (see docs/tables.md)."""
    if part == "eve":
        eve = begin - timedelta(days=1)
        return eve, eve
    if granularity == "month":
        last = end.day
        bounds = {"start": (1, 10), "mid": (11, 20), "end": (21, last)}
        bounds |= {"first_half": (1, 15), "second_half": (16, last)}
        first, final = bounds[part]
        return begin.replace(day=first), begin.replace(day=final)
    if granularity in ("decade", "century"):
        years = end.year - begin.year + 1
        if part in THIRDS:
            third = years // 3
            cuts = [0, third, years - third, years]
            index = THIRDS[part]
            first, final = cuts[index], cuts[index + 1] - 1
        else:
            first, final = (0, years // 2 - 1) if part == "first_half" else (years // 2, years - 1)
        return date(begin.year + first, 1, 1), date(begin.year + final, 12, 31)
    if granularity in ("year", "half", "quarter", "season"):
        months = (end.year - begin.year) * 12 + end.month - begin.month + 1
        if part in THIRDS:
            size = max(months // 3, 1)
            first = THIRDS[part] * size
            final = first + size - 1 if part != "end" else months - 1
        else:
            half = months // 2
            first, final = (0, half - 1) if part == "first_half" else (half, months - 1)
        y1, m1 = add_months(begin.year, begin.month, first)
        y2, m2 = add_months(begin.year, begin.month, final)
        return date(y1, m1, 1), month_end(y2, m2)
    days = (end - begin).days + 1
    if days <= 1:
        return begin, end
    if part in THIRDS:  # a week: Monday-Tuesday, Wednesday-Thursday, Friday-Sunday
        cuts = [0, days * 2 // 7, days * 4 // 7, days]
        index = THIRDS[part]
        return begin + timedelta(days=cuts[index]), begin + timedelta(days=cuts[index + 1] - 1)
    half = days // 2
    if part == "first_half":
        return begin, begin + timedelta(days=half - 1)
    return begin + timedelta(days=half), end


def season_range(season: str, year: int) -> tuple[date, date]:
    """First and last day of a season of a year (winter starts in the December before)."""
    first, last = SEASON_MONTHS[season]
    return date(year - 1 if first == 12 else year, first, 1), month_end(year, last)


def century_range(century: int) -> tuple[date, date]:
    """First and last day of a century (XIX -> 1801-01-01 .. 1900-12-31)."""
    return date((century - 1) * 100 + 1, 1, 1), date(century * 100, 12, 31)


def point_granularity(point, unit: str | None) -> str:
    """Granularity a point would have once resolved."""
    if point.day is not None or point.weekday is not None or point.day_shift is not None:
        return "day"
    for name in ("month", "quarter", "half", "season", "decade", "century"):
        if getattr(point, name) is not None:
            return name
    if unit == "day":
        return "day"
    if unit in ("week", "month", "quarter", "decade", "century", "season"):
        return unit
    return "year"


def fill_from(start, stop):
    """A range start that omits what its end says ("с 1 по 5 марта": the month of "5 марта")."""
    fields = {name: getattr(start, name) for name in grammar.Point.__attributes__}
    if fields.get("year") is None and fields.get("year_short") is None:
        if fields.get("decade") is None and fields.get("century") is None:
            fields["year"] = stop.year
            fields["year_short"] = stop.year_short
            fields["shift"], fields["shift_unit"] = stop.shift, stop.shift_unit
            if fields.get("month") is None and fields.get("day") is not None:
                fields["month"] = stop.month
    return grammar.Point(**fields)


def resolve_stop(start_point, stop_point, article: date | None):
    """Range end with a short year taken from the start's century ("1989-90")."""
    if stop_point.year is None and stop_point.year_short is not None and start_point.year:
        fields = {name: getattr(stop_point, name) for name in grammar.Point.__attributes__}
        fields["year"] = start_point.year // 100 * 100 + stop_point.year_short
        if fields["year"] < start_point.year:
            fields["year"] += 100
        fields["year_short"] = None
        return grammar.Point(**fields)
    return stop_point


# ---------------------------------------------------------------------------------------------
# whole expressions


def amount_value(text: str | None) -> float | None:
    """Number an amount says ("10" -> 10, "пяти" -> 5, "несколько" -> None)."""
    if not text:
        return None
    words = text.replace(",", ".").split()
    total = 0.0
    if words[-2:] == ["с", "половиной"]:  # "два с половиной"
        words, total = words[:-2], 0.5
    for word in words:
        try:
            total += float(word)
            continue
        except ValueError:
            pass
        value = grammar.number_value(word)
        if value is None:
            return None
        total += value
    return total or None


def shift_date(anchor: date, amount: float, unit: str) -> tuple[date, date, str] | None:
    """Calendar position ``amount`` units before ``anchor`` ("два года назад"); a fraction of
    years counts in months ("два с половиной года назад" from March 2020: September 2017, so
    2017), of months in days."""
    if unit == "year" and amount != int(amount):
        y, _ = add_months(anchor.year, anchor.month, -round(amount * 12))
        return date(y, 1, 1), date(y, 12, 31), "year"
    if unit == "month" and amount != int(amount):
        day = anchor - timedelta(days=round(amount * 30))
        return date(day.year, day.month, 1), month_end(day.year, day.month), "month"
    amount = int(amount)
    if unit in ("year", "decade", "century", "half_century"):
        years = amount * {"year": 1, "decade": 10, "century": 100, "half_century": 50}[unit]
        year = anchor.year - years
        return date(year, 1, 1), date(year, 12, 31), "year"
    if unit in ("month", "quarter", "half"):
        months = amount * {"month": 1, "quarter": 3, "half": 6}[unit]
        y, m = add_months(anchor.year, anchor.month, -months)
        return date(y, m, 1), month_end(y, m), "month"
    if unit in ("week", "day"):
        day = anchor - timedelta(days=amount * (7 if unit == "week" else 1))
        return day, day, "day"
    return None


@dataclass(frozen=True, slots=True)
class Context:
    """What the text around an expression says: the nearest explicit ``year`` in the same or
    the previous sentence, and the nearest explicit ``day`` before it (for "на следующий день",
    "через год"); ``eve`` is true when "накануне" stands alone (no "накануне выборов"), the
    day before the article date."""

    year: int | None = None
    day: date | None = None
    eve: bool = False


NO_CONTEXT = Context()
# "в том же году", "в этом же году", "того года": the year just named
SAME_YEAR = re.compile(r"(?i)^((в|во)\s+(том|этом)\s+же\s+году|того(\s+же)?\s+года)$")
# "за последний месяц", "за последнее десятилетие": a length of time up to now
LAST_LENGTH = re.compile(r"(?i)^за\s+(последн|ближайш|прошедш|минувш)")
# "в последние годы", "ближайшие 30 дней": the last or next units up to the article date,
# vague without a number, a length with one ("за последние …" is LAST_LENGTH)
RECENT = re.compile(r"(?i)^(?:(?:в|во|на)\s+)?(?:последн|ближайш)\w*\s+(?P<rest>\S.*)$")
# "с того дня", "со следующего дня": an open range
OPEN_START = re.compile(r"(?i)^(?:с|со)\s")
# "в выходные", "на прошлых выходных"
WEEKEND = re.compile(r"(?i)\bвыходн")
# "годом ранее", "тремя годами позже": the year(s) before or after the year just named
YEAR_APART = re.compile(
    r"(?i)^(?:(?P<amount>\S+)\s+годами|годом)\s+(?P<way>ранее|раньше|позже|позднее)$"
)
# "через год", "уже через четыре года", "год спустя": a length after the date just named
LATER_START = re.compile(r"(?i)^(?:(?:уже|ещё|еще|лишь|всего|только)\s+)?(?:через|спустя)\b")


def counts_later(text: str) -> bool:
    """True when an expression counts a length forward ("через год", "уже через четыре года",
    "три года спустя")."""
    return bool(LATER_START.match(text)) or text.lower().endswith("спустя")


# "на следующий день", "в тот же день": a day counted from the day just named
NEXT_DAY = re.compile(
    r"(?i)^((на|в)\s+(следующий|тот\s+же|этот\s+же)\s+день|(того|этого)\s+же\s+дня"
    r"|следующего\s+дня)$"
)
# "за девять месяцев", "за первые два квартала": the start of the year to the end of the Nth unit
MONTHS_OF_YEAR = re.compile(r"(?i)^за\s+(первые\s+)?\S+\s+(месяц|квартал)")
# words after "за N месяцев" that make it a length of time ("за два месяца до выборов")
LENGTH_FOLLOWS = frozenset({"до", "после", "с", "со", "назад", "спустя", "подряд", "в", "на"})


def resolve(
    found,
    text: str,
    article: date | None,
    tense: str | None,
    context: Context = NO_CONTEXT,
) -> tuple:
    """(value_start, value_end, granularity, relative, part) of one grammar match."""
    part = found.part
    value = resolve_whole(found, text, article, tense, context)
    if part and value[0] is not None and value[1] is not None and value[2] != "period":
        begin, end = part_range(value[0], value[1], value[2], part)
        return begin, end, value[2], value[3], part
    return (*value, part if value[2] not in ("period", "duration") else None)


def resolve_whole(found, text: str, article: date | None, tense: str | None, context: Context):
    """(value_start, value_end, granularity, relative) of the whole period a match names."""
    kind = found.kind
    year = context.year
    if kind == "range" and found.start is not None and found.stop is not None:
        if found.start.weekday is not None:  # the grammar joins a weekday to weekdays only
            return weekday_range(found.start.weekday, found.stop.weekday, article, tense)
        stop_point = resolve_stop(found.start, found.stop, article)
        end = resolve_point(stop_point, article, tense, year)
        begin = resolve_point(fill_from(found.start, stop_point), article, tense, year)
        return begin[0], end[1], "period", begin[3] or end[3]
    if kind in ("since", "until") and (found.start is not None or found.part is not None):
        if found.start is not None:
            whole = resolve_point(found.start, article, tense, year)
        else:  # "с начала года", "до конца месяца"
            whole = part_of_unit(found.unit, article, context)
        if kind == "since" and instrumental(text):  # "по сравнению с 2014 годом": 2014
            return whole
        begin, end = whole[0], whole[1]
        if found.part and begin is not None and end is not None:
            begin, end = part_range(begin, end, whole[2], found.part)
        if kind == "since":
            return begin, None, "period", whole[3]
        return None, end, "period", whole[3]
    if kind == "period" and found.start is not None:
        begin = resolve_point(found.start, article, tense, year)
        amount = amount_value(found.amount)
        if begin[0] is None or amount is None or found.unit not in ("month", "quarter", "half"):
            return begin[0], begin[1], "period", begin[3]
        months = int(amount) * {"month": 1, "quarter": 3, "half": 6}[found.unit]
        y, m = add_months(begin[0].year, begin[0].month, months - 1)
        return begin[0], min(month_end(y, m), begin[1]), "period", begin[3]
    if kind == "ago":
        amount = amount_value(found.amount)
        if found.amount is None and found.unit and singular_unit(text):
            amount = 1.0  # "год назад"; "(миллионов) лет назад" counts none
        if article is None or amount is None or found.unit is None:
            return None, None, UNIT_GRANULARITY.get(found.unit, "period"), True
        shifted = shift_date(article, amount, found.unit)
        if shifted is None:
            return None, None, "period", True
        return (*shifted, True)
    if kind == "duration":
        return None, None, "duration", False
    if kind == "weekday_adjective":
        return None, None, "day", True
    recent = RECENT.match(text)
    if recent and grammar.unit_of(recent.group("rest").split()[-1]) is not None:
        rest = recent.group("rest").lower()
        if len(rest.split()) > 1 or rest.startswith("пол"):
            return None, None, "duration", False  # "в ближайшие 30 дней", "последние полгода"
        return None, None, vague_granularity(text), True  # "последние месяцы беременности"
    if found.start is not None:
        return resolve_point(found.start, article, tense, year)
    if found.part is not None and found.unit is not None:
        return part_of_unit(found.unit, article, context)
    if found.unit is not None:
        return resolve_length(found, text, article, context)
    if SAME_YEAR.match(text):
        if year is not None:
            return date(year, 1, 1), date(year, 12, 31), "year", False
        if article is not None and "этом" in text.lower():
            return date(article.year, 1, 1), date(article.year, 12, 31), "year", True
        return None, None, "year", True
    apart = YEAR_APART.match(text)
    years_apart = amount_value(apart.group("amount")) if apart and apart.group("amount") else 1
    if apart and year is not None and years_apart and years_apart == int(years_apart):
        year += int(years_apart) * (-1 if apart.group("way").startswith("ран") else 1)
        return date(year, 1, 1), date(year, 12, 31), "year", False
    if text.lower() == "накануне" and article is not None and context.eve:
        day = article - timedelta(days=1)  # "прибыла накануне": the day before the article's
        return day, day, "day", True
    next_day = NEXT_DAY.match(text)
    if next_day and context.day is not None:
        day = context.day + timedelta(days=1 if "следующ" in text.lower() else 0)
        return day, day, "day", False
    lowered = text.lower()
    if lowered.startswith(("в течение", "на протяжении", "течение")):
        return None, None, "duration", False  # "на протяжении многих десятилетий"
    if lowered in ("полгода", "полугода", "полвека"):
        return None, None, "duration", False  # "пожить там полгода": a length
    if LAST_LENGTH.match(text):
        return None, None, "duration", False  # "за последний месяц": a length up to now
    if WEEKEND.search(text):
        return weekend(text, article, tense)
    if OPEN_START.match(text):
        return None, None, "period", True  # "с того дня": an open range from a day not given
    return None, None, vague_granularity(text), True


def vague_granularity(text: str) -> str:
    """The unit a vague reference names ("в последние недели": week), else period."""
    words = re.findall(r"[а-яё]+", text.lower())
    for word, granularity in VAGUE_GRANULARITY_WORDS:
        if any(each.startswith(word) for each in words):
            return granularity
    return "period"


def weekday_range(first: int, last: int, article: date | None, tense: str | None) -> tuple:
    """ "с понедельника по пятницу": in the past tense the last such days over by the article
    date, in the future the first to start on or after it; no value for a habit (no tense of
    past or future)."""
    if article is None or tense not in ("Past", "Fut"):
        return None, None, "period", True
    length = timedelta(days=(last - first) % 7)
    if tense == "Past":
        end = article - timedelta(days=(article.weekday() - last) % 7)
        return end - length, end, "period", True
    begin = article + timedelta(days=(first - article.weekday()) % 7)
    return begin, begin + length, "period", True


def weekend(text: str, article: date | None, tense: str | None) -> tuple:
    """ "в выходные": the last weekend before the article date in the past tense ("покончил с
    собой в выходные", "в минувшие выходные"), the next one in the future ("в ближайшие
    выходные"); no value for a habit ("по выходным", "все выходные") or without a tense."""
    lowered = text.lower()
    if article is None or lowered.startswith(("по ", "все ")):
        return None, None, "period", True
    named_past = re.search(r"минувш|прошедш|прошл", lowered)
    named_next = re.search(r"ближайш|следующ|эти", lowered)
    if named_past or (tense == "Past" and not named_next):
        saturday = article - timedelta(days=(article.weekday() - 5) % 7 or 7)
    elif named_next or tense == "Fut":
        saturday = article + timedelta(days=(5 - article.weekday()) % 7)
    else:
        return None, None, "period", True
    return saturday, saturday + timedelta(days=1), "period", True


def part_of_unit(unit: str, article: date | None, context: Context) -> tuple:
    """The year, month or week that "в начале года" / "в конце месяца" speak of, whole."""
    if unit == "year" and context.year is not None:
        return date(context.year, 1, 1), date(context.year, 12, 31), "year", False
    if article is None:
        return None, None, unit, True
    if unit == "year":
        return date(article.year, 1, 1), date(article.year, 12, 31), "year", True
    if unit == "month":
        return (
            date(article.year, article.month, 1),
            month_end(article.year, article.month),
            ("month"),
            True,
        )
    monday = article - timedelta(days=article.weekday())
    return monday, monday + timedelta(days=6), "week", True


def resolve_length(found, text: str, article: date | None, context: Context) -> tuple:
    """A length of time, or the point it leads to when the text anchors it.

    "через год" ("год спустя") after an explicit year in the same or previous sentence is the
    next year;
    "за девять месяцев" in a dated article is January to September of its year when that
    period has ended by the article date.
    """
    amount = amount_value(found.amount) if found.amount else 1.0
    later = counts_later(text)
    if later and found.unit == "year" and context.year:
        if amount is not None and amount == int(amount):
            year = context.year + int(amount)
            return date(year, 1, 1), date(year, 12, 31), "year", False
    if MONTHS_OF_YEAR.match(text) and amount and found.unit in ("month", "quarter"):
        months = int(amount) * (3 if found.unit == "quarter" else 1)
        year = context.year or (article.year if article else None)
        if year is not None and article is not None and months < 12:
            end = month_end(year, months)
            if end < article:
                return date(year, 1, 1), end, "period", context.year is None
    return None, None, "duration", False


def singular_unit(text: str) -> bool:
    """True when the unit of "<unit> назад" is singular ("год назад", "неделю назад")."""
    words = re.findall(r"[А-Яа-яЁё]+", text)
    units = [word for word in words if grammar.unit_of(word)]
    if not units:
        return False
    parses = grammar.models.morph_analyzer().parse(units[0].lower())
    return bool(parses) and "sing" in parses[0].tag


def month_adjective(text: str) -> bool:
    """True when the last word is an adjective of a month ("в декабрьском"): it names a month
    already past, whatever the verb's tense."""
    words = re.findall(r"[А-Яа-яЁё]+", text)
    if not words:
        return False
    parses = grammar.models.morph_analyzer().parse(words[-1].lower())
    return any(parse.normal_form in grammar.MONTH_ADJECTIVES for parse in parses[:1])


# possessives that read the same in every case ("накануне его визита"): the word after them
# says whether an event is named
INVARIABLE_POSSESSIVES = frozenset({"его", "её", "ее", "их"})


def eve_alone(following: str, then: str = "") -> bool:
    """True when the word after "накануне" does not name what it is the eve of ("накануне
    выборов", "накануне своего юбилея"): then "накануне" is the day before. After "его",
    "её", "их" the next word decides ("накануне его визита" names an event; "накануне его
    задержали" does not)."""
    if following.lower() in INVARIABLE_POSSESSIVES:
        return eve_alone(then)
    if not following:
        return True
    parses = grammar.models.morph_analyzer().parse(following.lower())
    return not any(
        "gent" in parse.tag and parse.tag.POS in ("NOUN", "ADJF", "NPRO", "PRTF", "NUMR")
        for parse in parses[:2]
    )


def instrumental(text: str) -> bool:
    """True when the last word is in the instrumental ("годом", "маем")."""
    words = re.findall(r"[А-Яа-яЁё]+", text)
    if not words or len(words[-1]) < 3:  # "С 1933г.": an abbreviation has every case
        return False
    parses = grammar.models.morph_analyzer().parse(words[-1].lower())
    return any("ablt" in parse.tag and parse.tag.POS == "NOUN" for parse in parses)
