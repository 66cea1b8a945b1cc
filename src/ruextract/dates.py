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

import calendar
import re
from collections.abc import Callable
from datetime import date, timedelta

from spacy.language import Language
from spacy.tokens import Doc

from ruextract import views
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


def resolve_point(point, article: date | None, tense: str | None) -> Range:
    """Calendar range of one grammar :data:`~ruextract.grammars.dates.Point`."""
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


def resolve(found, text: str, article: date | None, tense: str | None) -> tuple:
    """(value_start, value_end, granularity, relative) of one grammar match."""
    kind = found.kind
    if kind == "range" and found.start is not None and found.stop is not None:
        stop_point = resolve_stop(found.start, found.stop, article)
        end = resolve_point(stop_point, article, tense)
        begin = resolve_point(fill_from(found.start, stop_point), article, tense)
        return begin[0], end[1], "period", begin[3] or end[3]
    if kind == "since" and found.start is not None:
        begin = resolve_point(found.start, article, tense)
        return begin[0], None, "period", begin[3]
    if kind == "until" and found.start is not None:
        end = resolve_point(found.start, article, tense)
        return None, end[1], "period", end[3]
    if kind == "period" and found.start is not None:
        begin = resolve_point(found.start, article, tense)
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
        return resolve_point(found.start, article, tense)
    if found.unit is not None:
        return None, None, "duration", False
    lowered = text.lower()
    for word, granularity in VAGUE_GRANULARITY_WORDS:
        if word in lowered:
            return None, None, granularity, True
    return None, None, "period", True


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
# the same words for lower-cased text (a case-insensitive regex is about three times slower);
# a run of digits is one trigger: its windows would merge anyway
TRIGGER_LOWER = re.compile(
    TRIGGER.pattern.replace(r"\d|", r"\d+|", 1).replace(r"\b[IVXХ]+\b", r"\b[ivxх]+\b")
)
WINDOW_BEFORE = 30
WINDOW_AFTER = 30


def candidate_windows(text: str) -> list[tuple[int, int]]:
    """Merged character windows around trigger words, snapped to white space."""
    windows: list[list[int]] = []
    lowered = text.lower()
    # lower-casing keeps offsets for all but a few letters ("İ"): else the slower regex
    triggers = TRIGGER_LOWER if len(lowered) == len(text) else TRIGGER
    for found in triggers.finditer(lowered if triggers is TRIGGER_LOWER else text):
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
    """True when the word before is a person in the dative ("Ему", "Кравцову", "кандидату")."""
    found = re.search(r"([А-Яа-яЁё]+)\s*$", before)
    if not found:
        return False
    for parse in grammar.models.morph_analyzer().parse(found.group(1).lower())[:2]:
        tag = parse.tag
        if "datv" in tag and ("anim" in tag or "Surn" in tag or "Name" in tag or "NPRO" in tag):
            return True
    return False


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


def find_dates(
    text: str, article_date: date | None = None, tense_of: TenseOf | None = None
) -> list[DateValue]:
    """Every date expression in ``text``, resolved against ``article_date``.

    ``tense_of(start, stop)`` may give the tense ("Past", "Pres", "Fut") of the verb that
    governs the expression at those offsets; weekdays and months without a year use it.
    """
    values = []
    for start, stop, fact in grammar_matches(text):
        if not plausible(text, start, stop, fact):
            continue
        surface = text[start:stop]
        tense = tense_of(start, stop) if tense_of else None
        try:
            value_start, value_end, granularity, relative = resolve(
                fact, surface, article_date, tense
            )
        except (ValueError, OverflowError):
            value_start, value_end, granularity, relative = None, None, "period", False
        values.append(
            DateValue(start, stop, surface, value_start, value_end, granularity, relative)
        )
    return values


# ---------------------------------------------------------------------------------------------
# spaCy component


def sentence_tense(doc: Doc) -> TenseOf:
    """A ``tense_of`` for :func:`find_dates`: the tense of the nearest verb in the sentence."""

    def tense_of(start: int, stop: int) -> str | None:
        span = doc.char_span(start, stop, alignment_mode="expand")
        if span is None:
            return None
        best, best_distance = None, None
        for token in views.sentence_of(doc, span.start):
            tense = token.morph.get("Tense")
            if not tense or token.pos_ not in ("VERB", "AUX"):
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
        for value in find_dates(views.text(doc), doc._.date, sentence_tense(doc)):
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
