"""Dates: every date expression as a calendar range, resolved against the article date.

Reads ``doc.text``, ``doc._.date`` (the article date or None) and the morphology of verbs
(``token.morph.get("Tense")``) in the sentence of each expression, which decides whether a
weekday or a month without a year is the last one before the article date (past tense) or the
next one (future). Writes ``doc.spans["dates"]``: spans labelled ``DATE`` aligned to tokens,
each with ``span._.date`` a :class:`~ruextract.records.DateValue` whose offsets are the span's.

The grammar lives in :mod:`ruextract.grammars.dates`; :func:`find_dates` runs it and resolves
its facts, with no spaCy models involved.
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

import razdel
from spacy.language import Language
from spacy.tokens import Doc

from ruextract.grammars import dates as grammar
from ruextract.records import DateValue

TenseOf = Callable[[int, int], str | None]
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
VAGUE_GRANULARITY_WORDS = (
    ("накануне", "day"),
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
    """Calendar position ``amount`` units before ``anchor`` ("два года назад")."""
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
    "через год")."""

    year: int | None = None
    day: date | None = None


NO_CONTEXT = Context()
# "в том же году", "в этом же году": the year just named
SAME_YEAR = re.compile(r"(?i)^(в|во)\s+(том|этом)\s+же\s+году$")
# "на следующий день", "в тот же день": a day counted from the day just named
NEXT_DAY = re.compile(r"(?i)^(на|в)\s+(следующий|тот\s+же|этот\s+же)\s+день$")
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
    return (*value, part if value[2] != "period" and value[0] is not None else None)


def resolve_whole(found, text: str, article: date | None, tense: str | None, context: Context):
    """(value_start, value_end, granularity, relative) of the whole period a match names."""
    kind = found.kind
    year = context.year
    if kind == "range" and found.start is not None and found.stop is not None:
        stop_point = resolve_stop(found.start, found.stop, article)
        end = resolve_point(stop_point, article, tense, year)
        begin = resolve_point(fill_from(found.start, stop_point), article, tense, year)
        return begin[0], end[1], "period", begin[3] or end[3]
    if kind == "since" and found.start is not None:
        begin = resolve_point(found.start, article, tense, year)
        if instrumental(text):  # "по сравнению с 2014 годом" is the year 2014
            return begin
        return begin[0], None, "period", begin[3]
    if kind == "until" and found.start is not None:
        end = resolve_point(found.start, article, tense, year)
        return None, end[1], "period", end[3]
    if kind == "period" and found.start is not None:
        begin = resolve_point(found.start, article, tense, year)
        amount = amount_value(found.amount)
        if begin[0] is None or amount is None or found.unit not in ("month", "quarter", "half"):
            return begin[0], begin[1], "period", begin[3]
        months = int(amount) * {"month": 1, "quarter": 3, "half": 6}[found.unit]
        y, m = add_months(begin[0].year, begin[0].month, months - 1)
        return begin[0], min(month_end(y, m), begin[1]), "period", begin[3]
    if kind == "ago":
        amount = 1.0 if found.amount is None and found.unit else amount_value(found.amount)
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
    next_day = NEXT_DAY.match(text)
    if next_day and context.day is not None:
        day = context.day + timedelta(days=1 if "следующ" in text.lower() else 0)
        return day, day, "day", False
    lowered = text.lower()
    for word, granularity in VAGUE_GRANULARITY_WORDS:
        if word in lowered:
            return None, None, granularity, True
    return None, None, "period", True


def part_of_unit(unit: str, article: date | None, context: Context) -> tuple:
    """The year, month or week that "в начале года" / "в конце месяца" speak of, whole."""
    if unit == "year" and context.year is not None:
        return date(context.year, 1, 1), date(context.year, 12, 31), "year", False
    if article is None:
        return None, None, unit, True
    if unit == "year":
        return date(article.year, 1, 1), date(article.year, 12, 31), "year", True
    if unit == "month":
        return date(article.year, article.month, 1), month_end(article.year, article.month), (
            "month"
        ), True
    monday = article - timedelta(days=article.weekday())
    return monday, monday + timedelta(days=6), "week", True


def resolve_length(found, text: str, article: date | None, context: Context) -> tuple:
    """A length of time, or the point it leads to when the text anchors it.

    "через год" after an explicit year in the same or previous sentence is the next year;
    "за девять месяцев" in a dated article is January to September of its year when that
    period has ended by the article date.
    """
    lowered = text.lower()
    amount = amount_value(found.amount) if found.amount else 1.0
    if lowered.startswith(("через", "спустя")) and found.unit == "year" and context.year:
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


def instrumental(text: str) -> bool:
    """True when the last word is in the instrumental ("годом", "маем")."""
    words = re.findall(r"[А-Яа-яЁё]+", text)
    if not words:
        return False
    parses = grammar.models.morph_analyzer().parse(words[-1].lower())
    return any("ablt" in parse.tag and parse.tag.POS == "NOUN" for parse in parses)


# words that any date expression contains at least one of: the parser only runs on windows
# around them (running a big yargy grammar over every token is slow)
TRIGGER = re.compile(
    r"\d|\b[IVXХ]+\b|январ|феврал|март|апрел|\bма[йяюе]|июн|июл|август|сентябр|октябр|ноябр"
    r"|декабр|понедельник|вторник|\bсред[уаые]|четверг|пятниц|суббот|воскресен|\bгод|\bгг?\b"
    r"|\bлет\b|месяц|недел|\bдн[еяию]|\bдень|\bсут|сегодня|вчера|завтра|зим[аоуы]|весн|\bлет[оа]"
    r"|осен|квартал|полугод|половин|\bвек|столет|десятилет|накануне|ежегод|ежеднев|ежемесяч"
    r"|еженедел|врем[яе]|сезон|прошлогод|полвека|десят|тридцат|сорок|пятьдесят|шестьдесят"
    r"|семьдесят|восемьдесят|девяност|дневн|месячн|годичн|летн|выходн",
    re.IGNORECASE,
)
WINDOW_BEFORE = 30
WINDOW_AFTER = 30


def candidate_windows(text: str) -> list[tuple[int, int]]:
    """Merged character windows around trigger words, snapped to white space."""
    windows: list[list[int]] = []
    for found in TRIGGER.finditer(text):
        start = max(0, found.start() - WINDOW_BEFORE)
        stop = min(len(text), found.end() + WINDOW_AFTER)
        if windows and start <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], stop)
        else:
            windows.append([start, stop])
    snapped = []
    for start, stop in windows:
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        while stop < len(text) and not text[stop].isspace():
            stop += 1
        snapped.append((start, stop))
    return snapped


def grammar_matches(text: str) -> list[tuple[int, int, object]]:
    """(start, stop, fact) of every match of the date grammar in ``text``."""
    found = []
    last_stop = 0
    for window_start, window_stop in candidate_windows(text):
        window_start = max(window_start, last_stop)
        for match in grammar.parser().findall(text[window_start:window_stop]):
            start = window_start + match.span.start
            stop = window_start + match.span.stop
            found.append((start, stop, match.fact))
            last_stop = max(last_stop, stop)
    return found


# words before "N лет" that make it an age, not a date: "в возрасте 45 лет", "ему 61 год"
AGE_CONTEXT = re.compile(
    r"(возраст\w*|исполн\w*|младше|старше|\bему|\bей|\bим|было|сейчас|девоч\w*|мальчик\w*"
    r"|детям|детей|моложе|старее|лет\s+от\s+роду)(\s+\w+)?\s*$",
    re.IGNORECASE,
)
# quantities that a bare number may count instead of being a year ("2000 человек")
QUANTITY_CONTEXT = re.compile(r"(около|более|свыше|менее|уже|почти|примерно|до)\s*$", re.I)


def next_word(text: str, stop: int) -> str:
    """The word right after ``stop`` (after white space), or ''."""
    found = re.match(r"\s*([А-Яа-яЁё]+)", text[stop:])
    return found.group(1) if found else ""


WEEKDAY_NOUNS_ALONE = frozenset({"среда", "среды", "среде", "средой"})


def addressee_before(before: str) -> bool:
    """True when the word before is a person in the dative ("Ему", "Кравцову", "кандидату"),
    or a name after one ("Мартину Шкрели")."""
    two = re.search(r"([А-ЯЁ][а-яё]+)\s+[А-ЯЁ][а-яё]+\s*$", before)
    if two and addressee_word(two.group(1)):
        return True
    found = re.search(r"([А-Яа-яЁё]+)\s*$", before)
    return bool(found) and addressee_word(found.group(1))


def addressee_word(word: str) -> bool:
    """True when ``word`` may be a person in the dative."""
    parses = grammar.models.morph_analyzer().parse(word.lower())
    # an indeclinable name ("Келли") is in every case, the dative among them
    fixed = bool(parses) and "Fixd" in parses[0].tag and word[:1].isupper()
    for parse in parses if fixed else parses[:2]:
        tag = parse.tag
        if "datv" in tag and ("anim" in tag or "Surn" in tag or "Name" in tag or "NPRO" in tag):
            return True
    return False


def animate_range(before: str) -> bool:
    """True when ``before`` ends with "<people> от N": the start of an age range."""
    found = re.search(r"([А-Яа-яЁё]+)\s+от\s+\d+\s*$", before)
    if not found:
        return False
    parses = grammar.models.morph_analyzer().parse(found.group(1).lower())
    return bool(parses) and "anim" in parses[0].tag and parses[0].tag.POS == "NOUN"


def plausible(text: str, start: int, stop: int, fact) -> bool:
    """False for matches that are not dates: years in URLs, ages, counted numbers."""
    before, after = text[max(0, start - 40) : start], text[stop : stop + 1]
    if any(char and (char.isalnum() or char in "/_") for char in (before[-1:], after)):
        return False  # inside a word or a URL
    surface = text[start:stop]
    if fact.unit is not None and fact.start is None:
        if surface.lower().endswith(("году", "годом")):
            return False
        anniversary = re.match(r"\s+(со|с)\s+(дня|момента|начала|тех)", text[stop : stop + 20])
        if AGE_CONTEXT.search(before) and not anniversary:
            return False
        if next_word(text, stop).lower() in ("жизни", "от"):
            return False
        if re.match(r"(?i)в\s+\d", surface) and not surface.lower().endswith("году"):
            return False  # "в 13 лет" is an age
        if surface[:1].isdigit() and addressee_before(before):
            return False  # "Кравцову 39 лет" is an age
        if fact.unit == "year" and surface[:1].isdigit():
            if re.search(r"(?i)\bв\s*$", before):
                return False  # "умер в 24 года"
            if before.endswith("(") and text[stop : stop + 1] == ")":
                return False  # "родился в 1967 году (51 год)"
        if fact.unit == "year" and surface.lower().startswith("до ") and animate_range(before):
            return False  # "девочки от 13 до 16 лет"
    if surface.lower() in WEEKDAY_NOUNS_ALONE:
        return False  # "окружающей среды"
    if fact.start is not None and fact.kind is None and surface.isdigit():
        if QUANTITY_CONTEXT.search(before):
            return False
        word = next_word(text, stop)
        if word and word[0].islower() and word.lower() not in ("и", "или"):
            parse = grammar.models.morph_analyzer().parse(word.lower())[0]
            if parse.tag.POS in ("NOUN", "ADJF", "NUMR"):
                return False
    return True


# verbs of speech: a relative date in a sentence that reports speech dated explicitly
# ("«Завтра мы подпишем соглашение», — сказал он 21 сентября") counts from that date
SPEECH = re.compile(
    r"(?i)\b(сказа|заяви|сообщи|отмети|подчеркну|поясни|рассказа|написа|добави|замети|призна"
    r"|объяви|завери|пообеща|уточни|говори|заявля|сообща)\w*"
)
# a bare day before a date of the same month: "9 или 10 июня", "17 и 21 апреля", "с 1 по 5 и
# 12 марта"; the day may not follow a digit, a decimal separator or a word
LISTED_DAY = re.compile(
    r"(?<![\w.,:/-])(?:(?P<from>\d{1,2})\s+(?:по|до)\s+)?(?P<day>\d{1,2})\s*(?:\(\s*\)\s*)?"
    r"(?:,|и|или|либо)\s*$"
)


def sentence_starts(text: str) -> list[int]:
    """Offsets where razdel's sentences of ``text`` start."""
    return [sentence.start for sentence in razdel.sentenize(text)] or [0]


def explicit_values(text: str, matches: list) -> list[tuple[int, int, date, date, str]]:
    """(start, stop, value_start, value_end, granularity) of the matches the text resolves by
    itself (an explicit year), whatever the article date."""
    found = []
    for start, stop, fact in matches:
        try:
            value = resolve(fact, text[start:stop], None, None)
        except (ValueError, OverflowError):
            continue
        if value[0] is not None and value[1] is not None and not value[3]:
            found.append((start, stop, value[0], value[1], value[2]))
    return found


def context_at(
    start: int, stop: int, explicit: list, starts: list[int], text: str = ""
) -> Context:
    """The nearest explicit year in the same (either side) or the previous sentence, and the
    last explicit day before ``start``."""
    sentence = bisect.bisect_right(starts, start) - 1
    here = starts[sentence]
    after = starts[sentence + 1] if sentence + 1 < len(starts) else len(text) + 1
    before = starts[sentence - 1] if sentence > 0 else here
    years = [
        (abs(begin - start), value_start.year)
        for begin, end, value_start, value_end, granularity in explicit
        if value_start.year == value_end.year and granularity not in ("decade", "century")
        and here <= begin < after and (end <= start or begin >= stop)
    ]
    if not years:
        years = [
            (start - begin, value_start.year)
            for begin, end, value_start, value_end, granularity in explicit
            if value_start.year == value_end.year and granularity not in ("decade", "century")
            and before <= begin < here
        ]
    days = [
        (start - begin, value_start)
        for begin, end, value_start, value_end, granularity in explicit
        if granularity == "day" and end <= start
    ]
    return Context(
        year=min(years)[1] if years else None, day=min(days)[1] if days else None
    )


def speech_anchor(start: int, stop: int, explicit: list, starts: list[int], text: str):
    """The explicit day of a sentence that reports speech, for a relative date in it."""
    sentence = bisect.bisect_right(starts, start) - 1
    here = starts[sentence]
    after = starts[sentence + 1] if sentence + 1 < len(starts) else len(text)
    if not SPEECH.search(text[here:after]):
        return None
    days = [
        value_start
        for begin, end, value_start, value_end, granularity in explicit
        if granularity == "day" and here <= begin < after and (end <= start or begin >= stop)
    ]
    return days[0] if len(days) == 1 else None


def is_relative(fact) -> bool:
    """True for expressions counted from the article date ("завтра", "в пятницу")."""
    point = fact.start
    if fact.kind == "ago":
        return True
    if point is None or fact.kind is not None:
        return False
    return point.day_shift is not None or point.weekday is not None or (
        point.shift_unit is not None and point.year is None
    )


def listed_days(text: str, values: list[DateValue]) -> list[DateValue]:
    """Bare days listed before a date of the same month ("9 или 10 июня" -> "9")."""
    found = []
    taken = [(value.start, value.stop) for value in values]
    for value in values:
        if value.granularity != "day" or not any(
            grammar.month_of(word) for word in re.findall(r"[А-Яа-яЁё]+", value.text)
        ):
            continue
        head = re.match(r"\D*(\d{1,2})", value.text)
        if head is None:
            continue
        day_after = int(head.group(1))
        position = value.start
        while True:
            listed = LISTED_DAY.search(text[max(0, position - 40) : position])
            if listed is None:
                break
            offset = max(0, position - 40)
            first = int(listed.group("from") or listed.group("day"))
            last = int(listed.group("day"))
            begin = offset + (listed.start("from") if listed.group("from") else listed.start())
            end = offset + listed.end("day")
            if not 1 <= first <= last < day_after or any(a < end and begin < b for a, b in taken):
                break
            if listed.group("from"):
                begin = offset + listed.start()
                if text[max(0, begin - 3) : begin].strip().lower() in ("с", "со"):
                    begin = text.rindex(text[max(0, begin - 3) : begin].strip()[:1], 0, begin)
            value_start = value_end = None
            if value.value_start is not None:
                try:
                    value_start = value.value_start.replace(day=first)
                    value_end = value.value_start.replace(day=last)
                except ValueError:
                    break
            granularity = "period" if first != last else "day"
            found.append(
                DateValue(
                    begin, end, text[begin:end], value_start, value_end, granularity,
                    value.relative,
                )
            )  # fmt: skip
            taken.append((begin, end))
            position, day_after = begin, first
    return found


def find_dates(
    text: str, article_date: date | None = None, tense_of: TenseOf | None = None
) -> list[DateValue]:
    """Every date expression in ``text``, resolved against ``article_date``.

    ``tense_of(start, stop)`` may give the tense ("Past", "Pres", "Fut") of the verb that
    governs the expression at those offsets; weekdays and months without a year use it. A
    month or day without a year takes the nearest explicit year of the same or the previous
    sentence first; a relative date in a sentence of reported speech with one explicit day
    counts from that day.
    """
    matches = [
        (start, stop, fact)
        for start, stop, fact in grammar_matches(text)
        if plausible(text, start, stop, fact)
    ]
    starts = sentence_starts(text)
    explicit = explicit_values(text, matches)
    values = []
    for start, stop, fact in matches:
        surface = text[start:stop]
        tense = tense_of(start, stop) if tense_of else None
        context = context_at(start, stop, explicit, starts, text)
        if MONTHS_OF_YEAR.match(surface) and next_word(text, stop).lower() in LENGTH_FOLLOWS:
            context = Context(year=None, day=context.day)
            anchor = None
        else:
            anchor = article_date
        if is_relative(fact):
            anchor = speech_anchor(start, stop, explicit, starts, text) or anchor
        try:
            value_start, value_end, granularity, relative, part = resolve(
                fact, surface, anchor, tense, context
            )
        except (ValueError, OverflowError):
            value_start, value_end, granularity, relative, part = (
                None, None, "period", False, None
            )  # fmt: skip
        values.append(
            DateValue(start, stop, surface, value_start, value_end, granularity, relative, part)
        )
    values.extend(listed_days(text, values))
    return sorted(values, key=lambda value: value.start)


# ---------------------------------------------------------------------------------------------
# spaCy component


# verbs and predicatives of plans and expectations: what they govern lies ahead, whatever
# their grammatical tense ("запланирована на 10 июня", "должен вступить в силу в марте")
PLAN_LEMMAS = frozenset(
    {"запланировать", "планировать", "планироваться", "наметить", "намечать", "намечаться",
     "ожидаться", "ожидать", "должен", "должный", "собираться", "намереваться", "предстоять",
     "назначить", "назначать", "перенести", "переносить", "обещать", "пообещать"}
)  # fmt: skip


def sentence_tense(doc: Doc) -> TenseOf:
    """A ``tense_of`` for :func:`find_dates`: the tense of the nearest verb in the sentence,
    "Fut" when the nearest is a verb of plan or expectation (:data:`PLAN_LEMMAS`)."""

    def tense_of(start: int, stop: int) -> str | None:
        span = doc.char_span(start, stop, alignment_mode="expand")
        if span is None:
            return None
        best, best_distance = None, None
        for token in span.sent:
            tense = token.morph.get("Tense")
            if token.lemma_.lower() in PLAN_LEMMAS:
                tense = ["Fut"]
            elif not tense or token.pos_ not in ("VERB", "AUX"):
                continue
            distance = min(abs(token.i - span.start), abs(token.i - span.end))
            if best_distance is None or distance < best_distance:
                best, best_distance = tense[0], distance
        return best

    return tense_of


class DateFinder:
    """Finds date expressions and stores them in ``doc.spans[spans_key]``."""

    def __init__(self, spans_key: str = "dates") -> None:
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for value in find_dates(doc.text, doc._.date, sentence_tense(doc)):
            span = doc.char_span(value.start, value.stop, label="DATE", alignment_mode="expand")
            if span is None or not len(span):
                continue
            if (span.start_char, span.end_char) != (value.start, value.stop):
                value = DateValue(
                    span.start_char,
                    span.end_char,
                    span.text,
                    value.value_start,
                    value.value_end,
                    value.granularity,
                    value.relative,
                    value.part,
                )
            span._.date = value
            spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc


@Language.factory(
    "ruextract_dates",
    default_config={"spans_key": "dates"},
    requires=["token.morph", "token.pos"],
    assigns=["doc.spans"],
)
def create_dates(nlp: Language, name: str, spans_key: str) -> DateFinder:
    """The ``ruextract_dates`` component (see the module docstring)."""
    return DateFinder(spans_key)


__all__ = ["DateFinder", "create_dates", "find_dates", "resolve_point"]
