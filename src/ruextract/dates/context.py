"""Context: what the text around a date expression says about its value.

The nearest explicit year of the same or the previous sentence (a month without a year), the
last explicit day (for "на следующий день"), the explicit day of a sentence of reported
speech (for a relative date in it), and bare days listed before a date of the same month
("9 или 10 июня").
"""

from __future__ import annotations

import bisect
import re
from datetime import date, timedelta

import razdel

from ruextract.dates.filters import next_word
from ruextract.dates.resolve import NEXT_DAY, Context, amount_value, counts_later, resolve
from ruextract.grammars import dates as grammar
from ruextract.records import DateValue

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


# an era named after a year: "в 44 году до н. э.", "в III веке до нашей эры"
BEFORE_OUR_ERA = re.compile(
    r"(?i)\s*(?:(?:г|гг)\.\s*)?до\s+(?:н\.\s*э\.?|нашей\s+эры|р\.\s*х\.?|рождества\s+христова)"
)


def before_our_era(text: str, start: int, stop: int) -> bool:
    """True when "до н. э." (or "до нашей эры", "до Р. Х.") ends or follows the expression:
    its year counts back from year 1, which an ISO date of this table cannot hold."""
    return BEFORE_OUR_ERA.search(text, start, stop) is not None or (
        BEFORE_OUR_ERA.match(text, stop) is not None
    )


# what ends a clause between an expression and a year after it ("27 июля в селе, где в 1929
# году родился …": the year is another clause's)
CLAUSE_BREAK = re.compile(r"[,;:()—–]")
# "через два дня", "ещё через неделю", "три дня спустя": days counted from a day just named;
# "двумя неделями ранее": back from it
DAYS_LATER = re.compile(
    r"(?i)^(?:(?:ещё|еще|уже)\s+)?(?:через|спустя)\s+(?P<amount>.*?)\s*"
    r"(?P<unit>дн\w*|день|сут\w*|недел\w*)$"
    r"|^(?P<amount2>.*?)\s*(?P<unit2>дн\w*|день|сут\w*|недел\w*)\s+спустя$"
    r"|^(?P<amount3>\S+)\s+(?P<unit3>днями|сутками|неделями)\s+(?P<way>ранее|раньше|позже|позднее)$"
)
# sentences back that a day counted from ("на следующий день", "через два дня") may be named in
DAYS_BACK = 2
# between weekdays of one list: "в пятницу и субботу"
WEEKDAY_LIST = re.compile(r"\s*(?:и|или|либо|,|[—–-])\s*")


def sentence_starts(text: str) -> list[int]:
    """Offsets where razdel's sentences of ``text`` start."""
    return [sentence.start for sentence in razdel.sentenize(text)] or [0]


def explicit_values(text: str, matches: list) -> list[tuple[int, int, date, date, str]]:
    """(start, stop, value_start, value_end, granularity) of the matches the text resolves by
    itself (an explicit year), whatever the article date."""
    found = []
    for start, stop, fact in matches:
        if before_our_era(text, start, stop):
            continue  # "в 44 году до н. э.": no year of ours
        try:
            value = resolve(fact, text[start:stop], None, None)
        except (ValueError, OverflowError):
            continue
        if value[0] is not None and value[1] is not None and not value[3]:
            found.append((start, stop, value[0], value[1], value[2]))
    return found


def context_at(
    start: int,
    stop: int,
    explicit: list,
    starts: list[int],
    text: str = "",
    month: int | None = None,
    day: int | None = None,
) -> Context:
    """The nearest explicit year in the same sentence (one after the expression only in its
    clause: no comma between), else the year of the same ``day`` of the ``month`` named before
    with its year ("назначены на 26 апреля 2015 года … в конце 2016 года … назначенных на 26
    апреля": 2015), else the nearest in the previous sentence, else the year of the last
    explicit mention of the same ``month`` before it ("в январе 2019 года … 17 января"), and
    the last explicit day before ``start``."""
    sentence = bisect.bisect_right(starts, start) - 1
    here = starts[sentence]
    after = starts[sentence + 1] if sentence + 1 < len(starts) else len(text) + 1
    before = starts[sentence - 1] if sentence > 0 else here
    years = [
        (abs(begin - start), value_start.year)
        for begin, end, value_start, value_end, granularity in explicit
        if value_start.year == value_end.year
        and granularity not in ("decade", "century")
        and here <= begin < after
        and (end <= start or (begin >= stop and not CLAUSE_BREAK.search(text[stop:begin])))
    ]
    if not years and day is not None and month is not None:
        years = [
            (start - begin, value_start.year)
            for begin, end, value_start, value_end, granularity in explicit
            if granularity == "day" and end <= start
            and (value_start.month, value_start.day) == (month, day)
        ]  # fmt: skip
    if not years:
        years = [
            (start - begin, value_start.year)
            for begin, end, value_start, value_end, granularity in explicit
            if value_start.year == value_end.year
            and granularity not in ("decade", "century")
            and before <= begin < here
        ]
    year = min(years)[1] if years else None
    if year is None and month is not None:
        year = month_named_before(start, explicit, month)
    days = [
        (start - begin, value_start)
        for begin, end, value_start, value_end, granularity in explicit
        if granularity == "day" and end <= start
    ]
    return Context(year=year, day=min(days)[1] if days else None)


def month_named_before(start: int, explicit: list, month: int) -> int | None:
    """The year of the last explicit day or month of ``month`` before ``start`` ("в январе
    2019 года … 17 января": 2019)."""
    years = [
        (begin, value_start.year)
        for begin, end, value_start, value_end, granularity in explicit
        if granularity in ("day", "month") and value_start.month == month and end <= start
    ]
    return max(years)[1] if years else None


def this_year_month(fact) -> bool:
    """True when the expression is a month of "этого" / "текущего" year ("в октябре этого
    года"), which an undated article dates by the same month named with its year before."""
    point = fact.start if fact.kind is None else None
    return (
        point is not None
        and point.month is not None
        and point.shift == 0
        and point.shift_unit == "year"
    )


def without_shift(fact):
    """The expression's fact with its point's year shift dropped ("в октябре этого года" read
    as "в октябре"), for a year the text gives."""
    fields = {name: getattr(fact.start, name) for name in grammar.Point.__attributes__}
    fields["shift"] = fields["shift_unit"] = None
    whole = {name: getattr(fact, name) for name in grammar.Date.__attributes__}
    return grammar.Date(**whole | {"start": grammar.Point(**fields)})


def chained_year(start: int, resolved: list[tuple[int, int]], starts: list[int]) -> int | None:
    """The year of the nearest day or month before ``start`` in the same or the previous
    sentence whose year the text gave, maybe from a sentence before ("19 июня 2017 года … 18
    июня … В мае" → 2017; not "В том же году … 6 ноября"): ``resolved`` holds (start, year)
    of the days and months resolved so far."""
    sentence = bisect.bisect_right(starts, start) - 1
    before = starts[sentence - 1] if sentence > 0 else starts[sentence]
    years = [(begin, year) for begin, year in resolved if before <= begin < start]
    return max(years)[1] if years else None


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


# a day counted from the date of speech when it stands in a quotation, and its shift in days
QUOTED_DAY_SHIFTS = {"позавчера": -2, "вчера": -1, "сегодня": 0, "завтра": 1, "послезавтра": 2}


def in_quotes(text: str, begin: int, position: int) -> bool:
    """True when ``position`` lies inside a quotation opened after ``begin`` («…», “…”)."""
    before = text[begin:position]
    return before.count("«") > before.count("»") or before.count("“") > before.count("”")


def quoted_days(
    text: str, values: list[DateValue], starts: list[int], article: date | None
) -> list[DateValue]:
    """``values`` (in text order) where "вчера" / "сегодня" / "завтра" inside a quotation
    counts from the one calendar day (a day of a month) its sentence names outside quotes with
    a verb of speech,
    however that day was resolved («Завтра мы подпишем соглашение», — сказал он 21 сентября):
    the speech is dated, the article may be later. Days already counted from another day
    stay."""
    if article is None:
        return values
    result = list(values)
    for index, value in enumerate(values):
        shift = QUOTED_DAY_SHIFTS.get(value.text.lower())
        if shift is None or value.value_start != article + timedelta(days=shift):
            continue
        sentence = bisect.bisect_right(starts, value.start) - 1
        here = starts[sentence]
        after = starts[sentence + 1] if sentence + 1 < len(starts) else len(text)
        if not in_quotes(text, here, value.start) or not SPEECH.search(text[here:after]):
            continue
        days = [
            other.value_start
            for other in values
            if here <= other.start < after and other.granularity == "day"
            and other.value_start is not None and not in_quotes(text, here, other.start)
            and any(grammar.month_of(word) for word in re.findall(r"[А-Яа-яЁё]+", other.text))
        ]  # fmt: skip
        if len(days) != 1:
            continue
        day = days[0] + timedelta(days=shift)
        result[index] = DateValue(
            value.start, value.stop, value.text, day, day, "day", value.relative, value.part
        )
    return result


def weekday_dated(text: str, explicit: list, article: date | None) -> bool:
    """True when the text names the article date with its weekday ("утром в понедельник, 30
    марта 2020 года"): it was written on a later day, so a weekday in the past tense is the
    one nearest the article date, after it as well as before ("во вторник заявил": the 31st)."""
    return article is not None and any(
        value_start == value_end == article
        and granularity == "day"
        and any(weekday_of(word) is not None for word in re.findall(r"[А-Яа-яЁё]+", text[a:b]))
        for a, b, value_start, value_end, granularity in explicit
    )


def nearest_weekday(article: date, weekday: int) -> date:
    """The day of ``weekday`` (Monday 0) nearest ``article``, before or after it."""
    after = article + timedelta(days=(weekday - article.weekday()) % 7)
    before = after - timedelta(days=7)
    return after if (after - article) < (article - before) else before


def is_relative(fact) -> bool:
    """True for expressions counted from the article date ("завтра", "в пятницу")."""
    point = fact.start
    if fact.kind == "ago":
        return True
    if point is None or fact.kind is not None:
        return False
    return (
        point.day_shift is not None
        or point.weekday is not None
        or (point.shift_unit is not None and point.year is None)
    )


# between a relative date and the day that names it: "вчера, 8 мая", "через неделю — 9 июля"
APPOSITION = re.compile(r"\s*[,—–-]\s*")


def apposed_days(text: str, values: list[DateValue]) -> list[DateValue]:
    """``values`` (in text order) where a relative day or a time after ("вчера", "накануне", "в
    пятницу", "через неделю") is followed by a comma or a dash and a day of the calendar takes
    that day: the text names it."""
    result = list(values)
    for index, value in enumerate(values[:-1]):
        following = values[index + 1]
        lowered = value.text.lower()
        relative_day = value.relative and value.granularity == "day"
        later = counts_later(lowered)
        if not (relative_day or later) or following.granularity != "day":
            continue
        if following.value_start is None or following.relative:
            continue
        if not APPOSITION.fullmatch(text[value.stop : following.start]):
            continue
        result[index] = DateValue(
            value.start, value.stop, value.text, following.value_start, following.value_end,
            "day", value.relative, value.part,
        )  # fmt: skip
    return result


def days_after(text: str, values: list[DateValue], starts: list[int]) -> list[DateValue]:
    """``values`` (in text order) where "в тот же день" / "на следующий день" / "через два дня"
    counts from the nearest day before it in the same or the :data:`DAYS_BACK` previous
    sentences, however that day was resolved ("в 11:30 21 января … в 13:00 в тот же день");
    with none there, it stays as it was."""
    result = list(values)
    for index, value in enumerate(values):
        found = NEXT_DAY.match(value.text)
        later = DAYS_LATER.match(value.text)
        if found is None and later is None:
            continue
        if later is not None and next_word(text, value.stop).lower() == "после":
            continue  # "спустя один день после госпитализации": counted from the event
        sentence = bisect.bisect_right(starts, value.start) - 1
        since = starts[max(sentence - DAYS_BACK, 0)]
        before = [
            other
            for other in values[:index]
            if other.granularity == "day" and other.value_start is not None
            and other.start >= since and not NEXT_DAY.match(other.text)
        ]  # fmt: skip
        if not before:
            continue
        day = before[-1].value_start
        if later is not None:
            said = later.group("amount") or later.group("amount2") or later.group("amount3")
            amount = amount_value(said or "")
            unit = (later.group("unit") or later.group("unit2") or later.group("unit3")).lower()
            if amount is None and said:
                continue  # "через несколько дней"
            days = int(amount or 1) * (7 if unit.startswith("недел") else 1)
            back = (later.group("way") or "").lower() in ("ранее", "раньше")
            day += timedelta(days=-days if back else days)
        elif "следующ" in value.text.lower():
            day += timedelta(days=1)
        result[index] = DateValue(
            value.start, value.stop, value.text, day, day, "day", before[-1].relative, value.part
        )
    return result


def listed_weekdays(text: str, values: list[DateValue]) -> list[DateValue]:
    """``values`` (in text order) where a weekday listed after another ("в пятницу и субботу")
    is the first such day after it, whatever the tense."""
    result = list(values)
    for index in range(1, len(values)):
        value, previous = values[index], result[index - 1]
        weekday = weekday_of(value.text)
        if weekday is None or weekday_of(previous.text) is None:
            continue
        if previous.value_start is None or previous.granularity != "day":
            continue
        if not WEEKDAY_LIST.fullmatch(text[previous.stop : value.start]):
            continue
        day = previous.value_start + timedelta(
            days=(weekday - previous.value_start.weekday() - 1) % 7 + 1
        )
        result[index] = DateValue(
            value.start, value.stop, value.text, day, day, "day", value.relative, value.part
        )
    return result


def weekday_of(text: str) -> int | None:
    """The weekday (Monday 0) of an expression that is only a weekday ("в субботу")."""
    words = re.findall(r"[А-Яа-яЁё]+", text.lower())
    if not words or len(words) > 2 or (len(words) == 2 and words[0] not in ("в", "во", "на")):
        return None
    return grammar.lemma_in(grammar.WEEKDAYS)(words[-1])


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
