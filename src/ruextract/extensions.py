"""spaCy extension attributes that ruextract registers on ``Doc`` and ``Span``.

``Doc._.doc_id``, ``Doc._.date`` (article date, ``datetime.date`` or None), ``Doc._.title``,
``Doc._.url``, ``Doc._.source``; ``Span._.normal`` (nominative form), ``Span._.key`` (entity
link key), ``Span._.person`` (:class:`~ruextract.records.Person`), ``Span._.country``
(:class:`~ruextract.records.Country`), ``Span._.org``
(:class:`~ruextract.records.Organization`), ``Span._.date``
(:class:`~ruextract.records.DateValue`), ``Span._.fact`` (:class:`~ruextract.records.Fact`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

DOC_EXTENSIONS = ("doc_id", "date", "title", "url", "source")
SPAN_EXTENSIONS = ("normal", "key", "person", "country", "org", "date", "fact")


def register_extensions() -> None:
    """Register ruextract's extensions, leaving any that already exist alone."""
    for name in DOC_EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    for name in SPAN_EXTENSIONS:
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)
