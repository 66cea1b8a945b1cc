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
    """A numeric fact: ``kind`` is money, percent or quantity; ``value`` in base units."""

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


@dataclass(frozen=True, slots=True)
class Article:
    """One input article: text without any header, plus its metadata."""

    doc_id: str
    text: str
    date: date | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None


@dataclass(frozen=True, slots=True)
class Problem:
    """A problem met while reading or processing: one row of the ``errors`` table."""

    doc_id: str | None
    source: str | None
    stage: str
    error: str
    message: str
