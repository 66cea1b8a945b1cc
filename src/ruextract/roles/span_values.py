"""A span's extension value (``span._.key``, ``span._.person``) read where spaCy keeps it.

``span._.key`` builds an ``Underscore`` object, fails a plain attribute lookup and then looks
the value up in ``doc.user_data`` under ``("._.", name, start_char, end_char)``: several
microseconds a read, and the roles rules read people's keys and records tens of thousands of
times over 300 articles (the stage's cost). :func:`span_value` reads the same entry directly
for an extension with a plain default (no getter, no method, an immutable default: what
``ruextract.extensions`` registers for "key" and "person"), and asks ``span._`` for any other.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span
from spacy.tokens.underscore import Underscore


def span_value(span: Span, name: str) -> Any:
    """``getattr(span._, name)``: the value set on ``span`` (by its offsets), else the
    extension's default."""
    extension = Underscore.span_extensions.get(name)
    if extension is None or not _plain(extension):
        return getattr(span._, name)
    key = ("._.", name, span.start_char, span.end_char)
    return span.doc.user_data.get(key, extension[0])


def _plain(extension: tuple) -> bool:
    """An extension read from ``doc.user_data`` with its default returned as it is (spaCy
    copies a mutable default into the doc instead)."""
    default, method, getter, _ = extension
    return method is None and getter is None and not isinstance(default, Underscore.mutable_types)
