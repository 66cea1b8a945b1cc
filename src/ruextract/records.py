"""Typed records that ruextract's stages attach to spaCy spans and that tables are built from.

Every record that covers text keeps ``start``/``stop`` character offsets into the document text
and the surface ``text``, with the invariant ``doc.text[start:stop] == text``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class Mention:
    """An entity mention: ``label`` is PER, COUNTRY, LOC or ORG; ``normal`` is nominative."""

    start: int
    stop: int
    text: str
    label: str
    normal: str
    key: str


@dataclass(frozen=True, slots=True)
class Person:
    """A person in one article: ``key`` links its mentions, ``name`` is the fullest nominative."""

    key: str
    name: str
    last: str | None = None
    first: str | None = None
    middle: str | None = None


@dataclass(frozen=True, slots=True)
class Country:
    """A country: ISO 3166 alpha-2 ``code`` and the canonical Russian short ``name``."""

    code: str
    name: str


@dataclass(frozen=True, slots=True)
class Organization:
    """An organisation in one article: ``key`` links its mentions (the full name where the
    article gives one), ``name`` is nominative without legal form or quotes, ``form`` the legal
    form ("ОАО"), ``abbr`` the abbreviation the article uses."""

    key: str
    name: str
    form: str | None = None
    abbr: str | None = None


@dataclass(frozen=True, slots=True)
class DateValue:
    """A date expression resolved to the calendar range ``value_start`` .. ``value_end``.

    ``granularity`` is day, week, month, quarter, half, season, year, decade, century, period or
    duration (a length of time with no calendar value). ``relative`` is true when the value
    was resolved against the article date (or could not be, for want of one). ``part`` names
    the part of the period the expression picks out ("в конце 2017 года": ``end`` of the year
    2017): ``start``, ``mid``, ``end``, ``first_half``, ``second_half`` or ``eve`` (the day
    before it); None for the whole.
    """

    start: int
    stop: int
    text: str
    value_start: date | None
    value_end: date | None
    granularity: str
    relative: bool = False
    part: str | None = None


@dataclass(frozen=True, slots=True)
class Fact:
    """A numeric fact: ``kind`` is money, percent or quantity; ``value`` in base units.

    ``value_from`` is the start of a change "с A до B" (``value`` is B); ``direction`` is
    "up" or "down" when the text says the measured thing rose or fell; ``change`` is "delta"
    when the amount is the size of a change ("вырос на 5%"), else "level"; ``per`` is the
    denominator of a price or rate as a lemma phrase ("1000 кубометр", "месяц");
    ``subject_text`` is the noun phrase of ``subject`` as written.
    """

    start: int
    stop: int
    text: str
    kind: str
    value: float
    value_max: float | None = None
    qualifier: str = "exact"
    unit: str | None = None
    subject: str | None = None
    period_start: date | None = None
    period_end: date | None = None
    value_from: float | None = None
    direction: str | None = None
    change: str = "level"
    per: str | None = None
    subject_text: str | None = None


@dataclass(frozen=True, slots=True)
class Role:
    """A post held by a person: ``role`` in the nominative, lower case ("генеральный
    секретарь"), ``text`` the role phrase as written, ``key`` the person's key in ``people``.

    ``org`` is where the post is held ("ООН", "Россия"), ``org_label`` ORG, COUNTRY or LOC and
    ``org_key`` a country's ISO 3166 code; ``status`` is current, former or acting.
    ``person_start``/``person_stop`` locate the name the phrase was tied to and
    ``org_start``/``org_stop`` the org mention (None when the org was inferred).
    """

    start: int
    stop: int
    text: str
    key: str
    role: str
    org: str | None = None
    org_label: str | None = None
    org_key: str | None = None
    status: str = "current"
    person_start: int | None = None
    person_stop: int | None = None
    org_start: int | None = None
    org_stop: int | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """One input article: text without any header, plus its metadata and what the reader
    noted about it (an unreadable date, the detected encoding, a duplicate id)."""

    doc_id: str
    text: str
    date: date | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    # why a given date could not be read (the article is processed without a date)
    date_error: str | None = None
    # the text encoding the reader detected ("utf-8", "cp1251", "koi8-r", "cp866", "utf-16")
    encoding: str | None = None
    # the id as given when another article of the run had it first (``doc_id`` has a suffix)
    duplicate_of: str | None = None


@dataclass(frozen=True, slots=True)
class Problem:
    """A problem met while reading or processing: one row of the ``errors`` table."""

    doc_id: str | None
    source: str | None
    stage: str
    error: str
    message: str
