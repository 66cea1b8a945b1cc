"""Article dates as inputs give them: ISO (with time and zone), ``DD.MM.YYYY``, "3 января
2024", RFC 2822 or epoch seconds, and the date header of a ``.txt`` article."""

from __future__ import annotations

import email.utils
import re
from datetime import UTC, date, datetime

import pandas as pd

from ruextract.io.errors import InputError

# a date header before the text of a .txt article: "date 2024-01-03" followed by white space,
# or a first line "Date: …" / "Дата: …" (any date form parse_date reads)
DATE_HEADER = re.compile(r"\A[ \t\r\n]*(?:(?P<colon>(?i:date|дата)[ \t]*:)[ \t]*|date[ \t]+)")
# what parse_date reads, as its error message says
DATE_FORMS = (
    "YYYY-MM-DD (ISO, with time and zone), DD.MM.YYYY, '3 января 2024', RFC 2822 or epoch seconds"
)
# Russian month names as dates write them: genitive "января", nominative "январь", "янв."
MONTH_WORD = re.compile(
    r"\A(?:янв(?:ар[ьяе])?|фев(?:р(?:ал[ьяе])?)?|мар(?:т[ае]?)?|апр(?:ел[ьяе])?|ма[йяе]"
    r"|июн[ьяе]?|июл[ьяе]?|авг(?:уст[ае]?)?|сен(?:т(?:ябр[ьяе])?)?|окт(?:ябр[ьяе])?"
    r"|ноя(?:бр[ьяе])?|дек(?:абр[ьяе])?)\Z"
)
MONTH_PREFIXES = ("янв", "фев", "мар", "апр", "ма", "июн", "июл", "авг", "сен", "окт", "ноя", "дек")
RU_DATE = re.compile(
    r"\A(?:[а-яё]+,?\s+)?(?P<day>\d{1,2})\s+(?P<month>[а-яё]+)\.?,?\s+(?P<year>\d{4})"
    r"(?:\s*(?:г\.|года?|г)\b\.?)?(?:[\s,]+(?:в\s+)?\d{1,2}:\d{2}(?::\d{2})?)?\s*\Z",
    re.IGNORECASE,
)
DOTTED_DATE = re.compile(
    r"\A(?P<day>\d{1,2})[./](?P<month>\d{1,2})[./](?P<year>\d{4})"
    r"(?:[\sT,]+\d{1,2}:\d{2}(?::\d{2})?)?\s*\Z"
)
EPOCH = re.compile(r"\A\d{9,10}(?:\.\d+)?\Z")


def _month(word: str) -> int | None:
    """The number of a Russian month name ("января", "январь", "янв"), else None."""
    word = word.lower()
    if not MONTH_WORD.match(word):
        return None
    return next(n for n, prefix in enumerate(MONTH_PREFIXES, 1) if word.startswith(prefix))


def _date_from_text(text: str) -> date:
    """A date from text in one of :data:`DATE_FORMS`; ValueError when none fits."""
    try:
        return datetime.fromisoformat(text.replace(" ", "T", 1) if " " in text else text).date()
    except ValueError:
        pass
    if match := DOTTED_DATE.match(text):
        return date(int(match["year"]), int(match["month"]), int(match["day"]))
    if (match := RU_DATE.match(text)) and (month := _month(match["month"])):
        return date(int(match["year"]), month, int(match["day"]))
    if EPOCH.match(text):
        return datetime.fromtimestamp(float(text), tz=UTC).date()
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    raise ValueError(text)


def parse_date(value: object) -> date | None:
    """An article date from text in any of :data:`DATE_FORMS`, epoch seconds as a number, a
    ``date``, ``datetime`` or pandas ``Timestamp``; None for a missing value.

    A date with a time keeps the calendar day as written (in its own zone). Raises
    :class:`InputError` saying which forms are read when none fits.
    """
    if value is None or value is pd.NaT or (isinstance(value, float) and value != value):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        value = str(value)
    text = str(value).strip()
    if not text:
        return None
    try:
        return _date_from_text(text)
    except (ValueError, OverflowError, OSError):
        raise InputError(f"invalid date {text!r}: expected {DATE_FORMS}") from None


def read_date(value: object, default: date | None = None) -> tuple[date | None, str | None]:
    """An article date and, when the value is there but unreadable, why (``default`` is
    the date of an article without one)."""
    try:
        found = parse_date(value)
    except InputError as error:
        return None, str(error)
    return (found if found is not None else default), None


def split_header(text: str) -> tuple[str | None, str]:
    """Split an optional date header off a ``.txt`` article: the header's date text and the
    article text after it.

    ``date 2024-01-03`` followed by white space (a space or a newline), or a first line
    ``Date: …`` / ``Дата: …`` with any date form (the rest of the line is the date).
    """
    match = DATE_HEADER.match(text)
    if not match:
        return None, text
    rest = text[match.end() :]
    line, _, after = rest.partition("\n")
    if not match["colon"]:
        try:
            _date_from_text(line.strip())
        except (ValueError, OverflowError, OSError):
            # "date 2024-01-03 Текст…": the date is one word, the text follows on its line
            word = re.match(r"\S+", rest)
            if word is None:
                return None, text
            return word.group(0), rest[word.end() :].lstrip()
    return line.strip(), after.lstrip()
