"""spaCy extension attributes that ruextract registers on ``Doc`` and ``Span``.

``Doc._.doc_id``, ``Doc._.date`` (article date, ``datetime.date`` or None), ``Doc._.title``,
``Doc._.url``, ``Doc._.source``, ``Doc._.date_error``, ``Doc._.encoding``,
``Doc._.duplicate_of`` (see :class:`~ruextract.records.Article`); ``Span._.normal``
(nominative form), ``Span._.key`` (entity link key), ``Span._.person``
(:class:`~ruextract.records.Person`), ``Span._.country``
(:class:`~ruextract.records.Country`), ``Span._.org``
(:class:`~ruextract.records.Organization`), ``Span._.date``
(:class:`~ruextract.records.DateValue`), ``Span._.fact`` (:class:`~ruextract.records.Fact`),
``Span._.role`` (:class:`~ruextract.records.Role`).
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Span

DOC_EXTENSIONS = (
    "doc_id", "date", "title", "url", "source", "date_error", "encoding", "duplicate_of",
)  # fmt: skip
SPAN_EXTENSIONS = ("normal", "key", "person", "country", "org", "date", "fact", "role")


DATE_KEY = ("._.", "date", None, None)  # where spaCy keeps an extension's value in user_data


def _get_date(doc: Doc) -> date | None:
    """``Doc._.date``: the date set on the doc, else the date of its context when it runs in
    ``nlp.pipe(((text, context), …), as_tuples=True)`` (a ``date``, a date string in any form
    :func:`ruextract.io.parse_date` reads, or a dict with a ``"date"``); kept once read."""
    value = doc.user_data.get(DATE_KEY)
    context = getattr(doc, "_context", None)
    if value is None and context is not None:
        from ruextract.io import read_date

        raw = context.get("date") if isinstance(context, dict) else context
        value, error = read_date(raw)
        doc.user_data[DATE_KEY] = value
        if error:
            doc._.date_error = error
    return value


def _set_date(doc: Doc, value: date | None) -> None:
    doc.user_data[DATE_KEY] = value


def _role_key(span: Span) -> tuple:
    # one post may belong to several people ("актрисы Гвинет Пэлтроу, Анджелина Джоли"): their
    # spans share offsets and differ by ``span.id_``
    key = ("._.", "role", span.start_char, span.end_char)
    return (*key, span.id_) if span.id_ else key


def _get_role(span: Span) -> object:
    return span.doc.user_data.get(_role_key(span))


def _set_role(span: Span, value: object) -> None:
    span.doc.user_data[_role_key(span)] = value


def register_extensions() -> None:
    """Register ruextract's extensions, leaving any that already exist alone."""
    if not Doc.has_extension("date"):
        Doc.set_extension("date", getter=_get_date, setter=_set_date)
    for name in DOC_EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    if not Span.has_extension("role"):
        Span.set_extension("role", getter=_get_role, setter=_set_role)
    for name in SPAN_EXTENSIONS:
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)
